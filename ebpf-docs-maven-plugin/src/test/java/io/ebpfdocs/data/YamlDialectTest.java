package io.ebpfdocs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.report.DocsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file written for another tool: repeated keys and custom tags, read by the one YAML reader. */
class YamlDialectTest {
  private static final List<String> SEEN = new ArrayList<>();
  private static final YamlReader.Dialect TAGS = new YamlReader.Dialect(true, (tag, value) -> {
    SEEN.add(tag);
    return new YamlNode.Scalar(tag + "=" + describe(value), value.line());
  });

  private static String describe(YamlNode node) {
    if (node instanceof YamlNode.Sequence s) {
      return s.items().stream().map(YamlDialectTest::describe).toList().toString();
    }
    return node instanceof YamlNode.Scalar sc ? sc.text() : "{}";
  }

  @Test
  void repeatedKeyReplacesTheEarlierOneInThatDialect() throws Exception {
    YamlNode root = YamlReader.parse("hooks:\n  - a.py\nx: 1\nhooks:\n  - a.py\n  - b.py\n", "mkdocs.yml", TAGS);
    YamlNode hooks = ((YamlNode.Mapping) root).entries().get("hooks");
    assertEquals(2, ((YamlNode.Sequence) hooks).items().size());
    assertEquals(5, hooks.line(), "the second list, which starts on line 5");
    assertThrows(DocsException.class, () -> YamlReader.parse("a: 1\na: 2\n", "data/x.yaml"));
  }

  @Test
  void tagsReachTheHandlerWithTheirValue() throws Exception {
    SEEN.clear();
    YamlNode root = YamlReader.parse("""
        enabled: !ENV [PROD, false]
        token: !ENV ["GH_TOKEN"]
        name: !ENV HOME
        emoji: !!python/name:material.extensions.emoji.twemoji
        plain: yes
        """, "mkdocs.yml", TAGS);
    Map<String, YamlNode> entries = ((YamlNode.Mapping) root).entries();
    assertEquals("ENV=[PROD, false]", ((YamlNode.Scalar) entries.get("enabled")).text());
    assertEquals("ENV=[GH_TOKEN]", ((YamlNode.Scalar) entries.get("token")).text());
    assertEquals("ENV=HOME", ((YamlNode.Scalar) entries.get("name")).text());
    assertEquals("yes", ((YamlNode.Scalar) entries.get("plain")).text());
    assertEquals(List.of("ENV", "ENV", "ENV", "tag:yaml.org,2002:python/name:material.extensions.emoji.twemoji"), SEEN);
  }

  @Test
  void ourDataIgnoresTags() throws Exception {
    YamlNode root = YamlReader.parse("v: !custom 6.10\n", "data/x.yaml");
    assertEquals("6.10", ((YamlNode.Scalar) ((YamlNode.Mapping) root).entries().get("v")).text());
  }
}
