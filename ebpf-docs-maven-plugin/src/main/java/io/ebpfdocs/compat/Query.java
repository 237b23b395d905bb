package io.ebpfdocs.compat;

import io.ebpfdocs.compat.Compatibility.Feature;
import io.ebpfdocs.compat.Compatibility.Helper;
import io.ebpfdocs.compat.Compatibility.HelperUse;
import io.ebpfdocs.compat.Compatibility.Kfunc;
import io.ebpfdocs.compat.Compatibility.KfuncUse;
import io.ebpfdocs.compat.Compatibility.MapType;
import io.ebpfdocs.compat.Compatibility.ProgramType;
import io.ebpfdocs.compat.Compatibility.TypeUse;
import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Answers "what is this name?" and "what can this program type call on that kernel?" from {@link Compatibility}. */
public final class Query {
  static final String BACKPORTS = "Versions are those of mainline Linux; distribution kernels backport features, so an"
      + " older vendor kernel may have more than its version says (probe the running kernel when it matters).";

  /**
   * One thing a name is. Exactly one of the kind-specific entries is present for program types, map
   * types, helpers and kfuncs; syscall commands, library functions and other features have only
   * their feature (when dated) and page.
   */
  public record Match(Kind kind, String name, Optional<Feature> feature, Optional<String> page,
      Optional<ProgramType> programType, Optional<MapType> mapType, Optional<Helper> helper, Optional<Kfunc> kfunc) {

    /** The release the data gives for the name itself. */
    public Optional<Release> release() {
      return feature.flatMap(Feature::release);
    }
  }

  /** What a KF_* flag means for the caller (see {@link FlagMeanings}); empty when nothing says. */
  public record FlagMeaning(String flag, Optional<String> meaning) {}

  /** @param closest names close to an unknown one (empty when something matched) */
  public record NameAnswer(String name, List<Match> matches, List<String> closest, List<FlagMeaning> flags,
      List<String> notes) {}

  /**
   * What a program type can call on a kernel.
   *
   * @param available helpers and kfuncs whose own release and per-type release are both at most the kernel
   * @param later those that arrive after it, earliest first
   * @param undated those for which the data has no release at all
   * @param gone kfuncs the program type lost at or before the kernel
   */
  public record KernelAnswer(KernelVersion kernel, ProgramType programType, Calls available, Calls later,
      Calls undated, List<KfuncUse> gone, List<String> notes) {}

  /** Helpers and kfuncs of one part of a {@link KernelAnswer}. */
  public record Calls(List<HelperUse> helpers, List<KfuncUse> kfuncs) {}

  private static final String PROGRAM_TYPE_PREFIX = "BPF_PROG_TYPE_";

  private final Compatibility compat;

  public Query(Compatibility compat) {
    this.compat = compat;
  }

  public NameAnswer name(String name) {
    List<Match> matches = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      match(kind, name).ifPresent(matches::add);
    }
    List<FlagMeaning> flags = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Match match : matches) {
      match.kfunc().ifPresent(k -> {
        k.flags().forEach(flag -> flags.add(FlagMeanings.of(flag, compat.flagNotes())));
        undatedNote("kfunc", k.release(), k.programTypes()).ifPresent(notes::add);
        if (k.removed()) {
          notes.add(name + " is gone from the kernel (data/generators.yaml, kfuncs.removed): its page stays, program"
              + " types no longer list it.");
        }
      });
      match.helper().ifPresent(h -> undatedNote("helper", h.release(),
          Stream.concat(h.programTypes().stream(), h.mapTypes().stream()).toList()).ifPresent(notes::add));
    }
    if (matches.stream().anyMatch(m -> m.release().isPresent())) {
      notes.add(BACKPORTS);
    }
    List<String> closest = matches.isEmpty() ? EditDistance.closest(name, allNames(), 8) : List.of();
    return new NameAnswer(name, List.copyOf(matches), closest, List.copyOf(flags), List.copyOf(notes));
  }

  /**
   * @param programTypeName with or without {@code BPF_PROG_TYPE_}, in any case
   * @throws DocsException when the program type is unknown (the message lists close names) or the
   *     kernel is not a release the data knows (the message gives the releases it knows)
   */
  public KernelAnswer kernel(KernelVersion kernel, String programTypeName) throws DocsException {
    KnownReleases.of(compat).require(kernel);
    ProgramType type = compat.programType(programTypeName)
        .or(() -> compat.programType(programTypeName(programTypeName))).orElseThrow(() -> new DocsException(
        "unknown program type '" + programTypeName + "'; closest: "
            + String.join(", ", EditDistance.closest(programTypeName,
                compat.programTypes().stream().map(ProgramType::name).toList(), 5))));
    Sorter<HelperUse> helpers = new Sorter<>(kernel);
    type.helpers().forEach(h -> helpers.add(h, arrival(h.version(), h.since(), type.release()), Optional.empty()));
    Sorter<KfuncUse> kfuncs = new Sorter<>(kernel);
    type.kfuncs().forEach(k -> kfuncs.add(k, arrival(k.version(), k.since(), type.release()), k.until()));
    List<String> notes = new ArrayList<>();
    type.release().flatMap(Release::kernel).filter(v -> v.compareTo(kernel) > 0).ifPresent(v ->
        notes.add(type.name() + " itself arrived in " + v + ", after " + kernel + ": on " + kernel
            + " there is no such program type, whatever it could call later."));
    long helpersUndated = helpers.available.stream().filter(h -> h.since().isEmpty()).count();
    long kfuncsUndated = kfuncs.available.stream().filter(k -> k.since().isEmpty()).count();
    if (helpersUndated + kfuncsUndated > 0) {
      notes.add("For " + helpersUndated + " of the " + helpers.available.size() + " available helpers and "
          + kfuncsUndated + " of the " + kfuncs.available.size() + " available kfuncs the data has no date for "
          + type.name() + ": for those, the call's own release is a bound, not a promise that this program type"
          + " could make the call from that release on.");
    }
    notes.add(BACKPORTS);
    return new KernelAnswer(kernel, type,
        new Calls(helpers.available, kfuncs.available),
        new Calls(helpers.laterSorted(), kfuncs.laterSorted()),
        new Calls(helpers.undated, kfuncs.undated),
        List.copyOf(kfuncs.gone), List.copyOf(notes));
  }

  /** {@code xdp}, {@code XDP} and {@code bpf_prog_type_xdp} all name {@code BPF_PROG_TYPE_XDP}. */
  static String programTypeName(String typed) {
    String upper = typed.strip().toUpperCase(Locale.ROOT);
    return upper.startsWith(PROGRAM_TYPE_PREFIX) ? upper : PROGRAM_TYPE_PREFIX + upper;
  }

  /**
   * When a program type could make a call: the latest of the call's own release, its per-type release
   * and the type's own release, as far as known; empty when the data dates neither the call nor the
   * pairing (the type's release alone says nothing about the call).
   */
  static Optional<KernelVersion> arrival(Optional<Release> version, Optional<Release> since,
      Optional<Release> typeRelease) {
    Optional<KernelVersion> call = Stream.of(version, since).flatMap(Optional::stream).flatMap(r -> r.kernel().stream())
        .max(Comparator.naturalOrder());
    return call.map(c -> typeRelease.flatMap(Release::kernel).filter(t -> t.compareTo(c) > 0).orElse(c));
  }

  /** Sorts the calls of one kind into available, later, undated and gone for one kernel. */
  private static final class Sorter<T> {
    private final KernelVersion kernel;
    final List<T> available = new ArrayList<>();
    final List<T> undated = new ArrayList<>();
    final List<T> gone = new ArrayList<>();
    private final List<Map.Entry<KernelVersion, T>> later = new ArrayList<>();

    Sorter(KernelVersion kernel) {
      this.kernel = kernel;
    }

    void add(T call, Optional<KernelVersion> arrival, Optional<Release> until) {
      if (until.flatMap(Release::kernel).filter(u -> u.compareTo(kernel) <= 0).isPresent()) {
        gone.add(call);
      } else if (arrival.isEmpty()) {
        undated.add(call);
      } else if (arrival.get().compareTo(kernel) <= 0) {
        available.add(call);
      } else {
        later.add(Map.entry(arrival.get(), call));
      }
    }

    /** Earliest arrival first; the lists arrive sorted by name and the sort is stable. */
    List<T> laterSorted() {
      return later.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }
  }

  private Optional<Match> match(Kind kind, String name) {
    Optional<Feature> feature = compat.features().stream()
        .filter(f -> f.name().equals(name) && Kind.ofFeatureGroup(f.group()) == kind)
        .reduce((first, second) -> second);
    Optional<String> page = compat.page(kind, name);
    Optional<ProgramType> programType = kind == Kind.PROGRAM_TYPE ? compat.programType(name) : Optional.empty();
    Optional<MapType> mapType = kind == Kind.MAP_TYPE ? compat.mapType(name) : Optional.empty();
    Optional<Helper> helper = kind == Kind.HELPER ? compat.helper(name) : Optional.empty();
    Optional<Kfunc> kfunc = kind == Kind.KFUNC ? compat.kfunc(name) : Optional.empty();
    if (feature.isEmpty() && page.isEmpty() && programType.isEmpty() && mapType.isEmpty() && helper.isEmpty()
        && kfunc.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Match(kind, name, feature, page, programType, mapType, helper, kfunc));
  }

  /** Says where the data has no per-type date, so that the own release is only a bound. */
  private static Optional<String> undatedNote(String what, Optional<Release> release, List<TypeUse> types) {
    long undated = types.stream().filter(t -> t.since().isEmpty()).count();
    if (undated == 0) {
      return Optional.empty();
    }
    return Optional.of("For " + undated + " of the " + types.size() + " types listed the data has no per-type date: for"
        + " those, " + release.map(Release::version).orElse("the") + " (the " + what + "'s own release) is a bound, not a"
        + " promise that the type could use it from that release on.");
  }

  /** Every name an answer can suggest: the data's and the reference pages'. */
  private Set<String> allNames() {
    Set<String> names = new TreeSet<>();
    compat.features().forEach(f -> names.add(f.name()));
    compat.programTypes().forEach(t -> names.add(t.name()));
    compat.mapTypes().forEach(t -> names.add(t.name()));
    compat.helpers().forEach(h -> names.add(h.name()));
    compat.kfuncs().forEach(k -> names.add(k.name()));
    for (Kind kind : Kind.values()) {
      compat.pages().forEach(page -> kind.nameOf(page).ifPresent(names::add));
    }
    return names;
  }
}
