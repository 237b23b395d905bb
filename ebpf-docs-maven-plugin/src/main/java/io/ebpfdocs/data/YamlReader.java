package io.ebpfdocs.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads a YAML file into {@link YamlNode}s with Jackson's streaming parser. Keys must be unique;
 * aliases are resolved by sharing the anchored node, and a document whose aliases would expand to
 * more than {@link #MAX_EXPANDED_NODES} nodes ("billion laughs") is refused instead of expanded.
 * Files written for another tool (MkDocs' {@code mkdocs.yml}) are read in its {@link Dialect}:
 * a repeated key replaces the earlier one, and its custom tags ({@code !ENV}) are resolved.
 */
public final class YamlReader {
  static final int MAX_EXPANDED_NODES = 1_000_000;
  private static final YAMLFactory FACTORY = new YAMLFactory() {
    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new ScalarAnchors(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, reader);
    }
  };

  /** How a tagged value ({@code !ENV [PROD, false]}) is read; {@code tag} lacks its leading {@code !}. */
  @FunctionalInterface
  public interface TagHandler {
    YamlNode resolve(String tag, YamlNode value) throws DocsException;
  }

  /**
   * The rules a file is read by.
   *
   * @param lastKeyWins a repeated key replaces the earlier one (PyYAML's reading) instead of failing
   * @param tags resolves tagged values; the default keeps the value and drops the tag
   */
  public record Dialect(boolean lastKeyWins, TagHandler tags) {
    /** Our own data files: unique keys, tags ignored. */
    public static final Dialect DATA = new Dialect(false, (tag, value) -> value);
  }

  private final String fileName;
  private final ScalarAnchors parser;
  private final Dialect dialect;
  private final Map<String, YamlNode> anchors = new HashMap<>();
  // By identity: records compare deeply, which is exponential on shared (aliased) nodes.
  private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
  private long expandedNodes;

  private YamlReader(String fileName, ScalarAnchors parser, Dialect dialect) {
    this.fileName = fileName;
    this.parser = parser;
    this.dialect = dialect;
  }

  /** Reads {@code file}; {@code fileName} is how messages name it (e.g. {@code data/kfuncs.yaml}). */
  public static YamlNode read(Path file, String fileName) throws DocsException, IOException {
    return parse(Files.readString(file), fileName);
  }

  public static YamlNode parse(String yaml, String fileName) throws DocsException, IOException {
    return parse(yaml, fileName, Dialect.DATA);
  }

  public static YamlNode parse(String yaml, String fileName, Dialect dialect) throws DocsException, IOException {
    try (ScalarAnchors parser = (ScalarAnchors) FACTORY.createParser(yaml)) {
      parser.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, !dialect.lastKeyWins());
      YamlReader reader = new YamlReader(fileName, parser, dialect);
      if (parser.nextToken() == null) {
        return new YamlNode.Mapping(Map.of(), 1);
      }
      YamlNode root = reader.value();
      if (parser.nextToken() != null) {
        // Jackson reads further documents as further values; ignoring them would drop data silently.
        throw new DocsException(fileName + ":" + parser.currentTokenLocation().getLineNr()
            + ": a second YAML document; keep the data in one document (remove the '---' line)");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw notValid(fileName, e);
    }
  }

  /**
   * Names the line of the problem once. SnakeYAML's own error knows it (its marks count lines from
   * 0) and its text repeats the line with a caret; Jackson's location is that of the last good token.
   */
  private static DocsException notValid(String fileName, JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark mark = marked.getProblemMark();
      return new DocsException(fileName + ":" + (mark.getLine() + 1) + ": not valid YAML at column " + (mark.getColumn() + 1)
          + ": " + marked.getProblem() + "; fix the file and run again", e);
    }
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    return new DocsException(
        fileName + ":" + line + ": not valid YAML: " + e.getOriginalMessage() + "; fix the file and run again", e);
  }

  private YamlNode value() throws IOException, DocsException {
    int line = parser.currentTokenLocation().getLineNr();
    String anchor = parser.isCurrentAlias() ? null : parser.anchor();
    String tag = parser.isCurrentAlias() ? null : parser.getTypeId();
    YamlNode node;
    switch (parser.currentToken()) {
      case START_OBJECT -> node = mapping(line);
      case START_ARRAY -> node = sequence(line);
      case VALUE_NULL -> node = new YamlNode.Scalar("", line);
      default -> {
        if (parser.isCurrentAlias()) {
          node = alias(parser.getText(), line);
        } else {
          node = new YamlNode.Scalar(parser.getText(), line);
        }
      }
    }
    if (tag != null) {
      node = dialect.tags().resolve(tag, node);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private YamlNode mapping(int line) throws IOException, DocsException {
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    long size = 1;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      YamlNode child = value();
      entries.put(key, child);
      size = saturatedAdd(size, sizeOf(child));
    }
    return sized(new YamlNode.Mapping(entries, line), size);
  }

  private YamlNode sequence(int line) throws IOException, DocsException {
    List<YamlNode> items = new ArrayList<>();
    long size = 1;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      YamlNode child = value();
      items.add(child);
      size = saturatedAdd(size, sizeOf(child));
    }
    return sized(new YamlNode.Sequence(items, line), size);
  }

  private YamlNode alias(String name, int line) throws DocsException {
    YamlNode target = anchors.get(name);
    if (target == null) {
      throw new DocsException(fileName + ":" + line + ": alias *" + name + " names no anchor; define &" + name + " before using it");
    }
    expandedNodes = saturatedAdd(expandedNodes, sizeOf(target));
    if (expandedNodes > MAX_EXPANDED_NODES) {
      throw new DocsException(
          fileName + ":" + line + ": aliases expand to more than " + MAX_EXPANDED_NODES
              + " nodes; refusing to expand them (write the values out or use fewer nested aliases)");
    }
    return target;
  }

  /** Jackson reports the anchors of mappings and lists but drops those of scalars; this keeps them. */
  private static final class ScalarAnchors extends YAMLParser {
    private String scalarAnchor;

    ScalarAnchors(IOContext context, int features, int yamlFeatures, LoaderOptions options, Reader reader) {
      super(context, features, yamlFeatures, options, null, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      scalarAnchor = scalar.getAnchor();
      return super._decodeScalar(scalar);
    }

    /** The anchor of the current value, null when it has none. */
    String anchor() {
      if (currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY) {
        return getCurrentAnchor();
      }
      return scalarAnchor;
    }
  }

  private YamlNode sized(YamlNode node, long size) {
    sizes.put(node, size);
    return node;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** Nodes in the expanded value; aliases share nodes, so this can be exponential in the text. */
  private long sizeOf(YamlNode node) {
    return node instanceof YamlNode.Scalar ? 1 : sizes.getOrDefault(node, 1L);
  }
}
