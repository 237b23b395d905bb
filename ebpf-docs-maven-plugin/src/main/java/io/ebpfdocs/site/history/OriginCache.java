package io.ebpfdocs.site.history;

import io.ebpfdocs.pages.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.AnyObjectId;

/**
 * Where the files a commit added came from, kept between builds in the site's cache folder. What
 * git's copy detection finds for such a file depends only on that commit and its parent, which
 * never change: a later build (the next deploy) traces only the files of commits it has not seen,
 * and skips reading and hashing the blobs of the others. One line per file: commit id, path and
 * origin (empty for none), tab-separated, under a header that names the tracing rules; a file with
 * another header is ignored.
 */
final class OriginCache {
  static final String FILE = "history-origins.txt";
  /** Changes whenever {@link Origins} chooses differently, so that older answers are not reused. */
  static final String HEADER = "# ebpfdocs: origins of added files, git's copy rules, version 1";

  private final Path file;
  private final Map<String, String> known;
  private final Map<String, String> found = new ConcurrentHashMap<>();

  private OriginCache(Path file, Map<String, String> known) {
    this.file = file;
    this.known = known;
  }

  /** No cache: every origin is traced, nothing is kept. */
  static OriginCache none() {
    return new OriginCache(null, Map.of());
  }

  /** The cache in {@code dir}, empty when it has none or one of other rules. */
  static OriginCache in(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    Map<String, String> known = new TreeMap<>();
    if (Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(HEADER)) {
        for (String line : lines.subList(1, lines.size())) {
          int tab = line.lastIndexOf('\t');
          if (tab > 0) {
            known.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
    }
    return new OriginCache(file, known);
  }

  /** The origin of {@code path} as added by {@code commit}: null when not known, "" when it has none. */
  String origin(AnyObjectId commit, String path) {
    return known.get(key(commit, path));
  }

  void record(AnyObjectId commit, String path, String origin) {
    if (file != null && cacheable(path) && cacheable(origin)) {
      found.put(key(commit, path), origin);
    }
  }

  /** Writes what this walk traced beside what was known, if it traced anything. */
  void save() throws IOException {
    if (file == null || found.isEmpty()) {
      return;
    }
    Map<String, String> all = new TreeMap<>(known);
    all.putAll(found);
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    all.forEach((key, origin) -> text.append(key).append('\t').append(origin).append('\n'));
    Files.createDirectories(file.getParent());
    AtomicFiles.writeIfChanged(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String key(AnyObjectId commit, String path) {
    return commit.name() + '\t' + path;
  }

  /** A path with a tab or a line break would not read back: such a file is traced every time. */
  private static boolean cacheable(String path) {
    return path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
  }
}
