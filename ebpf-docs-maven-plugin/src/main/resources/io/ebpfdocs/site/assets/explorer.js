/* The compatibility explorer page (compat/): answers from the site's JSON API (api/v1/).
   The API is read from api/v1/api.js (a script, so it works from file://), else fetched as JSON. */
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";
  var status = document.getElementById("compat-status");
  var kernelSelect = document.getElementById("compat-kernel");
  var typeSelect = document.getElementById("compat-prog-type");
  var nameInput = document.getElementById("compat-name");
  // Each answer: a one-line summary, announced to screen readers, and the lists below it.
  var kernelSummary = document.getElementById("compat-kernel-summary");
  var kernelLists = document.getElementById("compat-kernel-lists");
  var nameSummary = document.getElementById("compat-name-summary");
  var nameLists = document.getElementById("compat-name-lists");
  var API_FILES = { features: "features.json", programTypes: "program-types.json", helpers: "helpers.json",
    kfuncs: "kfuncs.json", mapTypes: "map-types.json", kfuncFlags: "kfunc-flags.json" };
  var NO_TYPE_DATE = "no date for this program type in the data: shown is the later of the function's and the " +
    "program type's own versions, the earliest they could work together, not a promise that they did";

  function escapeHtml(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  // ---- versions: "vMAJOR.MINOR", compared numerically; null is unknown ----
  function parts(v) { var m = /^v?(\d+)\.(\d+)/.exec(v || ""); return m ? [+m[1], +m[2]] : null; }
  function compareVersions(a, b) {
    var x = parts(a), y = parts(b);
    return x[0] - y[0] || x[1] - y[1];
  }
  function later(a, b) { return !a ? b : !b ? a : compareVersions(a, b) >= 0 ? a : b; }
  /** The last release of each major line: 3.19, 4.20, 5.19, 6.19 (later lines end where the data does). */
  var LAST_MINOR = { 3: 19, 4: 20, 5: 19, 6: 19 };
  /** Every release from the oldest to the newest version in the data, newest first. */
  function allVersions(api) {
    var seen = [];
    function add(v) { if (parts(v)) seen.push(parts(v)); }
    api.features.forEach(function (f) { add(f.version); });
    api.programTypes.forEach(function (t) {
      add(t.version);
      t.helpers.concat(t.kfuncs).forEach(function (e) { add(e.version); add(e.since); add(e.until); });
    });
    if (!seen.length) return [];
    seen.sort(function (x, y) { return x[0] - y[0] || x[1] - y[1]; });
    var first = seen[0], last = seen[seen.length - 1], out = [];
    for (var major = first[0]; major <= last[0]; major++) {
      var end = major === last[0] ? last[1] : LAST_MINOR[major] !== undefined ? LAST_MINOR[major]
        : Math.max.apply(null, seen.filter(function (p) { return p[0] === major; }).map(function (p) { return p[1]; }).concat(0));
      for (var minor = major === first[0] ? first[1] : 0; minor <= end; minor++) out.push("v" + major + "." + minor);
    }
    return out.reverse();
  }

  // ---- loading ----
  function load(done) {
    if (window.__ebpfdocsApi) return done(window.__ebpfdocsApi);
    var script = document.createElement("script");
    script.src = root + "api/v1/api.js";
    script.onload = function () { if (window.__ebpfdocsApi) done(window.__ebpfdocsApi); else fetchJson(done); };
    script.onerror = function () { fetchJson(done); };
    document.head.appendChild(script);
  }
  function fetchJson(done) {
    if (!window.fetch || location.protocol === "file:") return done(null); // browsers block fetch() on file://
    var keys = Object.keys(API_FILES);
    Promise.all(keys.map(function (k) {
      return fetch(root + "api/v1/" + API_FILES[k]).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
    })).then(function (values) {
      var api = {};
      keys.forEach(function (k, i) { api[k] = values[i]; });
      done(api);
    }, function () { done(null); });
  }

  // ---- shared rendering ----
  function link(page, text) {
    var code = "<code>" + escapeHtml(text) + "</code>";
    return page ? "<a href=\"" + escapeHtml(root + page + "index.html") + "\">" + code + "</a>" : code;
  }
  /** Flags as code, each with its meaning as a tooltip. */
  function flagList(flags, meanings) {
    return (flags || []).map(function (f) {
      return "<code" + (meanings[f] ? " title=\"" + escapeHtml(meanings[f]) + "\"" : "") + ">" + escapeHtml(f) + "</code>";
    }).join(" ");
  }
  /** Each flag with what it asks of the caller (kfunc-flags.json). */
  function flagMeanings(flags, meanings) {
    return "<p>Its flags, and what they ask of the calling program:</p><dl class=\"compat-flags\">" +
      flags.map(function (f) {
        return "<dt><code>" + escapeHtml(f) + "</code></dt><dd>" +
          escapeHtml(meanings[f] || "Neither the data nor this site says what this flag means.") + "</dd>";
      }).join("") + "</dl>";
  }
  function table(caption, headers, rows) {
    if (!rows.length) return "";
    return "<table><caption>" + caption + "</caption><thead><tr>" + headers.map(function (h) {
      return "<th scope=\"col\">" + h + "</th>";
    }).join("") + "</tr></thead><tbody>" + rows.map(function (r) {
      return "<tr>" + r.map(function (c) { return "<td>" + c + "</td>"; }).join("") + "</tr>";
    }).join("") + "</tbody></table>";
  }
  /** A version with the mark used when the data has no per-program-type date. */
  function sinceCell(version, perType) {
    if (!version) return "unknown";
    return escapeHtml(version) + (perType ? "" : " <abbr class=\"compat-upper\" title=\"" + NO_TYPE_DATE + "\">*</abbr>");
  }
  /** The note on "*", when a list uses it. */
  function legend(marked) {
    return marked ? "<p class=\"compat-note\"><span class=\"compat-upper\">*</span> " + NO_TYPE_DATE + ".</p>" : "";
  }
  /**
   * The release from which a helper or kfunc works in a program type: the latest of the three versions;
   * unknown when the data dates neither the function nor the pairing (the type's own version says nothing then).
   */
  function from(entry, perTypeSince, typeVersion) {
    var own = later(entry.version, perTypeSince);
    return own ? later(own, typeVersion) : null;
  }

  // ---- by kernel and program type ----
  function showKernel(api, pages, meanings) {
    var kernel = kernelSelect.value;
    var type = api.programTypes.filter(function (t) { return t.name === typeSelect.value; })[0];
    if (!type) { kernelSummary.innerHTML = kernelLists.innerHTML = ""; return; }
    var groups = { now: { helpers: [], kfuncs: [] }, later: [], gone: [], unknown: [] };
    function sort(kind, entry) {
      var item = { kind: kind, entry: entry, from: from(entry, entry.since, type.version) };
      // The order of query's answer (compat/Query): gone, undated, later, available.
      if (entry.until && compareVersions(entry.until, kernel) <= 0) groups.gone.push(item);
      else if (!item.from) groups.unknown.push(item);
      else if (compareVersions(item.from, kernel) > 0) groups.later.push(item);
      else groups.now[kind].push(item);
    }
    type.helpers.forEach(function (h) { sort("helpers", h); });
    type.kfuncs.forEach(function (k) { sort("kfuncs", k); });
    groups.later.sort(function (a, b) { return compareVersions(a.from, b.from) || (a.entry.name < b.entry.name ? -1 : 1); });
    var kindName = { helpers: "helper", kfuncs: "kfunc" };
    kernelSummary.innerHTML = link(type.page, type.name) +
      (type.version && compareVersions(type.version, kernel) > 0
        ? " arrived in " + escapeHtml(type.version) + ": a " + escapeHtml(kernel) + " kernel does not have it."
        : " on " + escapeHtml(kernel) + ": <strong>" + groups.now.helpers.length + "</strong> helpers and <strong>" +
          groups.now.kfuncs.length + "</strong> kfuncs available, " + groups.later.length + " arrive later.");
    var html = table("Helpers available on " + escapeHtml(kernel), ["Helper", "Since"], groups.now.helpers.map(function (i) {
      return [link(pages[i.entry.name], i.entry.name), sinceCell(i.from, i.entry.since)];
    }));
    html += table("Kfuncs available on " + escapeHtml(kernel), ["Kfunc", "Since", "Flags"], groups.now.kfuncs.map(function (i) {
      return [link(pages[i.entry.name], i.entry.name), sinceCell(i.from, i.entry.since), flagList(i.entry.flags, meanings)];
    }));
    html += table("Arriving after " + escapeHtml(kernel), ["Name", "Kind", "Version"], groups.later.map(function (i) {
      return [link(pages[i.entry.name], i.entry.name), kindName[i.kind], sinceCell(i.from, i.entry.since)];
    }));
    html += table("No longer available on " + escapeHtml(kernel), ["Kfunc", "Until"], groups.gone.map(function (i) {
      return [link(pages[i.entry.name], i.entry.name), escapeHtml(i.entry.until)];
    }));
    html += table("Version unknown", ["Name", "Kind"], groups.unknown.map(function (i) {
      return [link(pages[i.entry.name], i.entry.name), kindName[i.kind]];
    }));
    kernelLists.innerHTML = legend(html.indexOf("compat-upper") >= 0) + html;
  }

  // ---- by helper or kfunc ----
  function distance(a, b) {
    var row = [], i, j;
    for (j = 0; j <= b.length; j++) row[j] = j;
    for (i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }
  function closest(names, typed) {
    var q = typed.toLowerCase();
    return names.map(function (n) {
      var l = n.toLowerCase();
      return { name: n, score: l.indexOf(q) >= 0 ? l.length - q.length - 1000 : distance(q, l) };
    }).sort(function (a, b) { return a.score - b.score || (a.name < b.name ? -1 : 1); })
      .slice(0, 5).map(function (c) { return c.name; });
  }
  function showName(byName, types, meanings, final) {
    var typed = nameInput.value.trim();
    if (!typed) { nameSummary.innerHTML = nameLists.innerHTML = ""; return; }
    var found = byName.exact[typed] || byName.lower[typed.toLowerCase()];
    if (!found) {
      if (final) {
        nameSummary.innerHTML = "No helper or kfunc is named <code>" + escapeHtml(typed) + "</code>. Closest: " +
          closest(Object.keys(byName.exact), typed).map(function (n) {
            return "<button type=\"button\" class=\"compat-suggestion\" data-name=\"" + escapeHtml(n) + "\">" +
              escapeHtml(n) + "</button>";
          }).join(" ");
        nameLists.innerHTML = "";
      }
      return;
    }
    var e = found.entry, kfunc = found.kind === "kfunc";
    nameSummary.innerHTML = link(e.page, e.name) + " is a " + found.kind + " since " +
      escapeHtml(e.version || "an unknown version") + (e.commit ? " (commit <code>" + escapeHtml(e.commit.slice(0, 12)) +
      "</code>)" : "") + "." + (kfunc && e.removed ? " It has been <strong>removed</strong> from the kernel." : "");
    var html = kfunc && e.flags.length ? flagMeanings(e.flags, meanings) : "";
    html += table("Program types that may call " + escapeHtml(e.name), kfunc ? ["Program type", "Since", "Until"]
      : ["Program type", "Since"], e.program_types.map(function (t) {
        var type = types[t.name] || {};
        var row = [link(type.page, t.name), sinceCell(from(e, t.since, type.version), t.since)];
        if (kfunc) row.push(t.until ? escapeHtml(t.until) : "");
        return row;
      }));
    if (!kfunc) {
      html += table("Map types it works with", ["Map type"], (e.map_types || []).map(function (m) {
        return [link((types[m.name] || {}).page, m.name)];
      }));
    }
    if (!e.program_types.length) html += "<p>The data lists no program type for it.</p>";
    nameLists.innerHTML = html + legend(html.indexOf("compat-upper") >= 0);
  }

  // ---- the choices in the address (#kernel=v6.1&type=BPF_PROG_TYPE_XDP&name=bpf_loop), for links ----
  function readAddress() {
    var state = {};
    if (location.hash.length > 1 && location.hash.indexOf("=") < 0) return null; // a heading anchor, not ours
    location.hash.slice(1).split("&").forEach(function (pair) {
      var i = pair.indexOf("=");
      if (i > 0) state[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1));
    });
    return state;
  }
  // A finished choice is a new history entry (Back returns to the one before); typing replaces it.
  function writeAddress(finished) {
    var hash = "#kernel=" + encodeURIComponent(kernelSelect.value) + "&type=" + encodeURIComponent(typeSelect.value) +
      (nameInput.value.trim() ? "&name=" + encodeURIComponent(nameInput.value.trim()) : "");
    if (hash === location.hash) return;
    try {
      if (finished) history.pushState(null, "", hash); else history.replaceState(null, "", hash);
    } catch (e) { /* some browsers refuse it on file:// */ }
  }
  // A choice missing from the address is the first option, as when the page opens without one.
  function choose(select, value) {
    select.selectedIndex = 0;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) select.value = value;
  }

  function start(api) {
    if (!api) {
      status.className = "compat-status compat-missing";
      status.innerHTML = "The compatibility data is not part of this build of the site: <code>api/v1/</code> is " +
        "missing. <code>mvn ebpfdocs:site</code> writes it when the docs tree has its <code>data/</code> folder.";
      return;
    }
    var pages = {}, types = {}, meanings = {}, byName = { exact: {}, lower: {} };
    api.kfuncFlags.forEach(function (f) { meanings[f.name] = f.meaning; });
    api.helpers.forEach(function (h) { pages[h.name] = h.page; byName.exact[h.name] = { kind: "helper", entry: h }; });
    api.kfuncs.forEach(function (k) { pages[k.name] = k.page; byName.exact[k.name] = { kind: "kfunc", entry: k }; });
    api.programTypes.concat(api.mapTypes).forEach(function (t) { types[t.name] = t; });
    Object.keys(byName.exact).forEach(function (n) { byName.lower[n.toLowerCase()] = byName.exact[n]; });
    kernelSelect.innerHTML = allVersions(api).map(function (v) {
      return "<option value=\"" + escapeHtml(v) + "\">" + escapeHtml(v) + "</option>";
    }).join("");
    typeSelect.innerHTML = api.programTypes.map(function (t) {
      return "<option value=\"" + escapeHtml(t.name) + "\">" + escapeHtml(t.name) + "</option>";
    }).join("");
    document.getElementById("compat-names").innerHTML = Object.keys(byName.exact).sort().map(function (n) {
      return "<option value=\"" + escapeHtml(n) + "\"></option>";
    }).join("");
    status.textContent = api.programTypes.length + " program types, " + api.helpers.length + " helpers and " +
      api.kfuncs.length + " kfuncs; the newest kernel version in the data is " + (kernelSelect.value || "unknown") + ".";
    [kernelSelect, typeSelect, nameInput].forEach(function (c) { c.disabled = false; });
    function kernel() { showKernel(api, pages, meanings); writeAddress(true); }
    function name(final) { showName(byName, types, meanings, final); writeAddress(final); }
    kernelSelect.addEventListener("change", kernel);
    typeSelect.addEventListener("change", kernel);
    nameInput.addEventListener("input", function () { name(false); });
    nameInput.addEventListener("change", function () { name(true); });
    nameSummary.addEventListener("click", function (e) {
      var b = e.target.closest(".compat-suggestion");
      if (b) { nameInput.value = b.getAttribute("data-name"); name(true); nameInput.focus(); }
    });
    // The address decides what is shown: at the start, on a changed #hash (a link, an edited
    // address) and on Back/Forward.
    function follow(atStart) {
      var asked = readAddress() || (atStart === true ? {} : null);
      if (!asked) return; // a heading of the page was chosen: the explorer stays as it is
      choose(kernelSelect, asked.kernel);
      choose(typeSelect, asked.type);
      showKernel(api, pages, meanings);
      nameInput.value = asked.name || "";
      showName(byName, types, meanings, true);
    }
    window.addEventListener("hashchange", follow);
    window.addEventListener("popstate", follow);
    follow(true);
  }

  load(start);
})();
