package io.ebpfdocs.kfuncs;

import io.ebpfdocs.btf.BtfFormatException;
import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.kfuncs.KernelKfuncs.KernelKfunc;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code gen-kfunc-refs}: on each kfunc page its C signature with the notes of its flags
 * (KFUNC_DEF) and the program types that may call it (KFUNC_PROG_REF); on each program-type page
 * the kfuncs it may call (PROG_KFUNC_REF). Then the data is checked against the kernel BTF.
 */
public final class KfuncRefGenerator implements Generator {
  public static final String NAME = "gen-kfunc-refs";
  static final Marker KFUNC_DEF =
      Marker.exact("KFUNC_DEF", "**Signature**\n\n<!-- [KFUNC_DEF] -->", "<!-- [/KFUNC_DEF] -->");
  static final Marker KFUNC_PROG_REF = Marker.of("KFUNC_PROG_REF");
  static final Marker PROG_KFUNC_REF = Marker.of("PROG_KFUNC_REF");
  static final String KFUNC_FOLDER = "linux/kfuncs/";
  static final String PROGRAM_TYPE_FOLDER = "linux/program-type";

  /** Whether validation findings only warn or also fail the run (after the pages are written). */
  public enum Validation { WARN, FAIL }

  private final KfuncCatalog catalog;
  private final KfuncSettings settings;
  private final Optional<KernelBtf> kernel;
  private final Validation validation;
  private final String dataFileName;
  private final Function<String, String> displayName;

  /**
   * @param kernel the kernel BTF; without it KFUNC_DEF regions are left as they are and nothing is validated
   * @param dataFileName how messages name data/kfuncs.yaml
   * @param displayName how messages name a page, from its docs-relative path
   */
  public KfuncRefGenerator(KfuncCatalog catalog, KfuncSettings settings, Optional<KernelBtf> kernel,
      Validation validation, String dataFileName, Function<String, String> displayName) {
    this.catalog = catalog;
    this.settings = settings;
    this.kernel = kernel;
    this.validation = validation;
    this.dataFileName = dataFileName;
    this.displayName = displayName;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void generate(PageStore pages, Report report) throws DocsException {
    kfuncPages(pages, report);
    programTypePages(pages, report);
    validate(report);
  }

  /** KFUNC_DEF (when the BTF has the kfunc) and KFUNC_PROG_REF of each kfunc page. */
  private void kfuncPages(PageStore pages, Report report) throws DocsException {
    List<String> withoutPage = new ArrayList<>();
    int withoutSignature = 0;
    for (KfuncCatalog.Kfunc kfunc : catalog.kfuncs()) {
      String page = KFUNC_FOLDER + kfunc.name() + ".md";
      Optional<String> text = pages.read(page);
      if (text.isEmpty()) {
        if (pages.missing(page)) {
          withoutPage.add(kfunc.name());
        }
        continue;
      }
      String shown = displayName.apply(page);
      String updated = text.get();
      Optional<String> definition = definition(kfunc);
      if (definition.isPresent()) {
        updated = MarkerEngine.rewrite(shown, updated, KFUNC_DEF, region -> definition.get(), report);
      } else {
        withoutSignature++;
      }
      String programTypes = KfuncRegions.kfuncProgRef(kfunc.programTypes());
      pages.update(page, MarkerEngine.rewrite(shown, updated, KFUNC_PROG_REF, region -> programTypes, report));
    }
    if (!withoutPage.isEmpty()) {
      report.warn(dataFileName, 0, "kfuncs without a page in " + KFUNC_FOLDER + ": " + String.join(", ", withoutPage)
          + "; add the pages (ebpfdocs:scaffold creates them from a template) or fix the names");
    }
    report.count("kfunc signatures from BTF", catalog.kfuncs().size() - withoutPage.size() - withoutSignature);
    report.count("kfuncs whose signature is left as it is (not in the BTF)", withoutSignature);
  }

  /** PROG_KFUNC_REF of every program-type page. */
  private void programTypePages(PageStore pages, Report report) {
    for (String page : pages.list(PROGRAM_TYPE_FOLDER)) {
      String programType = page.substring(PROGRAM_TYPE_FOLDER.length() + 1, page.length() - ".md".length());
      String kfuncs = KfuncRegions.progKfuncRef(catalog.kfuncsOf(programType), settings.noKfuncs());
      pages.read(page).ifPresent(text ->
          pages.update(page, MarkerEngine.rewrite(displayName.apply(page), text, PROG_KFUNC_REF, region -> kfuncs, report)));
    }
  }

  /** The KFUNC_DEF content, when the BTF knows the kfunc. */
  private Optional<String> definition(KfuncCatalog.Kfunc kfunc) throws DocsException {
    if (kernel.isEmpty()) {
      return Optional.empty();
    }
    KernelKfunc inKernel = kernel.get().kfuncs().get(kfunc.name());
    if (inKernel == null) {
      return Optional.empty();
    }
    try {
      String signature = CSignature.of(kernel.get().btf(), inKernel.funcId());
      return Optional.of(KfuncRegions.kfuncDef(signature, kfunc.flags(), settings.flagNotes()));
    } catch (BtfFormatException e) {
      throw new DocsException(kernel.get().source() + ": the BTF of kfunc " + kfunc.name() + " is damaged: "
          + e.getMessage() + "; pass a valid kernel BTF with -Debpfdocs.btf=FILE", e);
    }
  }

  /**
   * The data's own inconsistencies, then (with a BTF) its differences from the kernel. Kfuncs the
   * BTF lacks or adds follow from the BTF being older or newer than the data: one summary line each,
   * naming them all. Contradicted flags and sleepable kfuncs where programs cannot sleep are
   * problems of the data: a warning at the kfunc's line each.
   */
  private void validate(Report report) {
    List<KfuncValidation.Finding> findings = new ArrayList<>(KfuncValidation.checkData(catalog, settings));
    kernel.ifPresent(btf -> findings.addAll(KfuncValidation.check(catalog, btf.btf(), btf.kfuncs(), settings)));
    Map<KfuncValidation.Kind, List<String>> byAge = new EnumMap<>(KfuncValidation.Kind.class);
    int problems = 0;
    for (KfuncValidation.Finding finding : findings) {
      report.count(finding.kind().summary(), 1);
      if (!finding.kind().warning()) {
        continue;
      }
      problems++;
      if (finding.kind() == KfuncValidation.Kind.NOT_IN_KERNEL || finding.kind() == KfuncValidation.Kind.NOT_IN_DATA) {
        byAge.computeIfAbsent(finding.kind(), kind -> new ArrayList<>()).add(finding.kfunc());
      } else {
        int line = catalog.kfunc(finding.kfunc()).map(KfuncCatalog.Kfunc::line).orElse(0);
        report.warn(dataFileName, line, finding.message());
      }
    }
    byAge.forEach((kind, names) -> report.warn(dataFileName, 0, ageSummary(kind, names)));
    if (validation == Validation.FAIL && problems > 0) {
      report.failAfterWriting(dataFileName, 0, problems + " kfunc validation problem(s)"
          + kernel.map(btf -> " between the data and the BTF " + btf.source()).orElse(" in the data")
          + " (listed as warnings); fix the data, or run with -Debpfdocs.kfuncs.validate=warn");
    }
  }

  /** One line for every kfunc the BTF lacks, or has beyond the data. */
  private String ageSummary(KfuncValidation.Kind kind, List<String> names) {
    String btf = kernel.map(KernelBtf::source).orElse("");
    if (kind == KfuncValidation.Kind.NOT_IN_KERNEL) {
      return names.size() + " kfunc(s) of the data are not in the kernel BTF " + btf + ", so their KFUNC_DEF is left as it"
          + " is: expected where the BTF is older than the data; a kfunc deleted from the kernel belongs in kfuncs.removed"
          + " of data/generators.yaml: " + String.join(", ", names);
    }
    return names.size() + " kfunc(s) of the kernel BTF " + btf + " are not in the data: expected where the BTF is newer"
        + " than the data; add them to a set, or to kfuncs.ignore of data/generators.yaml: " + String.join(", ", names);
  }
}
