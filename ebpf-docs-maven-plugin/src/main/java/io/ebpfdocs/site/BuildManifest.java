package io.ebpfdocs.site;

import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.site.nav.SiteNav;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What the last build rendered, so the next one renders only what changed: per page, the digest of
 * its inputs, the HTML written (checksum, size, time) and the page's model (the search index and
 * the link check need it without rendering the page); per {@link SitePart}, the digest of its inputs
 * and its files. Kept in the build folder ({@code target/site.manifest}, see {@link ManifestFile}).
 * A page is reused when its inputs digest is the recorded one and its HTML is still the one recorded;
 * without a manifest (a new build folder, another site folder, a damaged file) every page is
 * rendered, as in a clean build. Thread-safe for the rendering threads.
 */
final class BuildManifest {
  /** One input of a page's HTML, as bytes for the page's digest. */
  @FunctionalInterface
  interface PageInput {
    byte[] of(String path, byte[] source) throws IOException;
  }

  /** A file the build wrote: its checksum, size and modification time (nanoseconds since the epoch). */
  record Output(String checksum, long bytes, long modified) {}

  /** A page as the manifest records it. */
  record Entry(String inputs, Output html, PageModel model) {}

  /** A site part as the manifest records it: its files by site-relative path. */
  record Part(String inputs, Map<String, Output> files) {}

  private static final ManifestFile.Stored NONE = new ManifestFile.Stored("", Map.of(), Map.of());

  private final Path file;
  private final Path site;
  private final String code;
  private final List<PageInput> inputs;
  private final ManifestFile.Stored previous;
  /** When the previous manifest was written; a file last written before it and unchanged in size and time is untouched. */
  private final long previousSaved;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  private final Map<String, Part> currentParts = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  private BuildManifest(Path file, Path site, String code, List<PageInput> inputs, ManifestFile.Stored previous,
      long previousSaved) {
    this.file = file;
    this.site = site;
    this.code = code;
    this.inputs = inputs;
    this.previous = previous;
    this.previousSaved = previousSaved;
  }

  /**
   * Everything a page's HTML depends on, one line each (a new input is one more line); its social card
   * follows from its text and the settings. Site-wide inputs are digested once here, not per page.
   */
  private static List<PageInput> pageInputs(String code, SiteSettings settings, SiteNav nav,
      ProductionParts production) {
    byte[] presentation = utf8(digest(String.join("\n", settings.siteName(), settings.editUrl(),
        settings.repoUrl(), settings.config().toString(), settings.production().toString())));
    byte[] navigation = utf8(digest(nav.toJson()));
    byte[] plugin = utf8(code);
    return List.of(
        (path, source) -> plugin,
        (path, source) -> presentation,
        (path, source) -> navigation,
        (path, source) -> utf8(path),
        (path, source) -> source,
        (path, source) -> utf8(production.inputOf(path)));
  }

  /**
   * What the last build left for this site folder: its manifest (empty when there is none, or it is
   * damaged or of another site folder), when it was written, and the digest of the plugin's code.
   * Needs nothing of this build, so it is read while the tree is scanned.
   *
   * @param file where the manifest is kept; null for none (nothing is reused or recorded)
   */
  record Previous(Path file, Path site, ManifestFile.Stored stored, long saved, String code) {
    static Previous read(Path file, Path site) throws IOException {
      if (file == null || !Files.isRegularFile(file)) {
        return new Previous(file, site, NONE, Long.MIN_VALUE, file == null ? "" : pluginCode());
      }
      long saved = modified(file);
      ManifestFile.Stored stored = ManifestFile.read(Files.readAllBytes(file));
      // A damaged or foreign file only costs a clean build.
      boolean same = stored != null && site.toString().equals(stored.site());
      return new Previous(file, site, same ? stored : NONE, saved, pluginCode());
    }
  }

  /** This build's manifest, starting from the last build's. */
  static BuildManifest of(Previous previous, SiteSettings settings, SiteNav nav, ProductionParts production) {
    // Without a file nothing is compared or recorded: no inputs to digest.
    List<PageInput> inputs = previous.file() == null ? List.of() : pageInputs(previous.code(), settings, nav, production);
    return new BuildManifest(previous.file(), previous.site(), previous.code(), inputs, previous.stored(),
        previous.saved());
  }

  /** The digest of the page's inputs; {@code source} is its Markdown as bytes (the digest needs no decoding). */
  String inputsOf(String path, byte[] source) throws IOException {
    List<byte[]> bytes = new ArrayList<>(inputs.size());
    for (PageInput input : inputs) {
      bytes.add(input.of(path, source));
    }
    return digestOf(bytes);
  }

  /** The digest of a part's inputs: the plugin's code, the site's pages, and the part's own. */
  String inputsOf(SitePart part, List<String> pages) throws IOException {
    return digestOf(List.of(utf8(code), utf8(String.join("\n", pages)), part.inputs().read()));
  }

  /** The digest of every page's inputs, once every page was rendered or reused: what the pages' models follow from. */
  String pagesDigest() {
    StringBuilder pages = new StringBuilder();
    new TreeMap<>(current).forEach((path, entry) -> pages.append(path).append(' ').append(entry.inputs()).append('\n'));
    return digest(pages.toString());
  }

  /** Each input with its length in front, so that no two lists of inputs digest alike. */
  private static String digestOf(List<byte[]> inputs) {
    MessageDigest digest = sha256();
    for (byte[] bytes : inputs) {
      digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      digest.update(bytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The recorded page when its inputs are the recorded ones and its HTML is untouched, else null. */
  Entry unchanged(String path, String inputsDigest) throws IOException {
    Entry entry = previous.pages().get(path);
    if (entry == null || !entry.inputs().equals(inputsDigest)) {
      return null;
    }
    Output html = untouched(pageFile(path), entry.html());
    if (html == null) {
      return null;
    }
    Entry kept = html.equals(entry.html()) ? entry : new Entry(entry.inputs(), html, entry.model());
    current.put(path, kept);
    reused.incrementAndGet();
    return kept;
  }

  /** Records a page rendered with these inputs into {@code html}, already written. */
  void rendered(String path, String inputsDigest, byte[] html, PageModel model) throws IOException {
    if (file != null) {
      current.put(path, new Entry(inputsDigest, written(pageFile(path), html), model));
    }
  }

  /** The part as recorded when its files are still those made from these inputs (the build keeps them), else null. */
  Part unchanged(SitePart part, String inputsDigest) throws IOException {
    Part recorded = previous.parts().get(part.name());
    if (recorded == null || !recorded.inputs().equals(inputsDigest)) {
      return null;
    }
    Map<String, Output> files = new TreeMap<>();
    for (Map.Entry<String, Output> written : recorded.files().entrySet()) {
      Output kept = untouched(site.resolve(written.getKey()), written.getValue());
      if (kept == null) {
        return null;
      }
      files.put(written.getKey(), kept);
    }
    Part kept = new Part(inputsDigest, files);
    currentParts.put(part.name(), kept);
    return kept;
  }

  /** Records a part made from these inputs into {@code files} (site-relative paths), already written. */
  void made(SitePart part, String inputsDigest, Map<String, byte[]> files) throws IOException {
    if (file == null) {
      return;
    }
    Map<String, Output> outputs = new TreeMap<>();
    for (Map.Entry<String, byte[]> written : files.entrySet()) {
      outputs.put(written.getKey(), written(site.resolve(written.getKey()), written.getValue()));
    }
    currentParts.put(part.name(), new Part(inputsDigest, outputs));
  }

  /** How many pages were reused rather than rendered. */
  int reused() {
    return reused.get();
  }

  /**
   * Deletes the HTML of pages the last build wrote and this one has not (their source is gone, as in
   * a clean build), then records this build.
   */
  void save() throws IOException {
    if (file == null) {
      return;
    }
    for (Map.Entry<String, Entry> gone : previous.pages().entrySet()) {
      if (!current.containsKey(gone.getKey())) {
        Path html = pageFile(gone.getKey());
        if (untouched(html, gone.getValue().html()) != null) {
          Files.delete(html);
          deleteIfEmpty(html.getParent());
        }
      }
    }
    AtomicFiles.writeIfChanged(file, ManifestFile.write(new ManifestFile.Stored(site.toString(), current, currentParts)));
  }

  private Path pageFile(String path) {
    return site.resolve(SitePaths.pageDir(path) + "index.html");
  }

  /** What the manifest records of a file just written with {@code bytes}. */
  private static Output written(Path file, byte[] bytes) throws IOException {
    return new Output(checksum(bytes), bytes.length, modified(file));
  }

  /**
   * The recorded output when {@code file} still holds it (with the file's time now), else null. A file
   * of the recorded size and time, written before the last manifest, is taken as untouched without
   * reading it, as git trusts its index: a later write would have changed its time. One written in the
   * manifest's own clock tick could have been rewritten within that tick, so it is read and compared.
   */
  private Output untouched(Path file, Output recorded) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException gone) {
      return null;
    }
    if (!attributes.isRegularFile() || attributes.size() != recorded.bytes()) {
      return null;
    }
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    if (modified == recorded.modified() && modified < previousSaved) {
      return recorded;
    }
    return recorded.checksum().equals(checksum(Files.readAllBytes(file)))
        ? new Output(recorded.checksum(), recorded.bytes(), modified) : null;
  }

  private static long modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
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
    return digest(utf8(text));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
