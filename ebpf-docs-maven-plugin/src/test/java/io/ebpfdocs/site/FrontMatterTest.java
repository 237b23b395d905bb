package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void readsTitleDescriptionAndHide() throws Exception {
    FrontMatter.Split split = FrontMatter.split("---\ntitle: \"T\"\ndescription: D\nhide:\n  - toc\n---\n# Body\n", "x");
    assertEquals("T", split.frontMatter().title());
    assertEquals("D", split.frontMatter().description());
    assertEquals(Set.of("toc"), split.frontMatter().hide());
    assertEquals(6, split.frontMatter().lines());
    assertEquals("# Body\n", split.body());
  }

  @Test
  void pagesWithoutFrontMatterAreUnchanged() throws Exception {
    FrontMatter.Split split = FrontMatter.split("# Title\n---\n", "x");
    assertEquals(FrontMatter.NONE, split.frontMatter());
    assertEquals("# Title\n---\n", split.body());
  }

  @Test
  void badYamlNamesFileAndLine() {
    DocsException e = assertThrows(DocsException.class,
        () -> FrontMatter.split("---\ntitle: [unclosed\n---\n", "docs/x.md"));
    assertTrue(e.getMessage().startsWith("docs/x.md:"), e.getMessage());
    assertTrue(e.getMessage().contains("front matter"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line, no echoed snippet: " + e.getMessage());
    assertFalse(e.getMessage().contains("in 'reader'"), e.getMessage());
    assertTrue(e.getMessage().contains("expected ',' or ']'"), "the parser's own words: " + e.getMessage());
  }

  @Test
  void valuesReadAsJacksonsTreeGivesThem() throws Exception {
    FrontMatter fm = FrontMatter.split("---\ntitle: 1.50\ndescription: 0x1F\nhide: [toc, ~, 3, [a]]\nx: {y: [1}\n", "x")
        .frontMatter();
    assertEquals(FrontMatter.NONE, fm, "no closing line: no front matter");
    fm = FrontMatter.split("---\ntitle: 1.50\ndescription: 31\ntitle: true\nhide: [toc, ~, 3, [a]]\nmore: {a: [b]}\n---\n", "x")
        .frontMatter();
    assertEquals("true", fm.title(), "a repeated key replaces the earlier one");
    assertEquals("31", fm.description());
    assertEquals(Set.of("toc", "null", "3", ""), fm.hide());
    assertEquals("1.5", FrontMatter.split("---\ntitle: 1.50\ndescription: ~\nhide: toc\n---\n", "x").frontMatter().title());
    assertEquals(null, FrontMatter.split("---\ntitle: 1.50\ndescription: ~\nhide: toc\n---\n", "x").frontMatter().description());
    assertEquals(Set.of(), FrontMatter.split("---\n- a\n- b\n---\n", "x").frontMatter().hide());
    assertThrows(DocsException.class, () -> FrontMatter.split("---\n- a\n- [b\n---\n", "x"));
  }
}
