package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incremental build renders only the pages whose inputs changed, and writes what a clean build writes. */
class BuildManifestTest {
  @TempDir
  Path root;
  Path docs;
  Path site;
  Path manifest;
  int cleanBuilds;
  /** How many times the part's files were made. */
  int partsMade;

  @BeforeEach
  void tree() throws Exception {
    docs = root.resolve("docs");
    Files.createDirectories(docs.resolve("h"));
    site = root.resolve("site");
    manifest = root.resolve("target/site.manifest");
    Files.writeString(docs.resolve("SUMMARY.md"), "* [Home](index.md)\n* Helpers\n  * [One](h/one.md)\n  * [Two](h/two.md)\n");
    Files.writeString(docs.resolve("index.md"), "# Start\n\nSee [one](h/one.md#usage) and [two](h/two.md).\n");
    Files.writeString(docs.resolve("h/one.md"), "# One\n\n## Usage\n\n```c\nint x = 1;\n```\n\n![img](../a.png)\n");
    Files.writeString(docs.resolve("h/two.md"), "# Two\n\nText of two.\n");
    Files.write(docs.resolve("a.png"), new byte[] {1, 2, 3});
    Files.writeString(root.resolve("data.txt"), "data\n");
  }

  /** A part made from a file outside the docs (as the API is from data/). */
  private SitePart part() {
    return new SitePart("upper", () -> Files.readAllBytes(root.resolve("data.txt")), () -> {
      partsMade++;
      if (Files.readString(root.resolve("data.txt")).startsWith("damaged")) {
        throw new DocsException("data.txt: damaged");
      }
      return Map.of("api/upper.txt", Files.readString(root.resolve("data.txt")).toUpperCase());
    });
  }

  /** Builds into {@code out}, incrementally with {@code manifest} unless null, and returns the progress lines. */
  private List<String> build(Path out, String siteName, Path manifest) throws Exception {
    List<String> progress = new ArrayList<>();
    SiteBuilder builder = new SiteBuilder(new SiteSettings(docs, out, siteName, "https://example.org/edit/", "", false, 2),
        new MarkdownRenderer(), progress::add).with(part());
    (manifest == null ? builder : builder.incremental(manifest)).build();
    return progress;
  }

  private List<String> build(Path out, String siteName) throws Exception {
    return build(out, siteName, manifest);
  }

  /** Builds incrementally, then clean into a new folder; the two sites must be equal byte for byte. */
  private List<String> assertIncrementalEqualsClean(String siteName) throws Exception {
    List<String> progress = build(site, siteName);
    Path clean = root.resolve("clean-" + cleanBuilds++);
    build(clean, siteName, null);
    Map<String, byte[]> expected = Corpus.snapshot(clean);
    Map<String, byte[]> actual = Corpus.snapshot(site);
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), file));
    return progress;
  }

  private static String reused(List<String> progress) {
    return progress.stream().filter(l -> l.contains("unchanged since the last build")).findFirst().orElse("none reused");
  }

  @Test
  void aNewBuildFolderIsACleanBuildAndASecondBuildReusesEveryPage() throws Exception {
    assertEquals("none reused", reused(assertIncrementalEqualsClean("Docs")));
    assertTrue(Files.isRegularFile(manifest));
    assertEquals("4 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void rendersOnlyTheEditedPage() throws Exception {
    build(site, "Docs");
    Files.writeString(docs.resolve("h/two.md"), "# Two\n\nEdited text of two.\n");
    assertEquals("3 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aNavigationEditRendersEveryPage() throws Exception {
    build(site, "Docs");
    Files.writeString(docs.resolve("SUMMARY.md"), "* [Home](index.md)\n* Helpers\n  * [Two](h/two.md)\n  * [One](h/one.md)\n");
    assertEquals("none reused", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aSettingsChangeRendersEveryPage() throws Exception {
    build(site, "Docs");
    assertEquals("none reused", reused(assertIncrementalEqualsClean("Other Docs")));
  }

  @Test
  void aDataFileEditIsCopiedAndLeavesThePagesAlone() throws Exception {
    build(site, "Docs");
    Files.write(docs.resolve("a.png"), new byte[] {4, 5});
    assertEquals("4 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aPageChangedInTheSiteFolderIsRenderedAgain() throws Exception {
    build(site, "Docs");
    Files.writeString(site.resolve("h/one/index.html"), "edited by hand");
    Files.writeString(site.resolve(SiteAssets.SEARCH_SCRIPT), "edited by hand");
    assertEquals("3 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aPageRewrittenUnseenInTheManifestsClockTickIsReadAndRenderedAgain() throws Exception {
    build(site, "Docs");
    Path html = site.resolve("h/one/index.html");
    FileTime written = Files.getLastModifiedTime(html);
    String before = Files.readString(html);
    // The same size and time, as a rewrite within one tick of a coarse clock leaves them.
    Files.writeString(html, "x".repeat(before.getBytes(StandardCharsets.UTF_8).length));
    Files.setLastModifiedTime(html, written);
    Files.setLastModifiedTime(manifest, written);
    assertEquals("3 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aPageTouchedButUnchangedIsReused() throws Exception {
    build(site, "Docs");
    Files.setLastModifiedTime(site.resolve("h/one/index.html"), FileTime.from(Instant.now().plusSeconds(5)));
    assertEquals("4 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aPartIsMadeAgainOnlyWhenItsInputsOrItsFilesChanged() throws Exception {
    build(site, "Docs");
    assertEquals(1, partsMade);
    build(site, "Docs");
    assertEquals(1, partsMade);
    Files.writeString(root.resolve("data.txt"), "other data\n");
    assertIncrementalEqualsClean("Docs");
    assertEquals(3, partsMade); // the incremental build and the clean one
    Files.writeString(site.resolve("api/upper.txt"), "edited by hand");
    assertIncrementalEqualsClean("Docs");
    assertEquals(5, partsMade);
    Files.writeString(docs.resolve("h/three.md"), "# Three\n");
    assertIncrementalEqualsClean("Docs");
    assertEquals(7, partsMade);
  }

  @Test
  void aFailingPartLeavesThePagesRecorded() throws Exception {
    build(site, "Docs");
    Files.writeString(docs.resolve("h/two.md"), "# Two\n\nEdited text of two.\n");
    Files.writeString(root.resolve("data.txt"), "damaged\n");
    assertThrows(DocsException.class, () -> build(site, "Docs"));
    Files.writeString(root.resolve("data.txt"), "repaired\n");
    assertEquals("4 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aRemovedPageLeavesTheSiteAndAnAddedOneIsRendered() throws Exception {
    build(site, "Docs");
    Files.delete(docs.resolve("h/two.md"));
    Files.writeString(docs.resolve("h/three.md"), "# Three\n");
    assertEquals("3 of 4 pages unchanged since the last build, not rendered again", reused(assertIncrementalEqualsClean("Docs")));
    assertFalse(Files.exists(site.resolve("h/two/index.html")));
  }

  @Test
  void anotherSiteFolderMeansACleanBuild() throws Exception {
    build(root.resolve("elsewhere"), "Docs");
    assertEquals("none reused", reused(assertIncrementalEqualsClean("Docs")));
  }

  @Test
  void aDamagedManifestMeansACleanBuild() throws Exception {
    build(site, "Docs");
    Files.writeString(manifest, "not a manifest");
    assertEquals("none reused", reused(assertIncrementalEqualsClean("Docs")));
  }
}
