package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.nav.LiterateNav;
import io.ebpfdocs.site.nav.NavNode;
import io.ebpfdocs.site.nav.SiteNav;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiterateNavTest {
  @TempDir
  Path docs;

  @Test
  void readsNestedListsAndFolderSummaries() throws Exception {
    Files.writeString(docs.resolve("SUMMARY.md"), "* [Home](index.md)\n* Reference\n  * [Helpers](helpers/)\n"
        + "  * [Page](page.md)\n");
    Files.createDirectories(docs.resolve("helpers"));
    Files.writeString(docs.resolve("helpers/SUMMARY.md"), "* [`index.md`](index.md)\n* Group\n  * [`bpf_a`](bpf_a.md)\n");
    List<NavNode> nav = new LiterateNav(docs).read();
    assertEquals(List.of(
        new NavNode("Home", "index.md", List.of()),
        new NavNode("Reference", null, List.of(
            new NavNode("Helpers", "helpers/index.md", List.of(
                new NavNode("Group", null, List.of(new NavNode("`bpf_a`", "helpers/bpf_a.md", List.of()))))),
            new NavNode("Page", "page.md", List.of())))), nav);
    SiteNav siteNav = new SiteNav(nav);
    assertEquals("helpers/bpf_a.md", siteNav.next("helpers/index.md").page());
    assertEquals("helpers/index.md", siteNav.previous("helpers/bpf_a.md").page());
    assertEquals(List.of("Reference", "Helpers", "Group"),
        siteNav.breadcrumbs("helpers/bpf_a.md").stream().map(NavNode::title).toList());
    assertTrue(siteNav.toJson().contains("[\"\\u003ccode>bpf_a\\u003c/code>\",\"helpers/bpf_a/\"]"), siteNav.toJson());
  }

  @Test
  void badIndentNamesFileAndLine() throws Exception {
    Files.writeString(docs.resolve("SUMMARY.md"), "* [A](a.md)\n      * [B](b.md)\n");
    DocsException e = assertThrows(DocsException.class, () -> new LiterateNav(docs).read());
    assertTrue(e.getMessage().startsWith("docs/SUMMARY.md:2:"), e.getMessage());
  }
}
