package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfFiles;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.kfuncs.KernelKfuncs.KernelKfunc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The renderers alone reproduce the regions of the real tree (read-only, nothing is written). */
class KfuncCorpusRegionsTest {
  private static Path root;
  private static KfuncCatalog catalog;
  private static KfuncSettings settings;

  @BeforeAll
  static void load() throws Exception {
    root = Corpus.location();
    DataFiles data = new DataFiles(root.resolve("data"), "data/");
    settings = KfuncSettingsReader.read(data.generators());
    catalog = KfuncCatalog.of(data.kfuncSets().orElseThrow(), settings);
  }

  @Test
  void kfuncProgramTypeListsMatchEveryKfuncPage() throws Exception {
    List<String> differing = new ArrayList<>();
    int compared = 0;
    for (KfuncCatalog.Kfunc kfunc : catalog.kfuncs()) {
      Optional<String> region = region("linux/kfuncs/" + kfunc.name() + ".md", "<!-- [KFUNC_PROG_REF] -->", "<!-- [/KFUNC_PROG_REF] -->");
      if (region.isPresent()) {
        compared++;
        if (!region.get().equals(KfuncRegions.kfuncProgRef(kfunc.programTypes()))) {
          differing.add(kfunc.name());
        }
      }
    }
    assertEquals(List.of(), differing);
    assertTrue(compared > 300, "only " + compared + " KFUNC_PROG_REF regions compared");
  }

  @Test
  void programTypeKfuncListsMatchEveryProgramTypePage() throws Exception {
    List<String> differing = new ArrayList<>();
    int compared = 0;
    try (Stream<Path> pages = Files.list(root.resolve("docs/linux/program-type"))) {
      for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted()::iterator) {
        String programType = page.getFileName().toString().replaceFirst("\\.md$", "");
        Optional<String> region = KfuncConformance.region(Files.readString(page), "<!-- [PROG_KFUNC_REF] -->", "<!-- [/PROG_KFUNC_REF] -->");
        if (region.isPresent()) {
          compared++;
          if (!region.get().equals(KfuncRegions.progKfuncRef(catalog.kfuncsOf(programType), settings.noKfuncs()))) {
            differing.add(programType);
          }
        }
      }
    }
    assertEquals(List.of(), differing);
    assertEquals(30, compared);
  }

  @Test
  void signaturesDifferFromTheTreeOnlyWhereThePinnedKernelDiffers() throws Exception {
    Btf btf = BtfFiles.read(List.of(Corpus.pinnedBtf()));
    Map<String, KernelKfunc> kernel = KernelKfuncs.of(btf);
    Set<String> differing = new TreeSet<>();
    int inBtf = 0;
    for (KfuncCatalog.Kfunc kfunc : catalog.kfuncs()) {
      KernelKfunc inKernel = kernel.get(kfunc.name());
      Optional<String> region = region("linux/kfuncs/" + kfunc.name() + ".md", "**Signature**\n\n<!-- [KFUNC_DEF] -->", "<!-- [/KFUNC_DEF] -->");
      if (inKernel != null && region.isPresent()) {
        inBtf++;
        String rendered = KfuncRegions.kfuncDef(CSignature.of(btf, inKernel.funcId()), kfunc.flags(), settings.flagNotes());
        if (!region.get().equals(rendered)) {
          differing.add(kfunc.name());
        }
      }
    }
    assertEquals(KfuncConformance.CHANGED_BY_PINNED_BTF, differing);
    // 318 data kfuncs: 197 in the pinned BTF (6 of them listed as removed), 121 missing.
    assertEquals(KfuncConformance.DATA_KFUNCS - KfuncConformance.MISSING_FROM_618, inBtf);
  }

  private static Optional<String> region(String page, String start, String stop) throws Exception {
    Path file = root.resolve("docs").resolve(page);
    return Files.exists(file) ? KfuncConformance.region(Files.readString(file), start, stop) : Optional.empty();
  }

  @Test
  void validationFindsTheDataKfuncsMissingFromThePinnedKernel() throws Exception {
    Btf btf = BtfFiles.read(List.of(Corpus.pinnedBtf()));
    List<KfuncValidation.Finding> findings = KfuncValidation.check(catalog, btf, KernelKfuncs.of(btf), settings);
    long missing = count(findings, KfuncValidation.Kind.NOT_IN_KERNEL);
    long removedMissing = count(findings, KfuncValidation.Kind.REMOVED_NOT_IN_KERNEL);
    assertEquals(KfuncConformance.MISSING_FROM_618, missing + removedMissing);
    assertEquals(KfuncConformance.REMOVED_MISSING_FROM_618, removedMissing, "kfuncs of kfuncs.removed absent from the pinned BTF");
    assertEquals(0, count(findings, KfuncValidation.Kind.NOT_IN_DATA), "the 6 test kfuncs are ignored");
  }

  private static long count(List<KfuncValidation.Finding> findings, KfuncValidation.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).count();
  }
}
