package io.ebpfdocs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.libbpf.HelperDefGenerator;
import io.ebpfdocs.libbpf.LibbpfTagGenerator;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The libbpf generators on a copy of the real tree. libbpf itself is not part of the repository:
 * the LIBBPF_TAG test builds a libbpf.map from the tree's own tags (so it checks that reading the
 * map and writing the tags are each other's inverse on all 344 pages); the full test runs only
 * with {@code -Debpfdocs.realLibbpf=DIR}, a libbpf checkout or a folder with its src/ files.
 */
class LibbpfConformanceTest {
  private static final Pattern FIRST_TAG =
      Pattern.compile("<!-- \\[LIBBPF_TAG\\] -->\n\\[:octicons-tag-24: ([^\\]]+)\\]\\(https://github.com/libbpf/libbpf/releases/tag/v\\1\\)\n<!-- \\[/LIBBPF_TAG\\] -->");

  @Test
  void aMapBuiltFromTheTreesTagsIsAFixedPoint() throws Exception {
    Path tree = Corpus.copy("libbpf-tags");
    Path libbpf = tree.resolve("target-libbpf");
    Files.createDirectories(libbpf.resolve("src"));
    Files.writeString(libbpf.resolve("src/libbpf.map"), mapFromTags(tree.resolve("docs/ebpf-library/libbpf/userspace")));
    Map<String, byte[]> before = Corpus.snapshot(tree.resolve("docs"));

    DocsRun.Outcome outcome = DocsRun.run(
        DocsSettings.forRoot(tree).withOption(Options.LIBBPF, libbpf.toString()), Generators.all(), List.of(LibbpfTagGenerator.NAME), Mode.WRITE);

    assertEquals(0, outcome.written());
    assertEquals(344, outcome.regions());
    assertEquals(List.of("docs/ebpf-library/libbpf/userspace/perf_buffer__new.md:48: second LIBBPF_TAG region;"
        + " only the first one is generated, this one is left as it is"), outcome.warnings().stream().map(Warning::toString).toList());
    assertUnchanged(before, Corpus.snapshot(tree.resolve("docs")));
  }

  @Test
  void realLibbpfChangesNoPage() throws Exception {
    String real = System.getProperty("ebpfdocs.realLibbpf", "");
    assumeTrue(!real.isEmpty() && Files.isDirectory(Path.of(real)),
        "skipped: no real libbpf; pass -Debpfdocs.realLibbpf=DIR (a libbpf checkout, or a folder with src/bpf_helper_defs.h"
            + " and src/libbpf.map, at the commit in tools/libbpf-ref) to run it");
    Path tree = Corpus.copy("libbpf-real");
    Map<String, byte[]> before = Corpus.snapshot(tree.resolve("docs"));

    DocsRun.Outcome outcome = DocsRun.run(DocsSettings.forRoot(tree).withOption(Options.LIBBPF, real), Generators.all(),
        List.of(HelperDefGenerator.NAME, LibbpfTagGenerator.NAME), Mode.WRITE);

    // Pages whose text the given libbpf has changed since the tree's ref, e.g. "bpf_l4_csum_replace.md".
    Set<String> drift = new TreeSet<>(Arrays.asList(System.getProperty("ebpfdocs.realLibbpf.drift", "").split(",")));
    drift.remove("");
    Set<String> changed = Corpus.changed(before, Corpus.snapshot(tree.resolve("docs")));
    changed.removeIf(path -> drift.contains(path.substring(path.lastIndexOf('/') + 1)));
    assertEquals(Set.of(), changed, outcome.summary(Mode.WRITE));
  }

  /** LIBBPF_x nodes listing the functions whose first tag names release x. */
  private static String mapFromTags(Path userspace) throws IOException {
    Map<String, Set<String>> byRelease = new TreeMap<>();
    try (var pages = Files.list(userspace)) {
      for (Path page : pages.toList()) {
        Matcher tag = FIRST_TAG.matcher(Files.readString(page));
        if (tag.find()) {
          String function = page.getFileName().toString().replaceFirst("\\.md$", "");
          byRelease.computeIfAbsent(tag.group(1), k -> new TreeSet<>()).add(function);
        }
      }
    }
    StringBuilder map = new StringBuilder();
    byRelease.forEach((release, functions) -> {
      map.append("LIBBPF_").append(release).append(" {\n\tglobal:\n");
      functions.forEach(f -> map.append("\t\t").append(f).append(";\n"));
      map.append("};\n\n");
    });
    return map.toString();
  }

  private static void assertUnchanged(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(Set.of(), Corpus.changed(before, after));
  }
}
