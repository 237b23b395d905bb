/* Search ranking over the site's offline index (search_index.js): pure functions, no DOM, so the
   browser tests run exactly what readers run. Order of results:
     1. how the query matches a name: exact name, then name prefix, then any other match;
     2. where: page title, then section heading, then body text;
     3. closeness: shorter titles first for name matches, more term hits first otherwise;
     4. the navigation's reading order (the index lists pages in it), then section order.
   Names compare without regard to case, so "bpf_map_lookup_elem" finds the helper, the libbpf
   function and the BPF_MAP_LOOKUP_ELEM command together, those written exactly as typed first.
   Terms match the start of words (split on anything but letters and digits), all terms required. */
(function (global) {
  "use strict";
  var EXACT = 0, PREFIX = 1, OTHER = 2;
  var TITLE = 0, HEADING = 1, BODY = 2;

  function words(s) { return s.toLowerCase().split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; }); }
  /** A name as typed, case aside: "bpf_map__lookup_elem" stays apart from "bpf_map_lookup_elem". */
  function name(s) { return s.trim().replace(/\s+/g, " ").toLowerCase(); }
  /** " w1 w2 ... " so that " " + term finds a term at the start of a word. */
  function haystack(s) { return " " + words(s).join(" ") + " "; }

  /** The raw index {pages: [[url, title, kind]], sections: [[page, anchor, heading, text]]}, ready to search. */
  function prepare(raw) {
    var pages = raw.pages.map(function (p, i) {
      return { index: i, url: p[0], title: p[1], kind: p[2], name: name(p[1]), words: haystack(p[1]) };
    });
    var sections = raw.sections.map(function (s, i) {
      return { index: i, page: s[0], anchor: s[1], heading: s[2], text: s[3], name: name(s[2]),
        headWords: haystack(s[2]), textWords: haystack(s[3]) };
    });
    sections.forEach(function (s) { s.allWords = pages[s.page].words + s.headWords + s.textWords; });
    return { pages: pages, sections: sections };
  }

  function hasAll(terms, hay) {
    for (var i = 0; i < terms.length; i++) if (hay.indexOf(" " + terms[i]) < 0) return false;
    return true;
  }

  function hits(terms, hay) {
    var n = 0;
    for (var i = 0; i < terms.length; i++) {
      if (hay.indexOf(" " + terms[i] + " ") >= 0) n += 2; // a whole word
      else if (hay.indexOf(" " + terms[i]) >= 0) n += 1;
    }
    return n;
  }

  /** How one section answers the query, or null when it lacks a term. Smaller keys rank higher. */
  function key(terms, query, page, section) {
    if (!hasAll(terms, section.allWords)) return null;
    var tier, where;
    if (page.name === query.name) { tier = EXACT; where = TITLE; }
    else if (section.name === query.name) { tier = EXACT; where = HEADING; }
    else if (page.name.indexOf(query.name) === 0) { tier = PREFIX; where = TITLE; }
    else if (section.name.indexOf(query.name) === 0) { tier = PREFIX; where = HEADING; }
    else {
      tier = OTHER;
      where = hasAll(terms, page.words) ? TITLE : hasAll(terms, page.words + section.headWords) ? HEADING : BODY;
    }
    var matched = where === HEADING ? section.heading : page.title;
    return {
      tier: tier, where: where,
      // Name matches: the shorter the name, the closer to what was typed. Others: more hits, heading and title first.
      closeness: tier === OTHER ? -(3 * hits(terms, page.words) + 2 * hits(terms, section.headWords)
        + hits(terms, section.textWords)) : matched.length,
      // Written exactly as typed ("bpf_map_lookup_elem" vs "BPF_MAP_LOOKUP_ELEM").
      caseMiss: tier === EXACT && matched !== query.raw ? 1 : 0
    };
  }

  function compare(a, b) {
    return a.key.tier - b.key.tier || a.key.where - b.key.where || a.key.caseMiss - b.key.caseMiss
      || a.key.closeness - b.key.closeness || a.section.page - b.section.page || a.section.index - b.section.index;
  }

  /**
   * The pages answering a query, best first, at most {@code limit}: each {page, section (its best-matching
   * section), tier ("exact" | "prefix" | "other"), where ("title" | "heading" | "body"), more (up to two
   * further sections of the page whose own heading matches)}.
   */
  function rank(index, queryText, limit) {
    var terms = words(queryText);
    if (!terms.length) return [];
    var query = { name: name(queryText), raw: queryText.trim() };
    var best = {}, order = [];
    index.sections.forEach(function (section) {
      var page = index.pages[section.page];
      var k = key(terms, query, page, section);
      if (!k) return;
      var hit = { key: k, section: section };
      var entry = best[section.page];
      if (!entry) {
        best[section.page] = entry = { best: hit, all: [] };
        order.push(entry);
      } else if (compare(hit, entry.best) < 0) {
        entry.best = hit;
      }
      entry.all.push(hit);
    });
    order.sort(function (a, b) { return compare(a.best, b.best); });
    return order.slice(0, limit || 30).map(function (entry) {
      var more = entry.all.filter(function (h) {
        return h !== entry.best && h.section.anchor && hasAll(terms, h.section.headWords);
      }).slice(0, 2).map(function (h) { return h.section; });
      return { page: index.pages[entry.best.section.page], section: entry.best.section,
        tier: ["exact", "prefix", "other"][entry.best.key.tier], where: ["title", "heading", "body"][entry.best.key.where],
        more: more };
    });
  }

  global.ebpfdocsSearch = { prepare: prepare, rank: rank, words: words };
})(this);
