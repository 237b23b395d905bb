package io.ebpfdocs.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ebpfdocs.compat.Compatibility.HelperUse;
import io.ebpfdocs.compat.Compatibility.KfuncUse;
import io.ebpfdocs.compat.Compatibility.TypeUse;
import io.ebpfdocs.compat.Query.Calls;
import io.ebpfdocs.compat.Query.KernelAnswer;
import io.ebpfdocs.compat.Query.Match;
import io.ebpfdocs.compat.Query.NameAnswer;
import io.ebpfdocs.features.KernelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers of {@link Query} as lines for a terminal and as JSON in the shapes of the API. */
public final class QueryReport {
  private static final String INDENT = "  ";

  private QueryReport() {}

  public static List<String> lines(NameAnswer answer) {
    List<String> out = new ArrayList<>();
    if (answer.matches().isEmpty()) {
      out.add(answer.name() + ": not a name the data or the reference pages know.");
      out.add(answer.closest().isEmpty() ? "No close names." : "Closest: " + String.join(", ", answer.closest()));
      return out;
    }
    out.add(answer.name() + " is " + String.join(" and ",
        answer.matches().stream().map(m -> "a " + m.kind().label()).toList()) + ".");
    for (Match match : answer.matches()) {
      out.add("As a " + match.kind().label() + ": "
          + match.release().map(r -> "since " + r).orElse("no release in the data")
          + match.feature().filter(f -> Kind.ofFeatureGroup(f.group()) == Kind.FEATURE).map(f -> ", group " + f.group())
              .orElse("")
          + match.page().map(p -> ", page " + p).orElse(", no page") + ".");
      match.helper().ifPresent(h -> {
        types(out, "Program types that may call it", h.programTypes());
        types(out, "Map types it works with", h.mapTypes());
      });
      match.kfunc().ifPresent(k -> {
        types(out, "Program types that may call it", k.programTypes());
        out.add(INDENT + "Flags: " + (k.flags().isEmpty() ? "none" : String.join(", ", k.flags())));
      });
      match.programType().ifPresent(t -> out.add(INDENT + "It may call " + count(t.helpers().size(), "helper") + " and "
          + count(t.kfuncs().size(), "kfunc") + " (-Debpfdocs.kernel=vX.Y -Debpfdocs.progType=" + t.name() + " lists them)."));
      match.mapType().ifPresent(t -> out.add(INDENT + "Helpers that work with it (" + t.helpers().size() + "): "
          + (t.helpers().isEmpty() ? "none" : String.join(", ", t.helpers().stream().map(HelperUse::name).toList()))));
    }
    answer.flags().forEach(f -> out.add(INDENT + f.flag() + ": " + f.meaning().orElse("(neither the data nor this plugin says what this flag means)")));
    answer.notes().forEach(n -> out.add("Note: " + n));
    return out;
  }

  public static List<String> lines(KernelAnswer answer) {
    List<String> out = new ArrayList<>();
    String type = answer.programType().name();
    out.add(type + " on " + answer.kernel() + ": " + count(answer.available().helpers().size(), "helper") + " and "
        + count(answer.available().kfuncs().size(), "kfunc") + " available; " + count(answer.later().helpers().size(), "helper")
        + " and " + count(answer.later().kfuncs().size(), "kfunc") + " arrive later.");
    Optional<Release> typeRelease = answer.programType().release();
    calls(out, "Available", answer.available(), typeRelease, false);
    calls(out, "Later", answer.later(), typeRelease, true);
    calls(out, "No release in the data", answer.undated(), typeRelease, false);
    if (!answer.gone().isEmpty()) {
      out.add("Gone by " + answer.kernel() + ":");
      answer.gone().forEach(k -> out.add(INDENT + "kfunc " + k.name() + " until " + k.until().map(Release::version).orElse("?")));
    }
    answer.notes().forEach(n -> out.add("Note: " + n));
    return out;
  }

  public static ObjectNode json(NameAnswer answer) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("name", answer.name());
    node.set("matches", ApiJson.array(answer.matches(), QueryReport::match));
    node.set("closest", ApiJson.strings(answer.closest()));
    node.set("flags", ApiJson.array(answer.flags(), f -> {
      ObjectNode flag = ApiJson.MAPPER.createObjectNode();
      flag.put("flag", f.flag());
      flag.put("meaning", f.meaning().orElse(null));
      return flag;
    }));
    node.set("notes", ApiJson.strings(answer.notes()));
    return node;
  }

  public static ObjectNode json(KernelAnswer answer) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("kernel", answer.kernel().toString());
    node.put("programType", answer.programType().name());
    node.set("available", calls(answer.available()));
    node.set("later", calls(answer.later()));
    node.set("undated", calls(answer.undated()));
    node.set("gone", ApiJson.array(answer.gone(), ApiJson::kfuncUse));
    node.set("notes", ApiJson.strings(answer.notes()));
    return node;
  }

  /**
   * {@code kind} and the object of the API file of that kind; for the kinds without a file of their
   * own, the feature when the data dates the name, else only name and page.
   */
  private static ObjectNode match(Match match) {
    ObjectNode entry = match.helper().map(ApiJson::helper)
        .or(() -> match.kfunc().map(ApiJson::kfunc))
        .or(() -> match.programType().map(ApiJson::programType))
        .or(() -> match.mapType().map(ApiJson::mapType))
        .or(() -> match.feature().map(ApiJson::feature))
        .orElseGet(() -> {
          ObjectNode page = ApiJson.MAPPER.createObjectNode();
          page.put("name", match.name());
          page.put("page", match.page().orElse(null));
          return page;
        });
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.put("kind", match.kind().name().toLowerCase(java.util.Locale.ROOT));
    node.setAll(entry);
    return node;
  }

  private static ObjectNode calls(Calls calls) {
    ObjectNode node = ApiJson.MAPPER.createObjectNode();
    node.set("helpers", ApiJson.array(calls.helpers(), ApiJson::helperUse));
    node.set("kfuncs", ApiJson.array(calls.kfuncs(), ApiJson::kfuncUse));
    return node;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void types(List<String> out, String title, List<TypeUse> types) {
    out.add(INDENT + title + " (" + types.size() + ")" + (types.isEmpty() ? ": none" : ":"));
    for (TypeUse type : types) {
      out.add(INDENT + INDENT + type.name() + type.since().map(s -> " since " + s).orElse("")
          + type.until().map(u -> ", until " + u).orElse(""));
    }
  }

  /** @param withArrival say when each call arrives in the program type (released in {@code typeRelease}) */
  private static void calls(List<String> out, String title, Calls calls, Optional<Release> typeRelease,
      boolean withArrival) {
    if (calls.helpers().isEmpty() && calls.kfuncs().isEmpty()) {
      return;
    }
    out.add(title + ":");
    for (HelperUse h : calls.helpers()) {
      out.add(INDENT + "helper " + h.name() + version(h.version(), h.since(), typeRelease, withArrival));
    }
    for (KfuncUse k : calls.kfuncs()) {
      out.add(INDENT + "kfunc " + k.name() + version(k.version(), k.since(), typeRelease, withArrival)
          + (k.flags().isEmpty() ? "" : " [" + String.join(", ", k.flags()) + "]"));
    }
  }

  /**
   * " v4.6", " (own release v4.18, for this type since v6.4)"; with the arrival " from v6.4 (own release
   * v4.18, for this type since v6.4)", " from v5.5 (own release v3.18, the program type itself since v5.5)".
   */
  private static String version(Optional<Release> version, Optional<Release> since, Optional<Release> typeRelease,
      boolean withArrival) {
    String own = version.map(Release::version).orElse("no own release");
    String detail = "own release " + own + since.map(s -> ", for this type since " + s.version()).orElse("");
    if (!withArrival) {
      return since.isEmpty() ? " " + own : " (" + detail + ")";
    }
    Optional<KernelVersion> from = Query.arrival(version, since, typeRelease);
    boolean byType = from.isPresent() && !from.equals(Query.arrival(version, since, Optional.empty()));
    return from.map(v -> " from " + v).orElse("") + (since.isPresent() || byType
        ? " (" + detail + (byType ? ", the program type itself since " + from.get() : "") + ")" : "");
  }
}
