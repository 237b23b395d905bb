package io.ebpfdocs.site;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.site.nav.SiteNav;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What the last build rendered, so the next one renders only what changed: per page, the digest of
 * its inputs, the checksum and size of the HTML written, and the page's model (the search index and
 * the link check need it without rendering the page). Kept as JSON in the build folder
 * ({@code target/site.manifest.json}). A page is reused when its inputs digest is the recorded one
 * and its HTML is still the one recorded; without a manifest (a new build folder, another site
 * folder, a damaged file) every page is rendered, as in a clean build. Thread-safe for the
 * rendering threads.
 */
final class BuildManifest {
  /** Changes when the file's layout or the meaning of a digest changes: an older manifest is ignored. */
  private static final int FORMAT = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input of a page's HTML, as text for the page's digest. */
  @FunctionalInterface
  interface PageInput {
    String of(String path, String source) throws IOException;
  }

  /** A page as the manifest records it. */
  record Entry(String inputs, String output, long bytes, PageModel model) {}

  /** The file's content. */
  private record Stored(int format, String site, Map<String, Entry> pages) {}

  private final Path file;
  private final Path site;
  private final List<PageInput> inputs;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();

  private BuildManifest(Path file, Path site, List<PageInput> inputs, Map<String, Entry> previous) {
    this.file = file;
    this.site = site;
    this.inputs = inputs;
    this.previous = previous;
  }

  /**
   * Everything a page's HTML depends on, one line each (a new input is one more line); its social card
   * follows from its text and the settings. Site-wide inputs are digested once here, not per page.
   */
  private static List<PageInput> pageInputs(SiteSettings settings, SiteNav nav, ProductionParts production)
      throws IOException {
    String code = pluginCode();
    String presentation = digest(String.join("\n", settings.siteName(), settings.editUrl(), settings.repoUrl(),
        settings.config().toString(), settings.production().toString()));
    String navigation = digest(nav.toJson());
    return List.of(
        (path, source) -> code,
        (path, source) -> presentation,
        (path, source) -> navigation,
        (path, source) -> path,
        (path, source) -> source,
        (path, source) -> production.inputOf(path));
  }

  /**
   * The last build's manifest for this site folder, or an empty one (everything is rendered).
   *
   * @param file where the manifest is kept; null for none (nothing is reused or recorded)
   */
  static BuildManifest read(Path file, SiteSettings settings, SiteNav nav, ProductionParts production)
      throws IOException {
    Path site = settings.output();
    Map<String, Entry> previous = Map.of();
    if (file != null && Files.isRegularFile(file)) {
      try {
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        boolean same = stored.format() == FORMAT && site.toString().equals(stored.site()) && stored.pages() != null;
        previous = same ? stored.pages() : Map.of();
      } catch (JacksonException damaged) {
        // A damaged or foreign file only costs a clean build.
      }
    }
    // Without a file nothing is compared or recorded: no inputs to digest.
    return new BuildManifest(file, site, file == null ? List.of() : pageInputs(settings, nav, production), previous);
  }

  /** The digest of the page's inputs. */
  String inputsOf(String path, String source) throws IOException {
    MessageDigest digest = sha256();
    for (PageInput input : inputs) {
      byte[] bytes = input.of(path, source).getBytes(StandardCharsets.UTF_8);
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The recorded page when its inputs are the recorded ones and its HTML is untouched, else null. */
  Entry unchanged(String path, String inputsDigest) throws IOException {
    Entry entry = previous.get(path);
    if (entry == null || !entry.inputs().equals(inputsDigest)) {
      return null;
    }
    Path html = site.resolve(SitePaths.pageDir(path) + "index.html");
    if (!Files.isRegularFile(html) || Files.size(html) != entry.bytes() || !entry.output().equals(checksum(Files.readAllBytes(html)))) {
      return null;
    }
    current.put(path, entry);
    return entry;
  }

  /** Records a page rendered with these inputs into {@code html}. */
  void rendered(String path, String inputsDigest, String html, PageModel model) {
    if (file == null) {
      return;
    }
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    // Ids sorted, so the same build writes the same manifest.
    PageModel sorted = new PageModel(model.path(), model.title(), model.sections(), model.links(),
        model.undefinedReferences(), new TreeSet<>(model.ids()));
    current.put(path, new Entry(inputsDigest, checksum(bytes), bytes.length, sorted));
  }

  /** How many pages were reused rather than rendered. */
  int reused() {
    return (int) current.entrySet().stream().filter(e -> e.getValue() == previous.get(e.getKey())).count();
  }

  /**
   * Deletes the HTML of pages the last build wrote and this one has not (their source is gone, as in
   * a clean build), then records this build.
   */
  void save() throws IOException {
    if (file == null) {
      return;
    }
    for (Map.Entry<String, Entry> gone : previous.entrySet()) {
      if (!current.containsKey(gone.getKey())) {
        Path html = site.resolve(SitePaths.pageDir(gone.getKey()) + "index.html");
        if (Files.isRegularFile(html) && gone.getValue().output().equals(checksum(Files.readAllBytes(html)))) {
          Files.delete(html);
          deleteIfEmpty(html.getParent());
        }
      }
    }
    AtomicFiles.writeIfChanged(file, JSON.writeValueAsBytes(new Stored(FORMAT, site.toString(), new TreeMap<>(current))));
  }

  /** A page's folder left empty, as a clean build would not have it (the site root stays). */
  private void deleteIfEmpty(Path dir) throws IOException {
    if (dir.equals(site)) {
      return;
    }
    try (Stream<Path> children = Files.list(dir)) {
      if (children.findAny().isPresent()) {
        return;
      }
    }
    Files.delete(dir);
  }

  /**
   * The plugin's code and bundled files (templates, CSS, scripts): the jar's bytes, or for a class
   * folder (tests, the IDE) every file's path, size and time.
   */
  private static String pluginCode() throws IOException {
    Path code;
    try {
      code = Path.of(BuildManifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException unknown) {
      return "unknown " + System.nanoTime(); // no way to tell: never reuse
    }
    if (Files.isRegularFile(code)) {
      return digest(Files.readAllBytes(code));
    }
    StringBuilder files = new StringBuilder();
    try (Stream<Path> walk = Files.walk(code)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.append(code.relativize(f)).append(' ').append(Files.size(f)).append(' ')
            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
      }
    }
    return digest(files.toString());
  }

  private static String digest(String text) {
    return digest(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String digest(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /**
   * Tells whether written HTML was touched since (with its size): CRC32C, which the JVM computes
   * with the CPU's instruction at every compilation tier, not a cryptographic digest of 12 MiB.
   */
  private static String checksum(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return Long.toHexString(crc.getValue());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
