package io.ebpfdocs.features;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.data.FeatureVersions.Feature;
import io.ebpfdocs.generate.Generator;
import io.ebpfdocs.markers.Marker;
import io.ebpfdocs.markers.MarkerEngine;
import io.ebpfdocs.pages.PageStore;
import io.ebpfdocs.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code gen-feature-tags}: the version badge in every FEATURE_TAG region of the reference
 * folders, and the timeline page.
 */
public final class FeatureTagGenerator implements Generator {
  public static final String NAME = "gen-feature-tags";
  /** The page it writes whole rather than by markers. */
  public static final String TIMELINE_PAGE = Timeline.PAGE;
  static final Marker FEATURE_TAG = Marker.withArgument("FEATURE_TAG");
  /** The folders the original scanned, in its order. */
  static final List<String> FOLDERS =
      List.of(
          "linux/program-type", "linux/helper-function", "linux/map-type", "linux/syscall", "linux/kfuncs");

  private final FeatureVersions data;
  private final String dataFileName;
  private final Function<String, String> displayName;

  /**
   * @param dataFileName how messages name the data file
   * @param displayName how messages name a page, from its docs-relative path
   */
  public FeatureTagGenerator(FeatureVersions data, String dataFileName, Function<String, String> displayName) {
    this.data = data;
    this.dataFileName = dataFileName;
    this.displayName = displayName;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void generate(PageStore pages, Report report) {
    Map<String, Feature> features = data.byName();
    List<String> unknown = new ArrayList<>();
    for (String folder : FOLDERS) {
      for (String page : pages.list(folder)) {
        Optional<String> text = pages.read(page);
        if (text.isEmpty()) {
          continue; // not valid UTF-8: the store has warned and leaves it alone
        }
        String shown = displayName.apply(page);
        pages.update(page, MarkerEngine.rewrite(shown, text.get(), FEATURE_TAG, region -> {
          Feature feature = features.get(region.argument());
          if (feature == null) {
            unknown.add(region.argument() + " (" + shown + ":" + region.line() + ")");
          }
          return tag(feature);
        }, report));
      }
    }
    if (!unknown.isEmpty()) {
      report.warn(dataFileName, 0, "FEATURE_TAG names missing from the data, tagged 'unknown': "
          + String.join(", ", unknown) + "; add them to " + dataFileName);
    }
    new Timeline(data, dataFileName, displayName).generate(pages, report);
  }

  static String tag(Feature feature) {
    if (feature == null) {
      return "\n:octicons-tag-24: unknown\n";
    }
    return "\n[:octicons-tag-24: " + feature.version() + "](" + Links.linuxCommit(feature.commit()) + ")\n";
  }
}
