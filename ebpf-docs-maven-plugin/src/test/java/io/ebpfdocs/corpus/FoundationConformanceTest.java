package io.ebpfdocs.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.features.FeatureTagGenerator;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.helpers.HelperRefGenerator;
import io.ebpfdocs.mtu.MtuTableGenerator;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.Warning;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generators that need no outside input (data files and the built-in MTU model, not libbpf or
 * BTF) on the real tree: it was written by the original tools, so running ours changes nothing but
 * the timeline, whose {@code 7.1} section joins {@code v7.1}.
 */
class FoundationConformanceTest {
  private static final List<String> FOUNDATION =
      List.of(HelperRefGenerator.NAME, FeatureTagGenerator.NAME, MtuTableGenerator.NAME);
  private static final String TIMELINE = "docs/linux/timeline/index.md";

  @Test
  void featureTagsHelperRefsAndMtuTableChangeOnlyTheTimeline() throws Exception {
    Path tree = Corpus.copy("foundation-generate");
    Map<String, byte[]> before = Corpus.snapshot(tree);

    DocsRun.Outcome outcome = DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), FOUNDATION, Mode.WRITE);

    Map<String, byte[]> after = Corpus.snapshot(tree);
    assertEquals(before.keySet(), after.keySet(), "no file created or deleted");
    assertEquals(Set.of(TIMELINE), Corpus.changed(before, after));
    assertEquals(1, outcome.written());
    String oldTimeline = new String(before.get(TIMELINE), StandardCharsets.UTF_8);
    String newTimeline = new String(after.get(TIMELINE), StandardCharsets.UTF_8);
    assertEquals(sevenOneJoinsV71(oldTimeline), newTimeline);
    assertTrue(outcome.regions() > 1000, "FEATURE_TAG, helper and MTU regions were all visited: " + outcome.regions());
  }

  @Test
  void checkOnPristineCopyReportsOnlyTheTimeline() throws Exception {
    Path tree = Corpus.copy("foundation-check");
    Map<String, byte[]> before = Corpus.snapshot(tree);

    DocsRun.Outcome outcome = DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), FOUNDATION, Mode.CHECK);

    assertEquals(List.of("linux/timeline/index.md"), outcome.changes().stream().map(c -> c.path()).toList());
    assertTrue(outcome.staleReport(40).contains("-## :octicons-tag-24: 7.1"), outcome.staleReport(40));
    Map<String, byte[]> after = Corpus.snapshot(tree);
    before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path + " must not be written by check"));
  }

  @Test
  void realTreeWarningsNameFileAndLine() throws Exception {
    Path tree = Corpus.copy("foundation-warnings");

    List<Warning> warnings = DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), List.of(), Mode.CHECK).warnings();

    List<String> texts = warnings.stream().map(Warning::toString).toList();
    assertTrue(texts.contains("data/helpers-functions.yaml:160: unknown group 'bpf_iter' (counted as empty);"
        + " define it under 'groups:' or fix the name (known: base, tracing_prog, tracing, raw_tp, cgroup_base,"
        + " sk_filter, lwt_out, sk_base)"), String.join("\n", texts));
    assertTrue(texts.stream().anyMatch(t -> t.contains("bpf_strnlen (docs/linux/kfuncs/bpf_strnlen.md:")), String.join("\n", texts));
    assertEquals(13, texts.stream().filter(t -> t.startsWith("data/feature-versions.yaml:") && t.contains("version '7.1'")).count());
  }

  @Test
  void secondGenerateWritesNothing() throws Exception {
    Path tree = Corpus.copy("foundation-twice");
    DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), List.of(), Mode.WRITE);
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    List<Path> pages = new ArrayList<>();
    try (var walk = Files.walk(tree.resolve("docs"))) {
      walk.filter(Files::isRegularFile).forEach(pages::add);
    }
    for (Path page : pages) {
      Files.setLastModifiedTime(page, past);
    }

    DocsRun.Outcome second = DocsRun.run(DocsSettings.forRoot(tree), Generators.all(), List.of(), Mode.WRITE);

    assertEquals(0, second.written());
    for (Path page : pages) {
      assertEquals(past, Files.getLastModifiedTime(page), page + " was rewritten");
    }
  }

  /** The expected timeline: the {@code 7.1} section removed, its lines appended to {@code v7.1}'s. */
  private static String sevenOneJoinsV71(String timeline) {
    String heading = "\n## :octicons-tag-24: 7.1\n\n";
    int start = timeline.indexOf(heading);
    int end = timeline.indexOf("\n## ", start + 1);
    String lines = timeline.substring(start + heading.length(), end);
    String without = timeline.substring(0, start) + timeline.substring(end);
    String v71 = "\n## :octicons-tag-24: v7.1\n\n";
    int v71Start = without.indexOf(v71);
    int v71End = without.indexOf("\n## ", v71Start + 1);
    int insertAt = v71End < 0 ? without.length() : v71End;
    return without.substring(0, insertAt) + lines + without.substring(insertAt);
  }
}
