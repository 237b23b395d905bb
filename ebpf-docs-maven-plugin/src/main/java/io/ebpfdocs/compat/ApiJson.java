package io.ebpfdocs.compat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ebpfdocs.compat.Compatibility.Feature;
import io.ebpfdocs.compat.Compatibility.Helper;
import io.ebpfdocs.compat.Compatibility.HelperUse;
import io.ebpfdocs.compat.Compatibility.Kfunc;
import io.ebpfdocs.compat.Compatibility.KfuncUse;
import io.ebpfdocs.compat.Compatibility.MapType;
import io.ebpfdocs.compat.Compatibility.ProgramType;
import io.ebpfdocs.compat.Compatibility.TypeUse;
import io.ebpfdocs.compat.Query.FlagMeaning;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The objects of the JSON API (v1), one method per shape; fields in a fixed order, every field
 * present, absent values as {@code null}. {@code api/v1/schema.json} describes them.
 */
public final class ApiJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  public static ObjectNode feature(Feature feature) {
    ObjectNode node = named(feature.name());
    node.put("group", feature.group());
    node.put("version", feature.release().map(Release::version).orElse(null));
    node.put("versionAsWritten", feature.release().flatMap(Release::differentlyWritten).orElse(null));
    node.put("commit", feature.release().flatMap(Release::commit).orElse(null));
    node.put("page", feature.page().orElse(null));
    return node;
  }

  public static ObjectNode programType(ProgramType type) {
    ObjectNode node = dated(type.name(), type.release(), type.page());
    node.set("helpers", array(type.helpers(), ApiJson::helperUse));
    node.set("kfuncs", array(type.kfuncs(), ApiJson::kfuncUse));
    return node;
  }

  public static ObjectNode mapType(MapType type) {
    ObjectNode node = dated(type.name(), type.release(), type.page());
    node.set("helpers", array(type.helpers(), ApiJson::helperUse));
    return node;
  }

  public static ObjectNode helper(Helper helper) {
    ObjectNode node = dated(helper.name(), helper.release(), helper.page());
    node.set("program_types", array(helper.programTypes(), t -> since(named(t.name()), t.since())));
    node.set("map_types", array(helper.mapTypes(), t -> since(named(t.name()), t.since())));
    return node;
  }

  public static ObjectNode kfunc(Kfunc kfunc) {
    ObjectNode node = dated(kfunc.name(), kfunc.release(), kfunc.page());
    node.set("flags", strings(kfunc.flags()));
    node.put("removed", kfunc.removed());
    node.set("program_types", array(kfunc.programTypes(), ApiJson::kfuncType));
    return node;
  }

  /** A KF_* flag and what it means for a program that calls a kfunc with it (null when nothing says). */
  public static ObjectNode kfuncFlag(FlagMeaning flag) {
    ObjectNode node = named(flag.flag());
    node.put("meaning", flag.meaning().orElse(null));
    return node;
  }

  public static ObjectNode helperUse(HelperUse use) {
    ObjectNode node = named(use.name());
    node.put("version", use.version().map(Release::version).orElse(null));
    return since(node, use.since());
  }

  public static ObjectNode kfuncUse(KfuncUse use) {
    ObjectNode node = named(use.name());
    node.put("version", use.version().map(Release::version).orElse(null));
    since(node, use.since());
    until(node, use.until());
    node.set("flags", strings(use.flags()));
    return node;
  }

  private static ObjectNode kfuncType(TypeUse use) {
    return until(since(named(use.name()), use.since()), use.until());
  }

  /** A JSON array of the given objects. */
  public static <T> ArrayNode array(Collection<T> items, Function<T, ObjectNode> shape) {
    ArrayNode array = MAPPER.createArrayNode();
    items.forEach(item -> array.add(shape.apply(item)));
    return array;
  }

  public static ArrayNode strings(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  /** Compact JSON text of a node. */
  public static String text(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode named(String name) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", name);
    return node;
  }

  private static ObjectNode dated(String name, Optional<Release> release, Optional<String> page) {
    ObjectNode node = named(name);
    node.put("version", release.map(Release::version).orElse(null));
    node.put("commit", release.flatMap(Release::commit).orElse(null));
    node.put("page", page.orElse(null));
    return node;
  }

  private static ObjectNode since(ObjectNode node, Optional<Release> since) {
    node.put("since", since.map(Release::version).orElse(null));
    node.put("sinceCommit", since.flatMap(Release::commit).orElse(null));
    return node;
  }

  private static ObjectNode until(ObjectNode node, Optional<Release> until) {
    node.put("until", until.map(Release::version).orElse(null));
    node.put("untilCommit", until.flatMap(Release::commit).orElse(null));
    return node;
  }
}
