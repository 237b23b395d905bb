package io.ebpfdocs.serve;

import io.ebpfdocs.compat.ApiFiles;
import io.ebpfdocs.compat.CompatibilityLoader;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Warning;
import io.ebpfdocs.site.FrontMatter;
import io.ebpfdocs.site.Html;
import io.ebpfdocs.site.LinkCheck;
import io.ebpfdocs.site.LinkProblem;
import io.ebpfdocs.site.PageModel;
import io.ebpfdocs.site.PageRenderer;
import io.ebpfdocs.site.PageTemplate;
import io.ebpfdocs.site.SearchIndex;
import io.ebpfdocs.site.SiteAssets;
import io.ebpfdocs.site.SitePaths;
import io.ebpfdocs.site.SiteSettings;
import io.ebpfdocs.site.SiteSources;
import io.ebpfdocs.site.nav.SiteNav;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The site as the preview serves it: each page rendered when first asked for, by the site's own
 * renderer and template, from the text {@code generate} would write; kept until its sources change.
 * Every view carries a version (page, problems, navigation and assets), which tells an open page
 * whether it has to reload.
 */
final class PreviewSite {
  static final String LIVE_PREFIX = "__ebpfdocs/";
  static final String LIVE_SCRIPT = LIVE_PREFIX + "live.js";
  static final String LIVE_WORKER = LIVE_PREFIX + "live-worker.js";
  static final String EVENTS = LIVE_PREFIX + "events";
  /** The current version of a page ({@code ?page=DIR}), which an open tab compares with its own. */
  static final String VERSION = LIVE_PREFIX + "version";

  private final DocsSettings settings;
  private final SiteSettings site;
  private final Path docs;
  private final Path docsReal;
  private final Path dataDir;
  /** Generator inputs besides the data (libbpf ref, kernel BTF, kfunc settings) of an ebpf-docs tree. */
  private final Path toolsDir;
  private final PreviewRenderer renderer;
  private final PreviewData data;
  private final ServeLog log;

  /** A whole pass collects its garbage every so many pages rendered, and at its end. */
  private static final int WHOLE_PASS_PAGES = 200;

  private final Object lock = new Object();
  private final Object wholePass = new Object();
  /** Bumped by every change; a render that started before a change is not cached. Guarded by lock. */
  private long epoch;
  /** Requested pages, with their HTML. Guarded by lock. */
  private final Map<String, Rendered> pages = new HashMap<>();
  /** Every rendered page's model (search, link check). Guarded by lock. */
  private final Map<String, PageModel> models = new HashMap<>();
  /** Guarded by lock; null until asked for after a change. */
  private String searchScript;

  private volatile Tree tree;
  /** The JSON API (file name to text); null until asked for after a change. */
  private volatile Map<String, String> api;
  private volatile int assetEpoch;
  private volatile String navProblem;

  /** The files of the site and its navigation at one moment. */
  private record Tree(SiteSources sources, Set<String> pageSet, Map<String, String> pageByDir, SiteNav nav,
      PageTemplate template, String navScript, String notFound) {}

  /** A rendered page; {@code problems} are its own (generator warnings or the render error). */
  private record Rendered(String html, PageModel model, List<String> problems) {}

  /** What is served for a page URL. */
  record View(int status, String html) {}

  /** What a site folder shows, before the live script is added. */
  private record Served(int status, String html, List<String> problems, String version) {}

  private PreviewSite(DocsSettings settings, SiteSettings site, PreviewData data, PreviewRenderer renderer,
      ServeLog log) throws IOException {
    this.settings = settings;
    this.site = site;
    this.docs = settings.docsDir();
    this.docsReal = docs.toRealPath();
    this.dataDir = settings.dataDir();
    this.toolsDir = settings.root().resolve("tools");
    this.renderer = renderer;
    this.data = data;
    this.log = log;
  }

  /** Reads docs/; the data and the renderer may still be on their way, pages that need them wait. */
  static PreviewSite open(DocsSettings settings, SiteSettings site, PreviewData data, PreviewRenderer renderer,
      ServeLog log) throws IOException {
    PreviewSite preview = new PreviewSite(settings, site, data, renderer, log);
    preview.tree = preview.readTree(new SiteNav(List.of()));
    return preview;
  }

  /** The folders whose changes show: docs/, and what the generators read (the data and the tools folder). */
  List<Path> watched() {
    return List.of(docs, dataDir, toolsDir);
  }

  /** The page served at a site folder ("" or ending in '/'), if any lies inside docs/. */
  Optional<String> pageAt(String dir) {
    Tree current = tree;
    String page = current.pageByDir().get(dir);
    return page != null && (current.sources().ownPages().containsKey(page) || insideDocs(page)) ? Optional.of(page)
        : Optional.empty();
  }

  /** A non-page file of the site, if it lies inside docs/ (a symlink may lead elsewhere). */
  Optional<Path> file(String rel) {
    return tree.sources().files().contains(rel) && insideDocs(rel) ? Optional.of(docs.resolve(rel)) : Optional.empty();
  }

  private boolean insideDocs(String rel) {
    try {
      return docs.resolve(rel).toRealPath().startsWith(docsReal);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A file of the JSON API the compatibility explorer reads ({@code api/v1/NAME}), as {@code site}
   * writes it; empty when there is no such file or the tree has no API (the explorer says so).
   */
  Optional<String> apiFile(String name) {
    Map<String, String> files = api;
    if (files == null) {
      try {
        files = ApiFiles.render(CompatibilityLoader.load(settings));
      } catch (DocsException | IOException | RuntimeException e) {
        log.warn("preview: no JSON API for the explorer: " + e.getMessage());
        files = Map.of();
      }
      api = files;
    }
    return Optional.ofNullable(files.get(name));
  }

  /** The site's {@code /favicon.ico} when docs/ has none: the theme's favicon or ours. */
  byte[] favicon() throws IOException {
    return SiteAssets.favicon(docs, site.config().theme());
  }

  String navScript() {
    return tree.navScript();
  }

  /**
   * The page at a site folder, or the not-found page (status 404) that reloads when one appears there;
   * its banner lists the data's warnings known so far.
   */
  View view(String dir) {
    Served served = served(dir);
    return new View(served.status(), withLiveScript(served.html(), dir, served.version(), served.problems()));
  }

  /**
   * The current version of what is served at a site folder, once the data has been read: a page served
   * before then reloads when the data's warnings belong in its banner. Every open page asks on a change.
   */
  String version(String dir) {
    data.awaitFirstRead();
    return served(dir).version();
  }

  private Served served(String dir) {
    Tree current = tree;
    Rendered rendered = pageAt(dir).map(this::rendered).orElse(null);
    List<String> problems = siteProblems();
    if (rendered == null) {
      String version = Integer.toHexString(Objects.hash("missing", problems, current.navScript(), assetEpoch));
      return new Served(404, current.notFound(), problems, version);
    }
    problems.addAll(pageProblems(rendered, current));
    String version = Integer.toHexString(Objects.hash(rendered.html(), problems, current.navScript(), assetEpoch));
    return new Served(200, rendered.html(), problems, version);
  }

  /** The search index of every page; renders the pages not rendered yet. */
  String searchScript() {
    long stamp;
    synchronized (lock) {
      if (searchScript != null) {
        return searchScript;
      }
      stamp = epoch;
    }
    renderAll();
    Tree current = tree;
    Map<String, PageModel> all = new TreeMap<>();
    for (String page : current.sources().pages()) {
      PageModel model = model(page);
      if (model != null) {
        all.put(page, model);
      }
    }
    String script = SearchIndex.script(all, current.nav(), site.searchSeparator());
    synchronized (lock) {
      if (stamp == epoch) {
        searchScript = script;
      }
    }
    return script;
  }

  /**
   * Renders every page not rendered yet, so that search and link checks find them ready; one pass
   * at a time (the background pass or a search). A pass over the whole tree makes garbage in a
   * burst; full collections during and after it keep the heap from growing for it and hand the
   * memory back to the system instead of keeping it while the preview idles.
   */
  void renderAll() {
    synchronized (wholePass) {
      int rendered = 0;
      for (String page : tree.sources().pages()) {
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
        boolean known;
        synchronized (lock) {
          known = models.containsKey(page);
        }
        if (!known) {
          model(page);
          if (++rendered % WHOLE_PASS_PAGES == 0) {
            System.gc();
          }
        }
      }
      if (rendered > WHOLE_PASS_PAGES / 4) {
        System.gc();
      }
    }
  }

  /**
   * Takes changed files (absolute; docs/ itself when everything may have changed) into account and
   * logs the problems of the changed pages. Returns whether the data changed (every page may differ).
   */
  boolean apply(Set<Path> changed) throws IOException {
    boolean dataChanged = changed.stream().anyMatch(p -> p.startsWith(dataDir) || p.startsWith(toolsDir));
    Set<String> docsChanged = new TreeSet<>();
    changed.stream().filter(p -> p.startsWith(docs))
        .forEach(p -> docsChanged.add(docs.relativize(p).toString().replace('\\', '/')));
    if (dataChanged) {
      data.reread();
    }
    Tree before = tree;
    Tree after = readTree(before.nav());
    boolean everything = dataChanged || docsChanged.contains("");
    boolean navChanged = !after.navScript().equals(before.navScript());
    boolean assetsChanged = docsChanged.stream().anyMatch(
        rel -> before.sources().files().contains(rel) || after.sources().files().contains(rel));
    synchronized (lock) {
      tree = after;
      epoch++;
      searchScript = null;
      api = null;
      if (everything) {
        models.clear();
      }
      if (everything || navChanged) {
        pages.clear();
      }
      for (String rel : docsChanged) {
        pages.keySet().removeIf(page -> page.equals(rel) || page.startsWith(rel + "/"));
        models.keySet().removeIf(page -> page.equals(rel) || page.startsWith(rel + "/"));
      }
      if (assetsChanged) {
        assetEpoch++;
      }
    }
    for (String rel : docsChanged) {
      if (after.pageSet().contains(rel)) {
        Rendered rendered = rendered(rel);
        if (rendered != null) {
          pageProblems(rendered, after).forEach(log::warn);
        }
      }
    }
    return dataChanged;
  }

  /**
   * The site folders of the pages among changed files (absolute); empty when a change may alter
   * every page (the data, the navigation, an asset, a folder). Open pages elsewhere still check their
   * version, a little later: a link to a changed page may have broken.
   */
  Optional<Set<String>> pageDirs(Set<Path> changed) {
    Set<String> dirs = new TreeSet<>();
    for (Path path : changed) {
      String rel = path.startsWith(docs) ? docs.relativize(path).toString().replace('\\', '/') : "";
      if (!rel.endsWith(".md") || rel.endsWith(SiteSources.NAV_FILE)) {
        return Optional.empty();
      }
      dirs.add(SitePaths.pageDir(rel));
    }
    return Optional.of(dirs);
  }

  private List<String> siteProblems() {
    List<String> problems = new ArrayList<>();
    data.problem().ifPresent(problems::add);
    if (navProblem != null) {
      problems.add(navProblem);
    }
    problems.addAll(data.warnings());
    return problems;
  }

  private List<String> pageProblems(Rendered rendered, Tree current) {
    List<String> problems = new ArrayList<>(rendered.problems());
    for (LinkProblem problem : LinkCheck.check(rendered.model(), current.pageSet()::contains,
        target -> Optional.ofNullable(model(target)).map(PageModel::ids).orElse(Set.of()), current.sources().files())) {
      problems.add(problem.toString());
    }
    return problems;
  }

  private Tree readTree(SiteNav previousNav) throws IOException {
    SiteSources sources = scan();
    SiteNav nav = previousNav;
    try {
      nav = SiteAssets.readNav(docs, sources);
      navProblem = null;
    } catch (DocsException e) {
      navProblem = e.getMessage() + " (the preview keeps the navigation it read last)";
      log.warn(navProblem);
    }
    Map<String, String> byDir = new HashMap<>();
    for (String page : sources.pages()) {
      byDir.putIfAbsent(SitePaths.pageDir(page), page);
    }
    PageTemplate template = new PageTemplate(site, nav, sources.ownPages().keySet());
    return new Tree(sources, new HashSet<>(sources.pages()), byDir, nav, template, SiteAssets.navScript(nav),
        template.notFound().replaceFirst("<head>", "<head><base href=\"/\">"));
  }

  /** A scan of docs/; files that vanish while it walks (an editor's temporary files) make it start over. */
  private SiteSources scan() throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return SiteSources.scan(docs);
      } catch (UncheckedIOException e) {
        if (attempt == 3) {
          throw e.getCause();
        }
      }
    }
  }

  private Rendered rendered(String path) {
    synchronized (lock) {
      Rendered cached = pages.get(path);
      if (cached != null) {
        return cached;
      }
    }
    return renderAndKeep(path, true);
  }

  /** A page's model; null when the page does not exist. Keeps no HTML. */
  private PageModel model(String path) {
    synchronized (lock) {
      PageModel cached = models.get(path);
      if (cached != null) {
        return cached;
      }
    }
    Rendered rendered = renderAndKeep(path, false);
    return rendered == null ? null : rendered.model();
  }

  /** Renders and caches the result, unless a change came in meanwhile (then it may be stale). */
  private Rendered renderAndKeep(String path, boolean keepHtml) {
    long stamp;
    synchronized (lock) {
      stamp = epoch;
    }
    Rendered rendered = render(path, keepHtml);
    synchronized (lock) {
      if (rendered != null && stamp == epoch) {
        if (keepHtml) {
          pages.put(path, rendered);
        }
        models.put(path, rendered.model());
      }
    }
    return rendered;
  }

  /**
   * Null when the page does not exist; a page that fails shows the error in place of its content.
   * Without {@code withHtml} the page template is skipped (the HTML is left empty): search and the link
   * check need only the model.
   */
  private Rendered render(String path, boolean withHtml) {
    Tree current = tree;
    PageTemplate template = current.template();
    try {
      String own = current.sources().ownPages().get(path);
      Optional<GeneratedPages.Page> source = own != null ? Optional.of(new GeneratedPages.Page(own, List.of()))
          : data.page(path);
      if (source.isEmpty()) {
        return null;
      }
      PageRenderer.RenderedPage page = renderer.render(path, source.get().text());
      return new Rendered(withHtml ? template.page(path, page) : "", page.model(),
          source.get().warnings().stream().map(Warning::toString).toList());
    } catch (DocsException | RuntimeException e) {
      String message = e instanceof DocsException ? e.getMessage() : "docs/" + path + ": cannot be rendered: " + e;
      PageModel model = new PageModel(path, "Error", List.of(), List.of(), List.of(), Set.of());
      String html = "<div class=\"admonition failure\"><p class=\"admonition-title\">This page cannot be rendered"
          + "</p><pre style=\"white-space:pre-wrap;overflow-wrap:anywhere\">" + Html.escape(message) + "</pre></div>\n";
      String page = template.page(path, new PageRenderer.RenderedPage(html, FrontMatter.NONE, List.of(), model));
      return new Rendered(page, model, List.of(message));
    }
  }

  /** Our live-reload script and the page's problems, only ever added by the preview server. */
  private static String withLiveScript(String html, String dir, String version, List<String> problems) {
    StringBuilder live = new StringBuilder(256).append("<script>window.__ebpfdocsLive={page:");
    SiteNav.jsonString(dir, live);
    live.append(",version:");
    SiteNav.jsonString(version, live);
    live.append(",problems:[");
    for (int i = 0; i < problems.size(); i++) {
      SiteNav.jsonString(problems.get(i), live.append(i == 0 ? "" : ","));
    }
    live.append("]};</script><script src=\"/").append(LIVE_SCRIPT).append("\"></script>");
    int end = html.lastIndexOf("</body>");
    return html.substring(0, end) + live + html.substring(end);
  }
}
