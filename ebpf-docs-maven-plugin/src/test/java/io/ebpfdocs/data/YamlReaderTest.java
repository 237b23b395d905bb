package io.ebpfdocs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.PropertyCheck;
import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YamlReaderTest {
  private static final String FILE = "data/x.yaml";

  private static YamlNode parse(String yaml) throws Exception {
    return YamlReader.parse(yaml, FILE);
  }

  private static String error(String yaml) {
    return assertThrows(DocsException.class, () -> parse(yaml)).getMessage();
  }

  @Test
  void malformedYamlNamesFileAndLine() {
    String message = error("a: 1\nb: [1, 2\nc: 3\n");
    assertEquals(FILE + ":3: not valid YAML at column 2: expected ',' or ']', but got :; fix the file and run again", message);
  }

  @Test
  void aTabIsReportedAtItsOwnLineOnce() {
    String message = error("a:\n  - 1\n\t- 2\n");
    assertEquals(FILE + ":3: not valid YAML at column 1: found character '\\t(TAB)' that cannot start any token."
        + " (Do not use \\t(TAB) for indentation); fix the file and run again", message);
  }

  @Test
  void duplicateKeyIsRefusedWithItsLine() {
    assertEquals(FILE + ":3: not valid YAML: Duplicate field 'a'; fix the file and run again",
        error("a: 1\nb: 2\na: 3\n"));
    assertEquals(FILE + ":4: not valid YAML: Duplicate field 'k'; fix the file and run again",
        error("top:\n  k: 1\n  j: 2\n  k: 3\n"));
  }

  @Test
  void sameKeyInDifferentMappingsIsFine() throws Exception {
    assertEquals(plain(parse("a: {k: 1}\nb: {k: 2}\n")), new Map_(List.of(
        List.of("a", new Map_(List.of(List.of("k", "1")))), List.of("b", new Map_(List.of(List.of("k", "2")))))));
  }

  @Test
  void aSecondDocumentIsRefusedNotDropped() throws Exception {
    assertEquals(FILE + ":3: a second YAML document; keep the data in one document (remove the '---' line)",
        error("a: 1\n---\nb: 2\n"));
    assertEquals(FILE + ":2: a second YAML document; keep the data in one document (remove the '---' line)",
        error("- 1\n--- [2]\n"));
    assertEquals(plain(parse("---\na: 1\n...\n")), new Map_(List.of(List.of("a", "1"))));
  }

  @Test
  void aliasWithoutAnchorIsRefused() {
    assertEquals(FILE + ":2: alias *nope names no anchor; define &nope before using it", error("a: 1\nb: *nope\n"));
  }

  @Test
  void billionLaughsIsRefusedNotExpanded() {
    // Ten levels of ten aliases each would expand to 10^10 nodes; the text is under 1 kB.
    StringBuilder yaml = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level < 10; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    assertEquals(FILE + ":6: aliases expand to more than " + YamlReader.MAX_EXPANDED_NODES
        + " nodes; refusing to expand them (write the values out or use fewer nested aliases)", error(yaml.toString()));
  }

  @Test
  void smallAliasesShareTheAnchoredNode() throws Exception {
    YamlNode.Mapping root = (YamlNode.Mapping) parse("base: &b\n  - x\n  - {y: z}\nuse: *b\nmore: [*b, *b]\n");
    assertSame(root.entries().get("base"), root.entries().get("use"));
    List<YamlNode> more = ((YamlNode.Sequence) root.entries().get("more")).items();
    assertSame(root.entries().get("base"), more.get(0));
    assertEquals(plain(root.entries().get("base")), List.of("x", new Map_(List.of(List.of("y", "z")))));
  }

  @Test
  void scalarAliasesWork() throws Exception {
    YamlNode.Mapping root = (YamlNode.Mapping) parse(
        "v: &v 6.10\nw: *v\nlist: [&n ~, *n, &q 'x y', *q]\nm: &m {k: &inner z}\nz: *inner\nn: *m\n");
    assertEquals(new YamlNode.Scalar("6.10", 1), root.entries().get("w"));
    assertEquals(List.of("", "", "x y", "x y"), plain(root.entries().get("list")));
    assertEquals("z", plain(root.entries().get("z")));
    assertSame(root.entries().get("m"), root.entries().get("n"));
  }

  @Test
  void scalarsKeepTheirTextAsWritten() throws Exception {
    YamlNode.Mapping root = (YamlNode.Mapping) parse(
        "v: 6.10\nw: 07\nx: 1_000\ny: 0x1F\nz: true\nq: '6.10'\nd: \"a\\tb\"\nf: 1e3\nn: ~\ne:\nv2: v6.1\n");
    Map<String, String> texts = new LinkedHashMap<>();
    root.entries().forEach((k, v) -> texts.put(k, ((YamlNode.Scalar) v).text()));
    assertEquals("{v=6.10, w=07, x=1_000, y=0x1F, z=true, q=6.10, d=a\tb, f=1e3, n=, e=, v2=v6.1}", texts.toString());
  }

  @Test
  void nodesKnowTheirLines() throws Exception {
    YamlNode.Mapping root = (YamlNode.Mapping) parse("# comment\n\nlist:\n  - a\n  - name: b\n    since: 6.10\n");
    YamlNode.Sequence list = (YamlNode.Sequence) root.entries().get("list");
    assertEquals(4, list.items().get(0).line());
    YamlNode.Mapping item = (YamlNode.Mapping) list.items().get(1);
    assertEquals(5, item.line());
    assertEquals(6, item.entries().get("since").line());
  }

  @Test
  void emptyDocumentIsAnEmptyMapping() throws Exception {
    assertEquals(new YamlNode.Mapping(Map.of(), 1), parse(""));
    assertEquals(new YamlNode.Mapping(Map.of(), 1), parse("# only a comment\n"));
  }

  // --- property: random trees written as YAML read back as the same tree ---

  /** A mapping as ordered [key, value] pairs, so that order is compared too. */
  private record Map_(List<List<Object>> entries) {}

  private static Object plain(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      List<List<Object>> entries = new ArrayList<>();
      m.entries().forEach((k, v) -> entries.add(List.of(k, plain(v))));
      return new Map_(entries);
    }
    if (node instanceof YamlNode.Sequence s) {
      return s.items().stream().map(YamlReaderTest::plain).toList();
    }
    return ((YamlNode.Scalar) node).text();
  }

  private static final String[] PLAIN_WORDS = {"a", "bpf_map", "BPF_PROG_TYPE_XDP", "6.10", "07", "v7.1", "x-y", "ü", "1e3", "0"};
  private static final String[] QUOTED_PIECES = {"a", " ", ": ", "#", "'", "\"", "\\", "\t", "-", "[", "]", "{", "}", ",", "é", "😀", "null", "*", "&", "!"};

  private static Object randomTree(Random random, int depth) {
    int kind = depth >= 4 ? 0 : random.nextInt(3);
    if (kind == 0) {
      return random.nextBoolean()
          ? PLAIN_WORDS[random.nextInt(PLAIN_WORDS.length)]
          : PropertyCheck.text(random, QUOTED_PIECES, 6);
    }
    int size = random.nextInt(4);
    if (kind == 1) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(randomTree(random, depth + 1));
      }
      return list;
    }
    List<List<Object>> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String key = random.nextBoolean() ? "k" + i : "key " + i + ": é";
      entries.add(List.of(key, randomTree(random, depth + 1)));
    }
    return new Map_(entries);
  }

  private static String scalar(Random random, String text) {
    boolean plainSafe = List.of(PLAIN_WORDS).contains(text) || text.matches("k\\d+");
    int style = plainSafe ? random.nextInt(3) : 1 + random.nextInt(2);
    return switch (style) {
      case 0 -> text;
      case 1 -> "'" + text.replace("'", "''") + "'";
      default -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    };
  }

  /** Flow style: [a, b] and {k: v}, every scalar quoted or plain-safe. */
  private static String flow(Random random, Object tree) {
    if (tree instanceof Map_ m) {
      List<String> parts = new ArrayList<>();
      m.entries().forEach(e -> parts.add(scalar(random, (String) e.get(0)) + ": " + flow(random, e.get(1))));
      return "{" + String.join(", ", parts) + "}";
    }
    if (tree instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(item -> parts.add(flow(random, item)));
      return "[" + String.join(", ", parts) + "]";
    }
    return scalar(random, (String) tree);
  }

  /** Block style, sometimes switching to flow style for a value; comments and blank lines between. */
  private static void block(Random random, Object tree, String indent, StringBuilder out) {
    if (tree instanceof Map_ m) {
      for (List<Object> e : m.entries()) {
        if (random.nextInt(5) == 0) {
          out.append(random.nextBoolean() ? "\n" : indent + "# a comment: with [brackets]\n");
        }
        out.append(indent).append(scalar(random, (String) e.get(0))).append(':');
        value(random, e.get(1), indent, out);
      }
    } else {
      for (Object item : (List<?>) tree) {
        out.append(indent).append('-');
        value(random, item, indent, out);
      }
    }
  }

  private static void value(Random random, Object value, String indent, StringBuilder out) {
    boolean empty = value instanceof Map_ m && m.entries().isEmpty() || value instanceof List<?> l && l.isEmpty();
    if (!(value instanceof String) && !empty && random.nextBoolean()) {
      out.append('\n');
      block(random, value, indent + "  ", out);
    } else {
      out.append(' ').append(flow(random, value)).append('\n');
    }
  }

  @Test
  void randomTreesReadBackAsWritten() {
    PropertyCheck.forAll("YAML round trip", random -> {
      Object tree = randomTree(random, 0);
      if (!(tree instanceof Map_) && !(tree instanceof List<?>) || tree instanceof List<?> l && l.isEmpty()
          || tree instanceof Map_ m && m.entries().isEmpty()) {
        tree = new Map_(List.of(List.of("root", tree)));
      }
      StringBuilder yaml = new StringBuilder();
      if (random.nextBoolean()) {
        block(random, tree, "", yaml);
      } else {
        yaml.append(flow(random, tree)).append('\n');
      }
      try {
        assertEquals(tree, plain(parse(yaml.toString())), yaml.toString());
      } catch (Exception e) {
        throw new AssertionError(yaml + " -> " + e.getMessage(), e);
      }
    });
  }
}
