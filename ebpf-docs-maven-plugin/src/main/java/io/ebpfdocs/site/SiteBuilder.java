package io.ebpfdocs.site;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Futures;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import io.ebpfdocs.site.nav.SiteNav;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Renders a docs tree into a static site: pages in parallel, then navigation, search index, assets, link check. */
public final class SiteBuilder {
  private final SiteSettings settings;
  private final MarkdownRenderer markdown;
  private final Consumer<String> progress;
  private final Path manifest;
  private final List<SitePart> parts;

  /** @param markdown the shared renderer; @param progress receives occasional progress lines */
  public SiteBuilder(SiteSettings settings, MarkdownRenderer markdown, Consumer<String> progress) {
    this(settings, markdown, progress, null, List.of());
  }

  private SiteBuilder(SiteSettings settings, MarkdownRenderer markdown, Consumer<String> progress, Path manifest,
      List<SitePart> parts) {
    this.settings = settings;
    this.markdown = markdown;
    this.progress = progress;
    this.manifest = manifest;
    this.parts = parts;
  }

  /**
   * This builder renders only the pages whose inputs changed since the build that wrote {@code file}
   * (in the build folder), and records this build there; without it, every page is rendered.
   */
  public SiteBuilder incremental(Path file) {
    return new SiteBuilder(settings, markdown, progress, file, parts);
  }

  /** This builder also writes {@code part}'s files into the site. */
  public SiteBuilder with(SitePart part) {
    List<SitePart> more = new ArrayList<>(parts);
    more.add(part);
    return new SiteBuilder(settings, markdown, progress, manifest, List.copyOf(more));
  }

  /**
   * What a build did: {@code pages} of the docs tree (the site's own pages aside); {@code problems} are broken
   * links (already fatal when strict); {@code warnings} what production mode could not do; {@code cardsDrawn}
   * the social cards drawn, not read back from the cache.
   */
  public record Result(int pages, long bytesWritten, List<LinkProblem> problems, List<String> warnings,
      int cardsDrawn) {}

  public Result build() throws IOException, DocsException {
    Path docs = settings.docs();
    if (!Files.isDirectory(docs)) {
      throw new DocsException(docs + ": docs folder not found; set ebpfdocs.root to the folder holding docs/");
    }
    // The last build's manifest is read while the tree is scanned: neither needs the other.
    ExecutorService reader = Executors.newSingleThreadExecutor();
    Future<BuildManifest.Previous> previous = reader.submit(() -> BuildManifest.Previous.read(manifest, settings.output()));
    reader.shutdown();
    SiteSources sources = SiteSources.scan(docs);
    SiteNav nav = SiteAssets.readNav(docs, sources);
    SiteWriter writer = new SiteWriter(settings.output());
    Map<String, String> ownPages = sources.ownPages();
    PageTemplate template = new PageTemplate(settings, nav, ownPages.keySet());
    ProductionParts production = ProductionParts.prepare(settings, sources.pages(), progress);
    BuildManifest built = BuildManifest.of(Futures.await(previous), settings, nav, production);
    Map<String, PageModel> pages = renderAll(sources.pages(), ownPages, template, production, writer, built);
    try {
      for (SitePart part : parts) {
        make(part, sources.pages(), writer, built);
      }
      make(scripts(pages, nav, built), sources.pages(), writer, built);
    } finally {
      built.save(); // the pages stay recorded when a part fails (a damaged data file); that part is made next time
    }
    if (built.reused() > 0) {
      progress.accept(built.reused() + " of " + pages.size() + " pages unchanged since the last build, not rendered again");
    }
    for (String file : sources.files()) {
      writer.copy(docs.resolve(file), file);
    }
    for (String asset : SiteAssets.BUNDLED) {
      writer.write(SiteAssets.DIR + asset, SiteAssets.bundled(asset));
    }
    writer.write("404.html", template.notFound());
    if (!sources.files().contains(SiteAssets.FAVICON)) {
      writer.write(SiteAssets.FAVICON, SiteAssets.favicon(docs, settings.config().theme()));
    }
    if (!settings.siteUrl().isEmpty()) {
      String sitemap = Sitemap.xml(settings.siteUrl(), sources.pages(),
          production.lastModified(settings.production().dates()));
      writer.write(Sitemap.FILE, sitemap);
      writer.write(Sitemap.GZIP, Sitemap.gzip(sitemap));
    }
    List<LinkProblem> problems = LinkCheck.check(pages, sources.files());
    if (settings.strict() && !problems.isEmpty()) {
      throw new DocsException(problems.size() + " broken internal link(s); fix them or build without strict:\n  "
          + String.join("\n  ", problems.stream().map(LinkProblem::toString).toList()));
    }
    return new Result(pages.size() - ownPages.size(), writer.bytesWritten(), problems, production.warnings(),
        production.cardsDrawn());
  }

  /**
   * The navigation script and the search index: made from the navigation and every page's model, so
   * made again only when the navigation or a page's inputs changed.
   */
  private SitePart scripts(Map<String, PageModel> pages, SiteNav nav, BuildManifest manifest) {
    String separator = settings.searchSeparator();
    return new SitePart("scripts",
        () -> String.join("\n", separator, nav.toJson(), manifest.pagesDigest()).getBytes(StandardCharsets.UTF_8),
        () -> Map.of(SiteAssets.NAV_SCRIPT, SiteAssets.navScript(nav),
            SiteAssets.SEARCH_SCRIPT, SearchIndex.script(pages, nav, separator)));
  }

  /** Writes the part's files, unless they are those the last build made from the same inputs. */
  private static void make(SitePart part, List<String> pages, SiteWriter writer, BuildManifest manifest)
      throws IOException, DocsException {
    String inputs = manifest.inputsOf(part, pages);
    BuildManifest.Part kept = manifest.unchanged(part, inputs);
    if (kept != null) {
      kept.files().values().forEach(file -> writer.kept(file.bytes()));
      return;
    }
    Map<String, byte[]> files = new TreeMap<>();
    for (Map.Entry<String, String> file : part.files().make().entrySet()) {
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      writer.write(file.getKey(), bytes);
      files.put(file.getKey(), bytes);
    }
    manifest.made(part, inputs, files);
  }

  /** @param ownPages sources of the site's own pages (not in the docs folder), by path */
  private Map<String, PageModel> renderAll(List<String> paths, Map<String, String> ownPages, PageTemplate template,
      ProductionParts production, SiteWriter writer, BuildManifest manifest) throws IOException, DocsException {
    PageRenderer renderer = new PageRenderer(markdown);
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    AtomicInteger done = new AtomicInteger();
    AtomicLong started = new AtomicLong(System.nanoTime());
    try {
      List<Future<PageModel>> futures = new ArrayList<>();
      for (String path : paths) {
        futures.add(pool.submit(() -> {
          byte[] source = ownPages.containsKey(path) ? ownPages.get(path).getBytes(StandardCharsets.UTF_8)
              : Files.readAllBytes(settings.docs().resolve(path));
          String inputs = manifest.inputsOf(path, source);
          BuildManifest.Entry unchanged = manifest.unchanged(path, inputs);
          PageModel model;
          if (unchanged != null) {
            writer.kept(unchanged.html().bytes());
            model = unchanged.model();
          } else {
            PageRenderer.RenderedPage page = renderer.render(path, text(source));
            PageExtras extras = production.extras(path, page, settings.siteName(), writer);
            byte[] html = template.page(path, page, extras).getBytes(StandardCharsets.UTF_8);
            writer.write(SitePaths.pageDir(path) + "index.html", html);
            manifest.rendered(path, inputs, html, page.model());
            model = page.model();
          }
          reportProgress(done.incrementAndGet(), paths.size(), started.get());
          return model;
        }));
      }
      Map<String, PageModel> pages = new TreeMap<>();
      for (Future<PageModel> f : futures) {
        PageModel model = Futures.await(f, DocsException.class);
        pages.put(model.path(), model);
      }
      return pages;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A page's Markdown as text, decoded only when it is rendered; malformed UTF-8 fails as reading it as text would. */
  private static String text(byte[] source) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(source)).toString();
  }

  private void reportProgress(int done, int total, long startNanos) {
    int step = Math.max(1, total / 4);
    if (done % step == 0 || done == total) {
      long elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
      long etaMs = done == 0 ? 0 : elapsedMs * (total - done) / done;
      progress.accept(String.format("rendered %d/%d pages (%d%%), ETA %.1f s", done, total, done * 100 / total,
          etaMs / 1000.0));
    }
  }
}
