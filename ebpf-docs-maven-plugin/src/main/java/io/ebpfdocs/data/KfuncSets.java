package io.ebpfdocs.data;

import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code data/kfuncs.yaml}: kfunc id sets, their functions with KF_* flags and their program types. */
public record KfuncSets(List<KfuncSet> sets) {
  public static final String FILE = "kfuncs.yaml";

  public record KfuncSet(String name, List<Func> funcs, List<ProgramType> programTypes, int line) {}

  /** @param exceptProgramTypes program types of the set that may not call this function */
  public record Func(String name, List<String> flags, List<String> exceptProgramTypes, int line) {}

  public record ProgramType(String name, Optional<Since> since, Optional<Since> until, int line) {}

  static KfuncSets read(YamlFile file) throws DocsException {
    Map<String, YamlNode> root = file.mapping(file.root(), "the file");
    List<KfuncSet> sets = new ArrayList<>();
    YamlNode setsNode = root.get("sets");
    if (setsNode == null) {
      return new KfuncSets(List.of());
    }
    for (Map.Entry<String, YamlNode> set : file.mapping(setsNode, "sets").entrySet()) {
      Map<String, YamlNode> fields = file.mapping(set.getValue(), "set " + set.getKey());
      sets.add(
          new KfuncSet(
              set.getKey(),
              funcs(file, fields.get("funcs"), set.getKey()),
              programTypes(file, fields.get("program_types"), "set " + set.getKey()),
              set.getValue().line()));
    }
    return new KfuncSets(List.copyOf(sets));
  }

  private static List<Func> funcs(YamlFile file, YamlNode node, String set) throws DocsException {
    List<Func> funcs = new ArrayList<>();
    for (YamlNode item : node == null ? List.<YamlNode>of() : file.sequence(node, "funcs of " + set)) {
      Map<String, YamlNode> fields = file.mapping(item, "a kfunc of " + set);
      String name = PageName.check(file, item, file.requiredScalar(fields, item, "name", "kfunc"));
      List<String> except = new ArrayList<>();
      YamlNode exceptNode = fields.get("except");
      if (exceptNode != null) {
        for (ProgramType type : programTypes(file, file.mapping(exceptNode, "except").get("program_types"), "except")) {
          except.add(type.name());
        }
      }
      funcs.add(new Func(name, file.scalars(fields, "flags", "kfunc " + name), List.copyOf(except), item.line()));
    }
    return List.copyOf(funcs);
  }

  private static List<ProgramType> programTypes(YamlFile file, YamlNode node, String where) throws DocsException {
    List<ProgramType> types = new ArrayList<>();
    for (YamlNode item : node == null ? List.<YamlNode>of() : file.sequence(node, "program_types of " + where)) {
      Map<String, YamlNode> fields = file.mapping(item, "a program type of " + where);
      String name = PageName.check(file, item, file.requiredScalar(fields, item, "name", "program type"));
      types.add(new ProgramType(name, Since.read(file, fields, "since"), Since.read(file, fields, "until"), item.line()));
    }
    return List.copyOf(types);
  }
}
