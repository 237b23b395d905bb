package io.ebpfdocs.kfuncs;

import io.ebpfdocs.data.Since;
import io.ebpfdocs.features.Links;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contents of the three generated kfunc regions, as pure functions of their inputs. */
public final class KfuncRegions {
  private KfuncRegions() {}

  /** KFUNC_DEF: the signature as inline C, then the note of each flag that has one, in flag order. */
  public static String kfuncDef(String signature, List<String> flags, Map<String, String> flagNotes) {
    StringBuilder text = new StringBuilder("\n`#!c ").append(signature).append("`\n");
    for (String flag : flags) {
      text.append(flagNotes.getOrDefault(flag, ""));
    }
    return text.toString();
  }

  /** KFUNC_PROG_REF: one line per program type that may call the kfunc. */
  public static String kfuncProgRef(List<Versioned> programTypes) {
    return "\n" + links("- ", "../program-type/", programTypes);
  }

  /** PROG_KFUNC_REF: a collapsed list of the kfuncs a program type may call, or {@code noKfuncs}. */
  public static String progKfuncRef(List<Versioned> kfuncs, String noKfuncs) {
    if (kfuncs.isEmpty()) {
      return "\n" + noKfuncs;
    }
    return "\n??? abstract \"Supported kfuncs\"\n" + links("    - ", "../kfuncs/", kfuncs);
  }

  /** One list item per entry: a link to its page, then its availability. */
  private static String links(String bullet, String folder, List<Versioned> entries) {
    StringBuilder text = new StringBuilder();
    for (Versioned entry : entries) {
      text.append(bullet).append("[`").append(entry.name()).append("`](").append(folder).append(entry.name()).append(".md)")
          .append(availability(entry)).append('\n');
    }
    return text.toString();
  }

  /** " [since badge] - [until badge]", each part present only when known. */
  private static String availability(Versioned entry) {
    if (entry.since().isEmpty() && entry.until().isEmpty()) {
      return "";
    }
    return badge(entry.since()) + " - " + badge(entry.until());
  }

  private static String badge(Optional<Since> release) {
    return release.map(Links::releaseBadge).orElse("");
  }
}
