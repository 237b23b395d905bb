package io.ebpfdocs.registry;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.data.HelperFunctions;
import io.ebpfdocs.features.FeatureTagGenerator;
import io.ebpfdocs.generate.GeneratorFactory;
import io.ebpfdocs.helpers.HelperRefGenerator;
import io.ebpfdocs.kfuncs.KfuncRefFactory;
import io.ebpfdocs.kfuncs.KfuncRefGenerator;
import io.ebpfdocs.libbpf.HelperDefGenerator;
import io.ebpfdocs.libbpf.LibbpfGenerators;
import io.ebpfdocs.libbpf.LibbpfTagGenerator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.mtu.MtuTableGenerator;
import java.util.List;
import java.util.Set;

/**
 * Every generator, in the order the original tools ran them. This package sits above the generator
 * packages and {@code generate}'s pipeline, so that dependencies run one way: the pipeline and the
 * generators know only {@code generate}'s interfaces, and only this list knows them all.
 */
public final class Generators {
  private static final List<GeneratorFactory> ALL = List.of(
      GeneratorFactory.of(HelperRefGenerator.NAME, (settings, data, report) -> data.helperFunctions()
          .map(helpers -> new HelperRefGenerator(helpers, data.displayName(HelperFunctions.FILE), settings::displayName))),
      GeneratorFactory.of(FeatureTagGenerator.NAME, (settings, data, report) -> data.featureVersions()
          .map(features -> new FeatureTagGenerator(features, data.displayName(FeatureVersions.FILE), settings::displayName))),
      GeneratorFactory.of(KfuncRefGenerator.NAME, KfuncRefFactory::create),
      GeneratorFactory.of(HelperDefGenerator.NAME, (settings, data, report) -> LibbpfGenerators.helperDefs(settings, report)),
      GeneratorFactory.of(LibbpfTagGenerator.NAME, (settings, data, report) -> LibbpfGenerators.tags(settings, report)),
      GeneratorFactory.of(MtuTableGenerator.NAME, MtuTableGenerator::create));
  /** The pages a generator writes whole; every other page changes only between markers. */
  private static final Set<String> WHOLE_PAGES = Set.of(FeatureTagGenerator.TIMELINE_PAGE);

  private Generators() {}

  public static List<GeneratorFactory> all() {
    return ALL;
  }

  /**
   * Whether any generator may change a page (docs-relative path, and its text): false lets a caller
   * take the page as it is without building the generators first.
   */
  public static boolean mayChange(String page, String text) {
    return text.contains(Marker.OPENING) || WHOLE_PAGES.contains(page);
  }
}
