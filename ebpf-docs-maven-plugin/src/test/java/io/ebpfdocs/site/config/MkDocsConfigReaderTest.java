package io.ebpfdocs.site.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.ProductionFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mkdocs.yml as ebpf-docs writes it: repeated keys, !ENV, Python tags, and what we do not do named once. */
class MkDocsConfigReaderTest {
  private static final String CONFIG = """
      site_name: eBPF Docs
      site_url: https://docs.ebpf.io/
      repo_url: https://github.com/isovalent/ebpf-docs
      edit_uri: blob/master/docs/
      theme:
        name: material
        logo: assets/image/logo.png
        favicon: assets/image/favicon-32x32.png
        features:
          - navigation.indexes
          - navigation.top
          - content.action.view
          - content.action.edit
          - navigation.tabs
        font:
          text: Inter
          code: Roboto Mono
      """ + ProductionFixture.PALETTE + """
        icon:
          repo: fontawesome/brands/github
          edit: material/pencil
          view: material/unknown-eye
        custom_dir: overwrites
      hooks:
        - hooks/links_in_code.py
      markdown_extensions:
        - admonition
        - pymdownx.snippets
        - pymdownx.emoji:
            emoji_index: !!python/name:material.extensions.emoji.twemoji
      hooks:
        - hooks/links_in_code.py
        - hooks/mdx_outline.py
      plugins:
        - search:
            separator: '[\\s\\-\\_\\.]+'
        - literate-nav
        - git-revision-date-localized:
            enabled: !ENV [PROD, false]
            enable_creation_date: true
        - git-committers:
            enabled: !ENV [PROD, false]
            token: !ENV ["GH_TOKEN"]
        - social:
            enabled: !ENV [PROD, false]
            cards_layout_options:
              logo: docs/assets/image/logo.png
        - redirects
      extra:
        analytics:
          provider: google
          property: G-TEST123
      extra_css:
        - stylesheets/extra.css
      """;

  @TempDir
  Path root;

  private MkDocsConfig read(Map<String, String> env) throws Exception {
    Files.writeString(root.resolve("mkdocs.yml"), CONFIG);
    Files.createDirectories(root.resolve("overwrites"));
    Files.writeString(root.resolve("overwrites/404.html"), "{% extends \"main.html\" %}\n{% block content %}\n"
        + "<h1>404 - gone</h1>\n{% endblock %}\n");
    return MkDocsConfigReader.read(root, env, icon -> !icon.contains("unknown"));
  }

  @Test
  void readsWhatTheSiteHonours() throws Exception {
    MkDocsConfig config = read(Map.of());
    assertEquals("eBPF Docs", config.siteName());
    assertEquals("https://docs.ebpf.io", config.siteUrl());
    assertEquals("https://github.com/isovalent/ebpf-docs/blob/master/docs/", config.editUrl());
    MkDocsConfig.Theme theme = config.theme();
    assertEquals("assets/image/logo.png", theme.logo());
    assertEquals("assets/image/favicon-32x32.png", theme.favicon());
    assertEquals("Inter", theme.textFont());
    assertEquals("Roboto Mono", theme.codeFont());
    assertTrue(theme.has(MkDocsConfig.Features.TOP) && theme.has(MkDocsConfig.Features.VIEW));
    assertEquals(List.of(
        new MkDocsConfig.Scheme("auto", "#3f51b5", "#ffffff", "#536dfe", "material-brightness-auto", "Switch to light mode"),
        new MkDocsConfig.Scheme("dark", "#ffeb3b", "#000000de", "#ffd740", "material-brightness-7", "Switch to dark mode"),
        new MkDocsConfig.Scheme("light", "#3f51b5", "#ffffff", "#536dfe", "material-brightness-4",
            "Switch to system preference")),
        theme.palette());
    assertEquals("material-eye", theme.viewIcon(), "an icon we cannot draw falls back to ours");
    assertEquals("<h1>404 - gone</h1>", theme.notFoundHtml());
    assertEquals(List.of("stylesheets/extra.css"), config.extraCss());
    assertEquals("G-TEST123", config.analyticsProperty());
    assertEquals("[\\s\\-\\_\\.]+", config.searchSeparator());
    assertEquals("docs/assets/image/logo.png", config.production().cardLogo());
    assertTrue(config.production().dates().creationDate());
  }

  @Test
  void unsupportedSettingsAreEachNamedOnce() throws Exception {
    assertEquals(List.of("hook hooks/links_in_code.py", "hook hooks/mdx_outline.py",
        "Markdown extension pymdownx.snippets", "plugin redirects", "theme feature navigation.tabs",
        "icon material/unknown-eye (the site's own is shown)"), read(Map.of()).unsupported());
  }

  @Test
  void productionFollowsTheEnvironmentAsMkDocsReadsIt() throws Exception {
    assertFalse(read(Map.of()).production().any());
    assertFalse(read(Map.of("PROD", "false")).production().any());
    assertFalse(read(Map.of("PROD", "0")).production().any());
    for (String on : Set.of("true", "True", "yes", "1")) {
      MkDocsConfig.Production production = read(Map.of("PROD", on)).production();
      assertTrue(production.dates().enabled() && production.committers() && production.social(), on);
    }
  }

  @Test
  void noFileIsTheSitesOwnLook() throws Exception {
    assertSame(MkDocsConfig.NONE, MkDocsConfigReader.read(root, Map.of(), icon -> true));
  }

  @Test
  void editUrlsJoinAsMkDocsJoinsThem() {
    assertEquals("https://github.com/o/r/edit/master/docs/", MkDocsConfigReader.editUrl("https://github.com/o/r", null));
    assertEquals("", MkDocsConfigReader.editUrl("https://example.org/r", null));
    assertEquals("", MkDocsConfigReader.editUrl("https://github.com/o/r", ""));
    assertEquals("https://example.org/src/docs/", MkDocsConfigReader.editUrl("https://example.org/r", "/src/docs"));
    assertEquals("https://x.org/e/", MkDocsConfigReader.editUrl("", "https://x.org/e/"));
  }

  @Test
  void badYamlNamesTheFileAndLine() throws Exception {
    Files.writeString(root.resolve("mkdocs.yml"), "site_name: x\ntheme: [unclosed\n");
    String message = assertThrows(DocsException.class, () -> MkDocsConfigReader.read(root, Map.of(), i -> true))
        .getMessage();
    assertTrue(message.startsWith("mkdocs.yml:"), message);
  }
}
