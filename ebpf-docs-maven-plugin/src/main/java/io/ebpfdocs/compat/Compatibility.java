package io.ebpfdocs.compat;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.data.HelperFunctions;
import io.ebpfdocs.kfuncs.KfuncCatalog;
import io.ebpfdocs.kfuncs.KfuncRefFactory.KfuncData;
import io.ebpfdocs.kfuncs.Versioned;
import io.ebpfdocs.site.SitePaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which helpers and kfuncs each program type and map type may use, since which release, and the
 * reverse views, from the resolutions the generators use ({@link HelperFunctions} for the helper
 * lists, {@link KfuncCatalog} for the kfunc lists), dated by data/feature-versions.yaml and linked
 * to the pages of the tree. Every list is sorted by name.
 */
public final class Compatibility {

  /** An entry of data/feature-versions.yaml. */
  public record Feature(String name, String group, Optional<Release> release, Optional<String> page) {}

  /** A helper in a program type's or map type's list: the helper's own release and the type's {@code since}. */
  public record HelperUse(String name, Optional<Release> version, Optional<Release> since) {}

  /** A kfunc in a program type's list: its own release, when the type gained or lost it, its KF_* flags. */
  public record KfuncUse(String name, Optional<Release> version, Optional<Release> since, Optional<Release> until,
      List<String> flags) {}

  /** A program or map type that may use a helper or kfunc, with the releases of that pairing. */
  public record TypeUse(String name, Optional<Release> since, Optional<Release> until) {}

  public record ProgramType(String name, Optional<Release> release, Optional<String> page, List<HelperUse> helpers,
      List<KfuncUse> kfuncs) {}

  public record MapType(String name, Optional<Release> release, Optional<String> page, List<HelperUse> helpers) {}

  public record Helper(String name, Optional<Release> release, Optional<String> page, List<TypeUse> programTypes,
      List<TypeUse> mapTypes) {}

  /** @param removed gone from the kernel: kept on its page, left out of the program types' lists */
  public record Kfunc(String name, Optional<Release> release, Optional<String> page, List<String> flags,
      boolean removed, List<TypeUse> programTypes) {}

  private final List<Feature> features;
  private final Map<String, ProgramType> programTypes;
  private final Map<String, MapType> mapTypes;
  private final Map<String, Helper> helpers;
  private final Map<String, Kfunc> kfuncs;
  private final Set<String> pages;
  private final Map<String, String> flagNotes;

  private Compatibility(Builder b) {
    this.features = b.features;
    this.programTypes = b.programTypes;
    this.mapTypes = b.mapTypes;
    this.helpers = b.helpers;
    this.kfuncs = b.kfuncs;
    this.pages = b.pages;
    this.flagNotes = b.kfuncData.map(k -> k.settings().flagNotes()).orElse(Map.of());
  }

  /**
   * @param pages every page of the tree, docs-relative ({@code linux/kfuncs/bpf_obj_new.md})
   */
  public static Compatibility of(Optional<FeatureVersions> featureVersions, Optional<HelperFunctions> helperData,
      Optional<KfuncData> kfuncData, Set<String> pages) {
    return new Builder(featureVersions, helperData, kfuncData, pages).build();
  }

  /** Every entry of data/feature-versions.yaml, sorted by name, then group. */
  public List<Feature> features() {
    return features;
  }

  public Collection<ProgramType> programTypes() {
    return programTypes.values();
  }

  public Collection<MapType> mapTypes() {
    return mapTypes.values();
  }

  public Collection<Helper> helpers() {
    return helpers.values();
  }

  public Collection<Kfunc> kfuncs() {
    return kfuncs.values();
  }

  public Optional<ProgramType> programType(String name) {
    return Optional.ofNullable(programTypes.get(name));
  }

  public Optional<MapType> mapType(String name) {
    return Optional.ofNullable(mapTypes.get(name));
  }

  public Optional<Helper> helper(String name) {
    return Optional.ofNullable(helpers.get(name));
  }

  public Optional<Kfunc> kfunc(String name) {
    return Optional.ofNullable(kfuncs.get(name));
  }

  /** The site URL of the page of a name of that kind, when the tree has the page. */
  public Optional<String> page(Kind kind, String name) {
    return page(kind, name, pages);
  }

  /** Every docs-relative page of the tree, sorted. */
  public Set<String> pages() {
    return pages;
  }

  /** What each KF_* flag means for the caller, as the notes of data/generators.yaml say it (Markdown). */
  public Map<String, String> flagNotes() {
    return flagNotes;
  }

  /** The site URL ({@code linux/kfuncs/x/}, as MkDocs lays it out) of the page of a name, when {@code pages} has it. */
  private static Optional<String> page(Kind kind, String name, Set<String> pages) {
    return kind.pagePath(name).filter(pages::contains).map(SitePaths::pageDir);
  }

  /** Collects the names of each kind from every source, then resolves them. */
  private static final class Builder {
    private final Optional<FeatureVersions> featureVersions;
    private final Optional<HelperFunctions> helperData;
    private final Optional<KfuncData> kfuncData;
    private final Set<String> pages;
    private final List<Feature> features = new ArrayList<>();
    private final Map<String, Feature> featureByName = new HashMap<>();
    private final Map<String, ProgramType> programTypes = new TreeMap<>();
    private final Map<String, MapType> mapTypes = new TreeMap<>();
    private final Map<String, Helper> helpers = new TreeMap<>();
    private final Map<String, Kfunc> kfuncs = new TreeMap<>();

    Builder(Optional<FeatureVersions> featureVersions, Optional<HelperFunctions> helperData,
        Optional<KfuncData> kfuncData, Set<String> pages) {
      this.featureVersions = featureVersions;
      this.helperData = helperData;
      this.kfuncData = kfuncData;
      this.pages = new TreeSet<>(pages);
    }

    Compatibility build() {
      readFeatures();
      Map<String, List<HelperFunctions.Helper>> programHelpers = helperData.map(HelperFunctions::programs).orElse(Map.of());
      Map<String, List<HelperFunctions.Helper>> mapHelpers = helperData.map(HelperFunctions::maps).orElse(Map.of());
      Optional<KfuncCatalog> catalog = kfuncData.map(KfuncData::catalog);
      Set<String> removed = Set.copyOf(kfuncData.map(k -> k.settings().removed()).orElse(List.of()));

      Set<String> programNames = names(Kind.PROGRAM_TYPE, programHelpers.keySet());
      catalog.ifPresent(c -> c.kfuncs().forEach(k -> k.programTypes().forEach(t -> programNames.add(t.name()))));
      for (String name : programNames) {
        List<KfuncUse> kfuncUses = new ArrayList<>();
        for (Versioned kfunc : catalog.map(c -> c.kfuncsOf(name)).orElse(List.of())) {
          List<String> flags = catalog.get().kfunc(kfunc.name()).map(KfuncCatalog.Kfunc::flags).orElse(List.of());
          kfuncUses.add(new KfuncUse(kfunc.name(), release(kfunc.name()), Release.of(kfunc.since()),
              Release.of(kfunc.until()), flags));
        }
        programTypes.put(name, new ProgramType(name, release(name), page(Kind.PROGRAM_TYPE, name),
            helperUses(programHelpers.get(name)), List.copyOf(kfuncUses)));
      }
      for (String name : names(Kind.MAP_TYPE, mapHelpers.keySet())) {
        mapTypes.put(name, new MapType(name, release(name), page(Kind.MAP_TYPE, name), helperUses(mapHelpers.get(name))));
      }
      Map<String, List<HelperFunctions.Helper>> programsByHelper =
          helperData.map(HelperFunctions::programsByHelper).orElse(Map.of());
      Map<String, List<HelperFunctions.Helper>> mapsByHelper = helperData.map(HelperFunctions::mapsByHelper).orElse(Map.of());
      Set<String> helperNames = names(Kind.HELPER, programsByHelper.keySet());
      helperNames.addAll(mapsByHelper.keySet());
      for (String name : helperNames) {
        helpers.put(name, new Helper(name, release(name), page(Kind.HELPER, name),
            typeUses(programsByHelper.get(name)), typeUses(mapsByHelper.get(name))));
      }
      Set<String> kfuncNames = names(Kind.KFUNC, Set.of());
      catalog.ifPresent(c -> c.kfuncs().forEach(k -> kfuncNames.add(k.name())));
      for (String name : kfuncNames) {
        Optional<KfuncCatalog.Kfunc> kfunc = catalog.flatMap(c -> c.kfunc(name));
        List<TypeUse> types = kfunc.map(k -> k.programTypes().stream()
            .map(t -> new TypeUse(t.name(), Release.of(t.since()), Release.of(t.until()))).toList()).orElse(List.of());
        kfuncs.put(name, new Kfunc(name, release(name), page(Kind.KFUNC, name),
            kfunc.map(KfuncCatalog.Kfunc::flags).orElse(List.of()), removed.contains(name), types));
      }
      return new Compatibility(this);
    }

    private void readFeatures() {
      for (FeatureVersions.Group group : featureVersions.map(FeatureVersions::groups).orElse(List.of())) {
        Kind kind = Kind.ofFeatureGroup(group.name());
        for (FeatureVersions.Feature feature : group.features()) {
          Feature entry = new Feature(feature.name(), group.name(), Release.of(feature.version(), feature.commit()),
              page(kind, feature.name()));
          features.add(entry);
          featureByName.put(feature.name(), entry);
        }
      }
      features.sort(Comparator.comparing(Feature::name).thenComparing(Feature::group));
    }

    /** The names of a kind: its pages, its feature group and the given data names. */
    private Set<String> names(Kind kind, Set<String> fromData) {
      Set<String> names = new TreeSet<>(fromData);
      pages.forEach(page -> kind.nameOf(page).ifPresent(names::add));
      kind.featureGroup().ifPresent(group -> features.stream().filter(f -> f.group().equals(group))
          .forEach(f -> names.add(f.name())));
      return names;
    }

    private Optional<Release> release(String name) {
      return Optional.ofNullable(featureByName.get(name)).flatMap(Feature::release);
    }

    private Optional<String> page(Kind kind, String name) {
      return Compatibility.page(kind, name, pages);
    }

    private List<HelperUse> helperUses(List<HelperFunctions.Helper> list) {
      if (list == null) {
        return List.of();
      }
      return list.stream().map(h -> new HelperUse(h.name(), release(h.name()), Release.of(h.since()))).toList();
    }

    private static List<TypeUse> typeUses(List<HelperFunctions.Helper> list) {
      if (list == null) {
        return List.of();
      }
      return list.stream().map(t -> new TypeUse(t.name(), Release.of(t.since()), Optional.empty())).toList();
    }
  }
}
