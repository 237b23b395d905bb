/* Search ranking over the site's offline index (search_index.js): pure functions, no DOM, so the
   browser tests run exactly what readers run. Order of results:
     1. how the query matches a name: exact page name; then titles ending with the typed words as
        whole tokens (BPF_PROG_TYPE_XDP for "xdp": an identifier's last words name the thing, its
        first its namespace); then exact section heading; then name prefix; then titles holding the
        typed words as whole tokens; then any other match. Tokens are split by the index's separator
        (mkdocs.yml's plugins.search.separator);
     2. where: page title, then section heading, then body text;
     3. closeness: shorter titles (fewer tokens) first for name and token matches, more term hits
        first otherwise;
     4. the navigation's reading order (the index lists pages in it), then section order.
   Names compare without regard to case, so "bpf_map_lookup_elem" finds the helper, the libbpf
   function and the BPF_MAP_LOOKUP_ELEM command together, those written exactly as typed first.
   Terms match the start of words (split on anything but letters and digits), all terms required. */
(function (global) {
  "use strict";
  var EXACT = 0, ENDS = 1, PREFIX = 2, TOKENS = 3, OTHER = 4;
  var DEFAULT_SEPARATOR = "[\\s\\-\\_\\.]+";
  var TITLE = 0, HEADING = 1, BODY = 2;

  function words(s) { return s.toLowerCase().split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; }); }
  /** A name as typed, case aside: "bpf_map__lookup_elem" stays apart from "bpf_map_lookup_elem". */
  function name(s) { return s.trim().replace(/\s+/g, " ").toLowerCase(); }
  /** " w1 w2 ... " so that " " + term finds a term at the start of a word. */
  function haystack(s) { return " " + words(s).join(" ") + " "; }

  /** The raw index {pages: [[url, title, kind]], sections: [[page, anchor, heading, text]]}, ready to search. */
  function tokenizer(separator) {
    var re = new RegExp(separator || DEFAULT_SEPARATOR);
    return function (s) { return s.toLowerCase().split(re).filter(function (t) { return t.length > 0; }); };
  }

  /** Whether every query token is a whole token of the title. */
  function containsTokens(title, query) {
    for (var i = 0; i < query.length; i++) if (title.indexOf(query[i]) < 0) return false;
    return query.length > 0;
  }

  /**
   * Whether the title's last tokens are the query's, in order, after a namespace of its own (a title
   * of the query's tokens alone, "bpf_map__lookup_elem" for "bpf_map_lookup_elem", is another name).
   */
  function endsWithTokens(title, query) {
    if (!query.length || query.length >= title.length) return false;
    for (var i = 1; i <= query.length; i++) if (title[title.length - i] !== query[query.length - i]) return false;
    return true;
  }

  function prepare(raw) {
    var tokens = tokenizer(raw.separator);
    var pages = raw.pages.map(function (p, i) {
      return { index: i, url: p[0], title: p[1], kind: p[2], name: name(p[1]), words: haystack(p[1]), tokens: tokens(p[1]) };
    });
    var sections = raw.sections.map(function (s, i) {
      return { index: i, page: s[0], anchor: s[1], heading: s[2], text: s[3], name: name(s[2]),
        headWords: haystack(s[2]), textWords: haystack(s[3]) };
    });
    sections.forEach(function (s) { s.allWords = pages[s.page].words + s.headWords + s.textWords; });
    return { pages: pages, sections: sections, tokens: tokens };
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
    else if (endsWithTokens(page.tokens, query.tokens)) { tier = ENDS; where = TITLE; }
    else if (page.name.indexOf(query.name) === 0) { tier = PREFIX; where = TITLE; }
    else if (section.name.indexOf(query.name) === 0) { tier = PREFIX; where = HEADING; }
    else if (containsTokens(page.tokens, query.tokens)) { tier = TOKENS; where = TITLE; }
    else {
      tier = OTHER;
      where = hasAll(terms, page.words) ? TITLE : hasAll(terms, page.words + section.headWords) ? HEADING : BODY;
    }
    var matched = where === HEADING ? section.heading : page.title;
    return {
      tier: tier, where: where,
      // Name matches: the shorter the name, the closer to what was typed. Others: more hits, heading and title first.
      closeness: tier === OTHER ? -(3 * hits(terms, page.words) + 2 * hits(terms, section.headWords)
        + hits(terms, section.textWords)) : tier === ENDS || tier === TOKENS ? page.tokens.length : matched.length,
      // Written exactly as typed ("bpf_map_lookup_elem" vs "BPF_MAP_LOOKUP_ELEM").
      caseMiss: tier === EXACT && matched !== query.raw ? 1 : 0
    };
  }

  /** A title ending with the typed words outranks a section heading named exactly as typed. */
  function place(key) {
    return key.tier === EXACT ? (key.where === TITLE ? 0 : ENDS + 0.5) : key.tier;
  }

  function compare(a, b) {
    return place(a.key) - place(b.key) || a.key.where - b.key.where || a.key.caseMiss - b.key.caseMiss
      || a.key.closeness - b.key.closeness || a.section.page - b.section.page || a.section.index - b.section.index;
  }

  /**
   * The pages answering a query, best first, at most {@code limit}: each {page, section (its best-matching
   * section), tier ("exact" | "ends" | "prefix" | "tokens" | "other"), where ("title" | "heading" | "body"), more (up to two
   * further sections of the page whose own heading matches)}.
   */
  function rank(index, queryText, limit) {
    var terms = words(queryText);
    if (!terms.length) return [];
    var query = { name: name(queryText), raw: queryText.trim(), tokens: index.tokens(queryText) };
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
        tier: ["exact", "ends", "prefix", "tokens", "other"][entry.best.key.tier], where: ["title", "heading", "body"][entry.best.key.where],
        more: more };
    });
  }

  global.ebpfdocsSearch = { prepare: prepare, rank: rank, words: words };
})(this);
