package io.ebpfdocs.pages;

import io.ebpfdocs.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The pages of one docs folder, each read at most once, changed in memory by the generators and
 * written back atomically, only where the text changed. Paths are relative to the docs folder and
 * use {@code /}.
 */
public final class PageStore {
  private final Path docsDir;
  private final Report report;
  private final Map<String, Optional<String>> original = new HashMap<>();
  private final Map<String, String> updated = new TreeMap<>();
  private final Set<String> unreadable = new HashSet<>();
  private final Predicate<String> visible;

  public PageStore(Path docsDir, Report report) {
    this(docsDir, report, path -> true);
  }

  private PageStore(Path docsDir, Report report, Predicate<String> visible) {
    this.docsDir = docsDir;
    this.report = report;
    this.visible = visible;
  }

  /**
   * A store in which only {@code pages} exist: the others are neither listed nor read. Generators
   * run on it give those pages exactly the text they get in a whole-tree run, since a page's
   * regions depend only on the data and the page itself; the preview server uses it per page.
   */
  public static PageStore limitedTo(Path docsDir, Report report, Set<String> pages) {
    Set<String> only = Set.copyOf(pages);
    return new PageStore(docsDir, report, only::contains);
  }

  /**
   * Whether the page is absent from the tree, as far as this store can tell: a page outside a
   * limited store's few is never missing (it is simply not looked at).
   */
  public boolean missing(String relPath) {
    return visible.test(relPath) && read(relPath).isEmpty();
  }

  public Path docsDir() {
    return docsDir;
  }

  /** The page's current text (with earlier generators' changes), empty when there is no such page. */
  public Optional<String> read(String relPath) {
    String current = updated.get(relPath);
    return current != null ? Optional.of(current) : load(relPath);
  }

  /** Every {@code .md} file below {@code docsDir}, docs-relative with '/' separators, sorted. */
  public static List<String> allMarkdown(Path docsDir) throws IOException {
    try (Stream<Path> walk = Files.walk(docsDir)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
          .map(p -> docsDir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** The {@code .md} files directly inside {@code folder}, sorted; empty when it does not exist. */
  public List<String> list(String folder) {
    Path dir = resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
          .map(p -> folder.isEmpty() ? p.getFileName().toString() : folder + "/" + p.getFileName())
          .filter(visible)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * Records the page's new text; a text equal to the file's is no change, and a file that is not
   * valid UTF-8 is never replaced (it reads as absent, so a generator may try to create it).
   */
  public void update(String relPath, String text) {
    if (load(relPath).map(text::equals).orElse(false) || unreadable.contains(relPath)) {
      updated.remove(relPath);
    } else {
      updated.put(relPath, text);
    }
  }

  /** How many distinct pages were read from disk. */
  public int pagesRead() {
    return (int) original.values().stream().filter(Optional::isPresent).count();
  }

  /** The pages that differ from their files, sorted by path. */
  public List<PageChange> changes() {
    List<PageChange> changes = new ArrayList<>();
    updated.forEach((path, text) -> changes.add(new PageChange(path, load(path).orElse(null), text)));
    return changes;
  }

  /** Writes every changed page atomically; returns how many were written. */
  public int writeChanges() throws IOException {
    List<PageChange> changes = changes();
    for (PageChange change : changes) {
      AtomicFiles.write(resolve(change.path()), change.after().getBytes(StandardCharsets.UTF_8));
    }
    return changes.size();
  }

  private Optional<String> load(String relPath) {
    return original.computeIfAbsent(relPath, this::readFile);
  }

  private Optional<String> readFile(String relPath) {
    if (!visible.test(relPath)) {
      return Optional.empty();
    }
    Path file = resolve(relPath);
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (CharacterCodingException e) {
      // Decoding it leniently and writing it back would change bytes outside the regions.
      report.warn("docs/" + relPath, 0, "not valid UTF-8; left alone");
      unreadable.add(relPath);
      return Optional.empty();
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        return Optional.empty();
      }
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private Path resolve(String relPath) {
    Path resolved = docsDir.resolve(relPath).normalize();
    if (!resolved.startsWith(docsDir.normalize())) {
      throw new IllegalArgumentException(relPath + " is outside " + docsDir);
    }
    return resolved;
  }
}
