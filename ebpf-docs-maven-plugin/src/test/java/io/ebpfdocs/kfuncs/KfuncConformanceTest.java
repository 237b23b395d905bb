package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.generate.DocsRun;
import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.registry.Generators;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gen-kfunc-refs on a copy of the real tree with this machine's 6.18 BTF: the program-type lists
 * are a fixed point, and only the 16 signatures the kernel changed after 6.18 are rewritten.
 */
class KfuncConformanceTest {
  private static final List<String> KFUNCS = List.of(KfuncRefGenerator.NAME);
  private static final String DEF_START = "**Signature**\n\n<!-- [KFUNC_DEF] -->";
  private static final String DEF_STOP = "<!-- [/KFUNC_DEF] -->";

  private static DocsSettings settings(Path tree, Path btf) {
    return DocsSettings.forRoot(tree).withOption(Options.BTF, btf.toString());
  }

  @Test
  void withoutBtfTheReferenceListsAreAFixedPoint() throws Exception {
    // Runs on any machine: the generator is built without kernel BTF, so KFUNC_DEF is left alone.
    // The pages are only read (nothing calls writeChanges), so the snapshot itself is used.
    DocsSettings settings = DocsSettings.forRoot(Corpus.location());
    DataFiles data = new DataFiles(settings.dataDir(), "data/");
    KfuncSettings kfuncSettings = KfuncSettingsReader.read(data.generators());
    KfuncRefGenerator generator = new KfuncRefGenerator(KfuncCatalog.of(data.kfuncSets().orElseThrow(), kfuncSettings),
        kfuncSettings, Optional.empty(), KfuncRefGenerator.Validation.FAIL, "data/kfuncs.yaml", settings::displayName);
    Report report = new Report();
    PageStore pages = new PageStore(settings.docsDir(), report);

    generator.generate(pages, report);

    assertEquals(List.of(), pages.changes().stream().map(c -> c.path()).toList());
    assertEquals(List.of(), report.warnings());
    assertEquals(List.of(), report.failures(), "nothing is validated without BTF");
    assertEquals(KfuncConformance.DATA_KFUNCS, report.counter("kfuncs whose signature is left as it is (not in the BTF)"));
    assertTrue(report.counter("regions") > 330, "KFUNC_PROG_REF and PROG_KFUNC_REF regions visited: " + report.counter("regions"));
  }

  @Test
  void withThe618BtfOnlyTheSixteenChangedSignaturesAreRewritten() throws Exception {
    Path btf = KfuncConformance.kernelBtf();
    Path tree = Corpus.copy("kfuncs-generate");
    Map<String, byte[]> before = Corpus.snapshot(tree);
    Set<String> expected = KfuncConformance.CHANGED_SINCE_618.stream()
        .map(name -> "docs/linux/kfuncs/" + name + ".md").collect(Collectors.toCollection(TreeSet::new));

    DocsRun.Outcome check = DocsRun.run(settings(tree, btf), Generators.all(), KFUNCS, Mode.CHECK);
    assertEquals(16, check.changes().size());
    assertTrue(check.staleReport(10).contains("linux/kfuncs/bpf_dynptr_size.md: KFUNC_DEF"), check.staleReport(10));
    assertEquals(Set.of(), changed(before, Corpus.snapshot(tree)), "check writes nothing");

    DocsRun.Outcome outcome = DocsRun.run(settings(tree, btf).withOption(Options.KFUNCS_VALIDATE, "fail"), Generators.all(), KFUNCS, Mode.WRITE);

    Map<String, byte[]> after = Corpus.snapshot(tree);
    assertEquals(expected, changed(before, after));
    for (String page : expected) {
      assertEquals(outsideSignature(before.get(page)), outsideSignature(after.get(page)), page + " changed outside KFUNC_DEF");
    }
    assertEquals(16, outcome.written(), "validate=fail still writes what it can");
    assertEquals(1, outcome.report().failures().size());
    assertTrue(outcome.report().failures().get(0).message().contains("-Debpfdocs.kfuncs.validate=warn"), outcome.report().failures().get(0).message());

    DocsRun.Outcome again = DocsRun.run(settings(tree, btf), Generators.all(), KFUNCS, Mode.WRITE);

    assertEquals(0, again.written(), "a second run changes nothing");
    assertEquals(List.of(), again.report().failures(), "validation only warns by default");
    Map<String, Integer> counters = again.report().counters();
    int missing = counters.get(KfuncValidation.Kind.NOT_IN_KERNEL.summary());
    int removedMissing = counters.get(KfuncValidation.Kind.REMOVED_NOT_IN_KERNEL.summary());
    assertEquals(KfuncConformance.MISSING_FROM_618, missing + removedMissing);
    assertEquals(KfuncConformance.REMOVED_MISSING_FROM_618, removedMissing);
    assertEquals(missing, again.warnings().stream().filter(w -> w.message().contains("not a kfunc in the kernel BTF")).count());
    assertTrue(again.warnings().stream().allMatch(w -> w.file().equals("data/kfuncs.yaml") && w.line() > 0),
        again.warnings().stream().map(Object::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void aMissingBtfFileIsRefused(@TempDir Path tree) throws Exception {
    DocsSettings settings = dataOnlyTree(tree).withOption(Options.BTF, "missing-on-purpose");

    DocsException e = assertThrows(DocsException.class, () -> DocsRun.run(settings, Generators.all(), KFUNCS, Mode.WRITE));

    assertEquals(tree.toAbsolutePath().resolve("missing-on-purpose") + ": no such BTF file; pass existing files with"
        + " -Debpfdocs.btf=FILE[,MODULE...]", e.getMessage());
  }

  @Test
  void aDamagedBtfFileIsRefusedWithItsOffset(@TempDir Path tree) throws Exception {
    Path bad = Files.write(tree.resolve("vmlinux"), "version https://git-lfs.github.com/spec/v1\n".getBytes(StandardCharsets.US_ASCII));

    DocsSettings settings = dataOnlyTree(tree).withOption(Options.BTF, bad.toString());

    DocsException e = assertThrows(DocsException.class, () -> DocsRun.run(settings, Generators.all(), KFUNCS, Mode.WRITE));

    assertTrue(e.getMessage().startsWith(bad + ": invalid BTF at byte offset 0: bad magic"), e.getMessage());
    assertTrue(e.getMessage().contains("git lfs pull"), e.getMessage());
  }

  @Test
  void anUnknownValidateModeIsRefused(@TempDir Path tree) throws Exception {
    DocsSettings settings = dataOnlyTree(tree).withOption(Options.KFUNCS_VALIDATE, "loud");

    DocsException e = assertThrows(DocsException.class, () -> DocsRun.run(settings, Generators.all(), KFUNCS, Mode.CHECK));

    assertEquals("-Debpfdocs.kfuncs.validate=loud is not valid; use warn or fail", e.getMessage());
  }

  /** A tree with the real kfunc data and no pages: enough for the errors raised before any page is read. */
  private static DocsSettings dataOnlyTree(Path tree) throws Exception {
    Files.createDirectories(tree.resolve("docs"));
    Files.createDirectories(tree.resolve("data"));
    Files.copy(Corpus.location().resolve("data/kfuncs.yaml"), tree.resolve("data/kfuncs.yaml"));
    return DocsSettings.forRoot(tree);
  }

  private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet(), "no file created or deleted");
    Set<String> changed = new TreeSet<>();
    before.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, after.get(path))) {
        changed.add(path);
      }
    });
    return changed;
  }

  /** The page with the KFUNC_DEF region's content cut out. */
  private static String outsideSignature(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    int start = text.indexOf(DEF_START) + DEF_START.length();
    return text.substring(0, start) + text.substring(text.indexOf(DEF_STOP, start));
  }
}
