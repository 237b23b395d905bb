package io.ebpfdocs.generate;

import io.ebpfdocs.data.DataFiles;
import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.data.HelperFunctions;
import io.ebpfdocs.features.FeatureTagGenerator;
import io.ebpfdocs.helpers.HelperRefGenerator;
import io.ebpfdocs.kfuncs.KfuncRefFactory;
import io.ebpfdocs.kfuncs.KfuncRefGenerator;
import io.ebpfdocs.libbpf.HelperDefGenerator;
import io.ebpfdocs.libbpf.LibbpfGenerators;
import io.ebpfdocs.libbpf.LibbpfTagGenerator;
import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Every generator, in the order the original tools ran them. */
public final class Generators {
  private Generators() {}

  public static List<GeneratorFactory> all() {
    return List.of(
        factory(HelperRefGenerator.NAME, (settings, data, report) -> data.helperFunctions()
            .map(helpers -> new HelperRefGenerator(helpers, data.displayName(HelperFunctions.FILE), settings::displayName))),
        factory(FeatureTagGenerator.NAME, (settings, data, report) -> data.featureVersions()
            .map(features -> new FeatureTagGenerator(features, data.displayName(FeatureVersions.FILE), settings::displayName))),
        factory(KfuncRefGenerator.NAME, KfuncRefFactory::create),
        factory(HelperDefGenerator.NAME, (settings, data, report) -> LibbpfGenerators.helperDefs(settings, report)),
        factory(LibbpfTagGenerator.NAME, (settings, data, report) -> LibbpfGenerators.tags(settings, report)));
  }

  public static Optional<GeneratorFactory> named(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** How a generator is made from the settings and the data. */
  @FunctionalInterface
  public interface Creator {
    Optional<? extends Generator> create(DocsSettings settings, DataFiles data, Report report)
        throws DocsException, IOException;
  }

  public static GeneratorFactory factory(String name, Creator creator) {
    return new GeneratorFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<Generator> create(DocsSettings settings, DataFiles data, Report report)
          throws DocsException, IOException {
        return creator.create(settings, data, report).map(Generator.class::cast);
      }
    };
  }
}
