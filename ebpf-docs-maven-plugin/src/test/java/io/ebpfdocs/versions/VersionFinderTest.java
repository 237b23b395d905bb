package io.ebpfdocs.versions;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.report.DocsException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionFinderTest {
  private static final List<String> FILES = List.of("kernel/*", "include/uapi/");

  @TempDir Path dir;
  private TestHistory h;

  @BeforeEach
  void setUp() throws Exception {
    h = new TestHistory(dir);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  private static FeatureVersions.Feature feature(FeatureVersions data, String name) {
    return data.groups().stream().flatMap(g -> g.features().stream())
        .filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static FeatureVersions.Feature expected(String name, String version, RevCommit commit) {
    return new FeatureVersions.Feature(name, version, commit == null ? "" : commit.name(), 0);
  }

  @Test
  void versionIsTheTagAfterTheIntroducingCommitAndCommitIsThatCommit() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "int x;\n");
    h.lightweightTag("v1", c1);
    RevCommit c2 = h.commit(c1, "kernel/b.c", "other\n");
    RevCommit c3 = h.commit(c2, "kernel/a.c", "int x; FOO;\n");
    RevCommit c4 = h.commit(c3, "kernel/c.c", "more\n");
    h.lightweightTag("v2", c4);
    RevCommit c5 = h.commit(c4, "kernel/c.c", "FOO\n");
    h.lightweightTag("v3", c5);

    FeatureVersions data = h.find(TestHistory.config(FILES, "FOO"));

    assertEquals(expected("FOO", "v2", c3), feature(data, "FOO"));
  }

  @Test
  void presentAtOldestTagHasNoCommitAndAbsentAtNewestHasNoVersion() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "OLD GONE\n");
    h.lightweightTag("v1", c1);
    RevCommit c2 = h.commit(c1, "kernel/a.c", "OLD\n");
    h.lightweightTag("v2", c2);

    FeatureVersions data = h.find(TestHistory.config(FILES, "OLD", "GONE", "NEVER"));

    assertEquals(expected("OLD", "v1", null), feature(data, "OLD"));
    assertEquals(expected("GONE", "", null), feature(data, "GONE"));
    assertEquals(expected("NEVER", "", null), feature(data, "NEVER"));
  }

  @Test
  void removalAndReAddingCountsOnlyTheNewestUnbrokenRun() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "FOO\n");
    h.lightweightTag("v1", c1);
    RevCommit c2 = h.commit(c1, "kernel/a.c", "nothing\n");
    h.lightweightTag("v2", c2);
    RevCommit c3 = h.commit(c2, "kernel/b.c", "FOO again\n");
    h.lightweightTag("v3", c3);
    RevCommit c4 = h.commit(c3, "kernel/c.c", "x\n");
    h.lightweightTag("v4", c4);

    assertEquals(expected("FOO", "v3", c3), feature(h.find(TestHistory.config(FILES, "FOO")), "FOO"));
  }

  @Test
  void removalAndReAddingInsideOneRangeNamesTheFirstArrival() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "x\n");
    h.lightweightTag("v1", c1);
    RevCommit add = h.commit(c1, "kernel/a.c", "FOO\n");
    RevCommit rm = h.commit(add, "kernel/a.c", "x\n");
    RevCommit readd = h.commit(rm, "kernel/a.c", "FOO\n");
    h.lightweightTag("v2", readd);

    assertEquals(expected("FOO", "v2", add), feature(h.find(TestHistory.config(FILES, "FOO")), "FOO"));
  }

  @Test
  void aFeatureFromAMergedBranchIsFoundOnTheBranchNotAtTheMerge() throws Exception {
    RevCommit base = h.commit(null, "kernel/a.c", "x\n");
    h.lightweightTag("v1", base);
    RevCommit side1 = h.commit(base, "kernel/side.c", "nothing\n");
    RevCommit side2 = h.commit(side1, "kernel/side.c", "FOO\n");
    RevCommit main1 = h.commit(base, "kernel/a.c", "y\n");
    RevCommit merge = h.merge(main1, side2, "kernel/side.c", "FOO\n");
    RevCommit after = h.commit(merge, "kernel/b.c", "BAR\n");
    h.lightweightTag("v2", after);

    FeatureVersions data = h.find(TestHistory.config(FILES, "FOO", "BAR"));

    assertEquals(expected("FOO", "v2", side2), feature(data, "FOO"));
    assertEquals(expected("BAR", "v2", after), feature(data, "BAR"));
  }

  @Test
  void aFeatureArrivingOnTwoBranchesNamesTheOlderArrival() throws Exception {
    RevCommit base = h.commit(null, "kernel/a.c", "x\n");
    h.lightweightTag("v1", base);
    RevCommit first = h.commit(base, "kernel/one.c", "FOO\n");
    RevCommit second = h.commit(base, "kernel/two.c", "FOO\n");
    RevCommit merge = h.merge(second, first, "kernel/one.c", "FOO\n");
    h.lightweightTag("v2", merge);

    assertEquals(expected("FOO", "v2", first), feature(h.find(TestHistory.config(FILES, "FOO")), "FOO"));
  }

  @Test
  void annotatedTagsSortByTheirOwnDateLightweightByTheCommitDate() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "x\n");
    RevCommit c2 = h.commit(c1, "kernel/a.c", "FOO\n");
    h.lightweightTag("v9", c2);   // dated by c2
    h.annotatedTag("v1", c1);     // dated now, after c2: the newest tag although its commit is older

    List<ReleaseTag> tags = ReleaseTag.select(h.repo, TestHistory.config(FILES, "FOO"));

    assertEquals(List.of("v1", "v9"), tags.stream().map(ReleaseTag::name).toList());
    assertEquals(expected("FOO", "", null), feature(h.find(TestHistory.config(FILES, "FOO")), "FOO"));
  }

  @Test
  void tagsWithEqualDatesAreOrderedByName() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "x\n");
    h.lightweightTag("v2", c1);
    h.lightweightTag("v10", c1);
    h.lightweightTag("x1", c1);

    List<ReleaseTag> tags = ReleaseTag.select(h.repo, TestHistory.config(FILES, "FOO"));

    assertEquals(List.of("v10", "v2"), tags.stream().map(ReleaseTag::name).toList());
  }

  @Test
  void dotfilesUnderAPathspecCountFilesOutsideAndSymlinksDoNot() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/.hidden", "DOT\n");
    RevCommit c2 = h.commit(c1, "tools/x.c", "OUTSIDE\n");
    RevCommit c3 = h.commit(c2, "include/uapi/linux/.h", "DEEPDOT\n");
    RevCommit c4 = h.git.commit().parent(c3).add("include/uapi/link",
        h.git.blob("LINKED")).create();
    h.git.update("refs/heads/master", c4);
    // turn the last entry into a symlink by rebuilding the tree with the link mode
    RevCommit c5 = h.git.commit().parent(c3)
        .edit(new org.eclipse.jgit.dircache.DirCacheEditor.PathEdit("include/uapi/link") {
          @Override
          public void apply(org.eclipse.jgit.dircache.DirCacheEntry ent) {
            ent.setFileMode(org.eclipse.jgit.lib.FileMode.SYMLINK);
            try {
              ent.setObjectId(h.git.blob("LINKED"));
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        }).create();
    h.lightweightTag("v1", c5);

    FeatureVersions data = h.find(TestHistory.config(FILES, "DOT", "OUTSIDE", "DEEPDOT", "LINKED"));

    assertEquals("v1", feature(data, "DOT").version());
    assertEquals("v1", feature(data, "DEEPDOT").version());
    assertEquals("", feature(data, "OUTSIDE").version());
    assertEquals("", feature(data, "LINKED").version());
  }

  @Test
  void wordBoundariesDecidePresence() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "BPF_X_Y; xBPF_X\n");
    h.lightweightTag("v1", c1);
    RevCommit c2 = h.commit(c1, "kernel/a.c", "BPF_X_Y; xBPF_X (BPF_X)\n");
    h.lightweightTag("v2", c2);

    assertEquals(expected("BPF_X", "v2", c2),
        feature(h.find(TestHistory.config(FILES, "BPF_X")), "BPF_X"));
  }

  @Test
  void incrementalRunTrustsCoveredTagsScansNewOnesAndKeepsUnconfiguredEntries() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "OLD\n");
    h.lightweightTag("v1", c1);
    RevCommit c2 = h.commit(c1, "kernel/a.c", "OLD MID\n");
    h.lightweightTag("v2", c2);
    PatternConfig before = TestHistory.config(FILES, "OLD", "MID", "DROPPED");
    FeatureVersions first = h.run(before, Optional.empty()).data();

    RevCommit c3 = h.commit(c2, "kernel/a.c", "OLD MID NEW\n");
    h.lightweightTag("v3", c3);
    PatternConfig after = TestHistory.config(FILES, "OLD", "MID", "NEW");
    VersionFinder.Result second = h.run(after, Optional.of(first));

    assertEquals(2, second.tagsRead(), "v1 is covered: only v3, and v2 for NEW, are read");
    assertEquals(expected("OLD", "v1", null), feature(second.data(), "OLD"));
    assertEquals(expected("MID", "v2", c2), feature(second.data(), "MID"));
    assertEquals(expected("NEW", "v3", c3), feature(second.data(), "NEW"));
    assertEquals(List.of("g/DROPPED"), second.unconfigured());
    assertEquals(expected("DROPPED", "", null), feature(second.data(), "DROPPED"));
    assertEquals(first.groups().get(0).features().subList(0, 2),
        second.data().groups().get(0).features().subList(0, 2));
  }

  @Test
  void aTrustedEntryIsRedoneWhenANewTagLacksTheFeature() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "FOO\n");
    h.lightweightTag("v1", c1);
    RevCommit c2 = h.commit(c1, "kernel/a.c", "gone\n");
    h.lightweightTag("v2", c2);
    FeatureVersions earlier = new FeatureVersions(List.of(new FeatureVersions.Group("g",
        List.of(new FeatureVersions.Feature("FOO", "v1", "", 3)), 1)));

    FeatureVersions data = h.run(TestHistory.config(FILES, "FOO"), Optional.of(earlier)).data();

    assertEquals(expected("FOO", "", null), feature(data, "FOO"));
  }

  @Test
  void aShallowCloneIsRefusedWithAFix() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "FOO\n");
    h.lightweightTag("v1", c1);
    Files.writeString(dir.resolve(".git/shallow"), c1.name() + "\n");

    DocsException e = assertThrows(DocsException.class,
        () -> h.find(TestHistory.config(FILES, "FOO")));
    assertTrue(e.getMessage().contains("fetch --unshallow"), e.getMessage());
  }

  @Test
  void aMissingBlobIsReportedWithAFix() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "FOO\n");
    h.lightweightTag("v1", c1);
    String blob = h.git.blob("FOO\n").name();
    Files.delete(dir.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));

    DocsException e = assertThrows(DocsException.class,
        () -> h.find(TestHistory.config(FILES, "FOO")));
    assertTrue(e.getMessage().contains(blob) && e.getMessage().contains("full clone"), e.getMessage());
  }

  @Test
  void noSelectedTagIsAnError() throws Exception {
    RevCommit c1 = h.commit(null, "kernel/a.c", "FOO\n");
    h.lightweightTag("release-1", c1);

    DocsException e = assertThrows(DocsException.class,
        () -> h.find(TestHistory.config(FILES, "FOO")));
    assertTrue(e.getMessage().contains("no tag matches"), e.getMessage());
  }
}
