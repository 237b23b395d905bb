/* eBPF docs site behaviour: navigation tree, search, theme toggle, TOC highlight, code copy.
   Everything here is an enhancement: pages read fine without JavaScript. */
(function () {
  "use strict";
  var body = document.body;
  var root = body.getAttribute("data-root") || "";
  var current = body.getAttribute("data-page") || "";
  var onFile = location.protocol === "file:";

  /** Link to a page directory: file:// needs the explicit index.html, servers get MkDocs-style URLs. */
  function pageHref(dir) {
    if (onFile) return root + dir + "index.html";
    var href = root + dir;
    return href === "" ? "./" : href;
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  // ---- theme: the palette's order (auto -> light -> dark by default), each scheme titled by its toggle name ----
  var themeButton = document.getElementById("theme-toggle");
  var themeOrder = ((themeButton && themeButton.getAttribute("data-order")) || "auto light dark").split(" ");
  function theme() { return document.documentElement.getAttribute("data-theme") || "auto"; }
  function themeTitle(t) { return themeButton.getAttribute("data-title-" + t) || ""; }
  function setTheme(t) {
    if (t === "auto") document.documentElement.removeAttribute("data-theme");
    else document.documentElement.setAttribute("data-theme", t);
    try { if (t === "auto") localStorage.removeItem("ebpfdocs-theme"); else localStorage.setItem("ebpfdocs-theme", t); } catch (e) {}
    if (themeButton) themeButton.title = themeTitle(t);
  }
  if (themeButton) {
    themeButton.title = themeTitle(theme());
    themeButton.addEventListener("click", function () {
      setTheme(themeOrder[(themeOrder.indexOf(theme()) + 1) % themeOrder.length]);
    });
  }

  // ---- navigation tree from the shared nav.js ----
  var navEl = document.getElementById("site-nav");
  function containsCurrent(node) {
    if (node[1] === current) return true;
    var kids = node[2] || [];
    for (var i = 0; i < kids.length; i++) if (containsCurrent(kids[i])) return true;
    return false;
  }
  function renderNodes(nodes, depth) {
    var html = "<ul class=\"nav-level-" + depth + "\">";
    for (var i = 0; i < nodes.length; i++) {
      var n = nodes[i], title = n[0], url = n[1], kids = n[2];
      var isCurrent = url === current;
      var link = url === null ? "<span class=\"nav-label\">" + title + "</span>"
        : "<a href=\"" + pageHref(url) + "\"" + (isCurrent ? " aria-current=\"page\"" : "") + ">" + title + "</a>";
      if (kids && kids.length) {
        var open = containsCurrent(n);
        html += "<li class=\"nav-section" + (open ? " nav-active" : "") + "\"><details" + (open ? " open" : "") +
          "><summary>" + link + "</summary>" + renderNodes(kids, depth + 1) + "</details></li>";
      } else {
        html += "<li" + (isCurrent ? " class=\"nav-current\"" : "") + ">" + link + "</li>";
      }
    }
    return html + "</ul>";
  }
  if (navEl && window.__ebpfdocsNav) {
    navEl.innerHTML = renderNodes(window.__ebpfdocsNav, 0);
    var here = navEl.querySelector("[aria-current=page]");
    if (here) here.scrollIntoView({ block: "center" });
    // Clicking a section's link navigates; clicking elsewhere on the summary toggles it.
    navEl.addEventListener("click", function (e) {
      if (e.target.closest("summary a")) e.stopPropagation();
    });
  }
  var navToggle = document.querySelector(".nav-toggle");
  if (navToggle) navToggle.addEventListener("click", function () { body.classList.toggle("nav-open"); });

  // ---- MkDocs-style URLs on servers: drop "index.html" from our own relative links ----
  if (!onFile) {
    var anchors = document.querySelectorAll("a[href]");
    for (var a = 0; a < anchors.length; a++) {
      var h = anchors[a].getAttribute("href");
      if (!/^[a-z]+:|^\/|^#/i.test(h)) {
        var fixed = h.replace(/(^|\/)index\.html(?=#|$)/, "$1");
        anchors[a].setAttribute("href", fixed === "" ? "./" : fixed);
      }
    }
  }

  // ---- search (ranking in search.js, loaded with the index on first use) ----
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var index = null, waiting = null;
  function loadScript(name, then) {
    var s = document.createElement("script");
    s.src = root + "assets/ebpfdocs/" + name;
    s.onload = then;
    document.head.appendChild(s);
  }
  /** Runs {@code then} once the index is ready; a search typed while it loads runs when it arrives. */
  function loadIndex(then) {
    if (index) return then();
    if (waiting) { waiting.push(then); return; }
    waiting = [then];
    loadScript("search.js", function () {
      loadScript("search_index.js", function () {
        index = window.ebpfdocsSearch.prepare(window.__ebpfdocsSearch);
        waiting.forEach(function (f) { f(); });
      });
    });
  }
  /** Text around the first match, the whole query marked where it occurs, else its terms. */
  function snippet(text, query, terms) {
    var lower = text.toLowerCase(), whole = lower.indexOf(query.toLowerCase()), at = whole;
    for (var i = 0; i < terms.length && at < 0; i++) at = lower.indexOf(terms[i]);
    var start = Math.max(0, at - 60);
    var piece = (start > 0 ? "…" : "") + text.substr(start, 180) + (text.length > start + 180 ? "…" : "");
    var html = escapeHtml(piece);
    (whole >= 0 ? [escapeHtml(query)] : terms).forEach(function (t) {
      html = html.replace(new RegExp("(" + t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "ig"), "<mark>$1</mark>");
    });
    return html;
  }
  function hitLink(page, section, cls, inner) {
    return "<a class=\"" + cls + "\" href=\"" + pageHref(page.url) + (section.anchor ? "#" + section.anchor : "") + "\">" +
      inner + "</a>";
  }
  function search() {
    var q = input.value.trim();
    if (!q) { results.hidden = true; results.innerHTML = ""; return; }
    loadIndex(function () {
      if (input.value.trim() !== q) return; // a newer search follows
      var terms = window.ebpfdocsSearch.words(q), html = "";
      window.ebpfdocsSearch.rank(index, q, 30).forEach(function (hit) {
        var s = hit.section, inSection = hit.where !== "title" && s.anchor; // a title match leads to the page itself
        html += hitLink(hit.page, inSection ? s : { anchor: "" }, "search-hit hit-" + hit.tier,
          "<span class=\"hit-page\">" + escapeHtml(hit.page.title) + "</span>" +
          (hit.page.kind ? "<span class=\"hit-kind\">" + escapeHtml(hit.page.kind) + "</span>" : "") +
          (inSection ? "<span class=\"hit-section\">§ " + escapeHtml(s.heading) + "</span>" : "") +
          "<span class=\"hit-text\">" + snippet(s.text, q, terms) + "</span>");
        hit.more.forEach(function (m) {
          html += hitLink(hit.page, m, "search-hit search-sub", "<span class=\"hit-section\">§ " + escapeHtml(m.heading) + "</span>");
        });
      });
      results.innerHTML = html || "<div class=\"search-empty\">No results for “" + escapeHtml(q) + "”</div>";
      results.hidden = false;
      results.setAttribute("data-query", q); // which query the list answers (typing runs one per key)
    });
  }
  if (input && results) {
    var timer = null;
    input.addEventListener("focus", function () { loadIndex(function () {}); });
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 60); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { var first = results.querySelector("a"); if (first) location.href = first.href; }
      if (e.key === "Escape") { results.hidden = true; input.blur(); }
      if (e.key === "ArrowDown") { var hit = results.querySelector("a"); if (hit) { e.preventDefault(); hit.focus(); } }
    });
    // Arrow keys move through the results; Escape goes back to the box.
    results.addEventListener("keydown", function (e) {
      var hits = Array.prototype.slice.call(results.querySelectorAll("a"));
      var at = hits.indexOf(document.activeElement);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        var next = at + (e.key === "ArrowDown" ? 1 : -1);
        if (next < 0) input.focus(); else if (next < hits.length) hits[next].focus();
      }
      if (e.key === "Escape") input.focus();
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "/" && document.activeElement !== input) { e.preventDefault(); input.focus(); }
    });
    document.addEventListener("click", function (e) {
      if (!e.target.closest(".search")) results.hidden = true;
    });
  }

  // ---- table of contents: highlight the section in view ----
  var tocLinks = document.querySelectorAll(".toc a");
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    tocLinks.forEach(function (l) { byId[decodeURIComponent(l.getAttribute("href").slice(1))] = l; });
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (en) {
        if (en.isIntersecting && byId[en.target.id]) {
          tocLinks.forEach(function (l) { l.classList.remove("active"); });
          byId[en.target.id].classList.add("active");
        }
      });
    }, { rootMargin: "-60px 0px -70% 0px" });
    Object.keys(byId).forEach(function (id) { var h = document.getElementById(id); if (h) observer.observe(h); });
  }

  // ---- copy buttons on code blocks ----
  document.querySelectorAll(".md .highlight").forEach(function (block) {
    var button = document.createElement("button");
    button.className = "copy";
    button.type = "button";
    button.title = "Copy to clipboard";
    button.textContent = "Copy";
    button.addEventListener("click", function () {
      var code = block.querySelector("code").cloneNode(true);
      code.querySelectorAll(".code-annotation").forEach(function (m) { m.remove(); });
      var text = code.textContent;
      if (navigator.clipboard) navigator.clipboard.writeText(text);
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy"; }, 1200);
    });
    block.appendChild(button);
  });
})();
