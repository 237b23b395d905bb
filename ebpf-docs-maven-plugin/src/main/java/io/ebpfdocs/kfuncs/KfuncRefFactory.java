package io.ebpfdocs.kfuncs;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.KfuncSets;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds {@link KfuncRefGenerator} from the settings: the data, the generator settings and the BTF. */
public final class KfuncRefFactory {
  /** Where the ebpf-docs tree keeps its vmlinux BTF (in Git LFS). */
  static final String TREE_BTF = "tools/kfunc-gen/vmlinux";
  /** The value of -Debpfdocs.btf that turns BTF off. */
  static final String NO_BTF = "none";

  private KfuncRefFactory() {}

  /** The kfunc data resolved as the generator resolves it, with the settings it was resolved with. */
  public record KfuncData(KfuncCatalog catalog, KfuncSettings settings) {}

  /** Empty when the tree has no data/kfuncs.yaml. */
  public static Optional<KfuncData> data(DataFiles data) throws DocsException, IOException {
    Optional<KfuncSets> sets = data.kfuncSets();
    if (sets.isEmpty()) {
      return Optional.empty();
    }
    KfuncSettings kfuncSettings = KfuncSettingsReader.read(data.generators());
    return Optional.of(new KfuncData(KfuncCatalog.of(sets.get(), kfuncSettings), kfuncSettings));
  }

  /** Empty when the tree has no data/kfuncs.yaml. */
  public static Optional<KfuncRefGenerator> create(DocsSettings settings, DataFiles data, Report report)
      throws DocsException, IOException {
    Optional<KfuncData> kfuncs = data(data);
    if (kfuncs.isEmpty()) {
      return Optional.empty();
    }
    List<Path> btf = btfFiles(settings, report);
    Optional<KernelBtf> kernel = btf.isEmpty() ? Optional.empty() : Optional.of(KernelBtf.read(btf));
    kernel.ifPresent(k -> report.note(KfuncRefGenerator.NAME + ": kernel BTF " + k.description()));
    return Optional.of(new KfuncRefGenerator(kfuncs.get().catalog(), kfuncs.get().settings(), kernel,
        validation(settings), data.displayName(KfuncSets.FILE), settings::displayName));
  }

  /**
   * The BTF files: those of {@code -Debpfdocs.btf} (relative to the root), else the tree's vmlinux,
   * else none, with one warning. The running kernel's BTF is never taken unasked: it differs from
   * machine to machine, and so would the result of {@code check}.
   */
  static List<Path> btfFiles(DocsSettings settings, Report report) {
    Optional<String> option = settings.option(Options.BTF);
    if (option.isPresent() && option.get().equals(NO_BTF)) {
      report.note(KfuncRefGenerator.NAME + ": no kernel BTF (-D" + Options.BTF + "=" + NO_BTF + "): KFUNC_DEF regions are left as they are");
      return List.of();
    }
    if (option.isPresent()) {
      List<Path> files = new ArrayList<>();
      for (String file : option.get().split(",")) {
        if (!file.isBlank()) {
          files.add(settings.root().resolve(file.trim()).normalize());
        }
      }
      return files;
    }
    Path tree = settings.root().resolve(TREE_BTF);
    if (Files.isRegularFile(tree)) {
      return List.of(tree);
    }
    report.warn("no kernel BTF given or found (no -D" + Options.BTF + ", no " + TREE_BTF + "): KFUNC_DEF regions are left"
        + " as they are and the data is not checked against a kernel; pass one with -D" + Options.BTF + "=FILE (e.g. a"
        + " vmlinux of the kernel the docs describe; /sys/kernel/btf/vmlinux is this machine's), or -D" + Options.BTF
        + "=" + NO_BTF + " to silence this");
    return List.of();
  }

  static KfuncRefGenerator.Validation validation(DocsSettings settings) throws DocsException {
    String value = settings.option(Options.KFUNCS_VALIDATE).orElse("warn");
    try {
      return KfuncRefGenerator.Validation.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DocsException("-D" + Options.KFUNCS_VALIDATE + "=" + value + " is not valid; use warn or fail");
    }
  }
}
