package io.ebpfdocs.site;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.resources.BundledResources;
import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.nav.LiterateNav;
import io.ebpfdocs.site.nav.NavNode;
import io.ebpfdocs.site.nav.SiteNav;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The site files besides pages, made the same way for the static build and the preview server:
 * the navigation script, the search index script and the bundled CSS and JavaScript.
 */
public final class SiteAssets {
  /** Folder of our own files in the site, relative to its root. */
  public static final String DIR = PageTemplate.ASSETS;
  public static final String NAV_SCRIPT = DIR + "nav.js";
  public static final String SEARCH_SCRIPT = DIR + "search_index.js";
  /** Where browsers look for the site's icon; the theme's favicon, else ours. */
  public static final String FAVICON = "favicon.ico";
  /** The bundled files, by name inside {@link #DIR}. */
  public static final List<String> BUNDLED = List.of("site.css", "site.js", "search.js", "explorer.js");

  private SiteAssets() {}

  /** The navigation from docs/SUMMARY.md, with the site's own pages. */
  public static SiteNav readNav(Path docs, SiteSources sources) throws IOException, DocsException {
    List<NavNode> roots = new LiterateNav(docs).read();
    return new SiteNav(sources.ownPages().containsKey(ExplorerPage.PATH) ? ExplorerPage.addTo(roots) : roots);
  }

  public static String navScript(SiteNav nav) {
    return "window.__ebpfdocsNav=" + nav.toJson() + ";\n";
  }

  /**
   * The bytes of {@code /favicon.ico}: the theme's favicon (a PNG serves as well as an ICO in every
   * current browser) or, without one, ours.
   */
  public static byte[] favicon(Path docs, MkDocsConfig.Theme theme) throws IOException {
    Path configured = theme.favicon().isEmpty() ? null : docs.resolve(theme.favicon());
    return configured != null && Files.isRegularFile(configured) ? Files.readAllBytes(configured)
        : BundledResources.bytes(SiteAssets.class, "assets/favicon.png");
  }

  /** One of {@link #BUNDLED}. */
  public static String bundled(String name) throws IOException {
    return resource("assets/" + name);
  }

  /** A file bundled with the site package. */
  static String resource(String name) throws IOException {
    return BundledResources.text(SiteAssets.class, name);
  }
}
