package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per Markdown construct: {@code golden/NAME.md} rendered as the page {@code guide/NAME.md}
 * must equal {@code golden/NAME.html} byte for byte.
 */
class GoldenRenderTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(goldenDir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void rendersAsExpected(String name) throws Exception {
    String markdown = Files.readString(goldenDir().resolve(name + ".md"));
    String expected = Files.readString(goldenDir().resolve(name + ".html"));
    assertEquals(expected, RENDERER.render(RENDERER.parse(markdown, "guide/" + name + ".md")), name);
  }

  @Test
  void everyConstructHasAFixture() throws Exception {
    List<String> names = fixtures().toList();
    for (String construct : List.of("admonition", "collapsible", "tabs", "footnotes", "abbreviations", "attr-list",
        "div-markdown", "tables", "raw-html", "fenced-code", "inline-code", "annotations", "icons", "links",
        "heading-ids")) {
      assertTrue(names.contains(construct), "missing golden fixture " + construct);
    }
  }

  @Test
  void tabSetNumbersRestartForEachDocument() {
    String tabs = "=== \"A\"\n    a\n";
    String first = RENDERER.render(RENDERER.parse(tabs, "a.md"));
    String second = RENDERER.render(RENDERER.parse(tabs, "b.md"));
    assertEquals(first, second);
  }

  private static Path goldenDir() throws URISyntaxException {
    return Path.of(GoldenRenderTest.class.getResource("golden").toURI());
  }
}
