package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * libbpf files downloaded from a URL template with {@code {ref}} and {@code {path}}, kept in a disk
 * cache by ref and path.
 *
 * <p>A commit id never changes its files, so a cached copy is used without asking the server. A
 * branch or tag may move: online it is downloaded again (and the cache refreshed); offline the
 * cached copy is used.
 */
final class UrlSource implements LibbpfSource {
  static final String GITHUB_RAW = "https://raw.githubusercontent.com/libbpf/libbpf/{ref}/{path}";
  private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final String template;
  private final String ref;
  private final Path cacheDir;
  private final boolean offline;
  /**
   * Built on the first download: its TLS set-up costs a few hundred milliseconds of a start (the
   * preview's first page waits for it) that a cached or offline read never needs. Guarded by this.
   */
  private HttpClient client;

  UrlSource(String template, String ref, Path cacheDir, boolean offline) {
    this.template = template;
    this.ref = ref;
    this.cacheDir = cacheDir;
    this.offline = offline;
  }

  @Override
  public String read(String path) throws DocsException, IOException {
    Path cached = cacheFile(path);
    boolean haveCopy = Files.isRegularFile(cached);
    if (haveCopy && (offline || COMMIT_ID.matcher(ref).matches())) {
      return Files.readString(cached, StandardCharsets.UTF_8);
    }
    if (offline) {
      throw new DocsException("libbpf file " + path + " at ref " + ref + " is not in the cache " + cacheDir
          + " and downloads are off (offline): point at a local libbpf with -D" + Options.LIBBPF
          + "=/path/to/libbpf (a git repository, or a folder with src/bpf_helper_defs.h and src/libbpf.map)"
          + " or at a header with -D" + Options.HELPER_DEFS_FILE + "=FILE, or run once online");
    }
    String text = download(path);
    store(cached, text);
    return text;
  }

  @Override
  public boolean available(String path) {
    return !offline || Files.isRegularFile(cacheFile(path));
  }

  private String download(String path) throws DocsException, IOException {
    URI uri;
    try {
      uri = URI.create(url(path));
    } catch (IllegalArgumentException e) {
      throw new DocsException("-D" + Options.LIBBPF + "=" + template + " with ref " + ref + " is not a valid URL ("
          + e.getMessage() + "); fix the template or the ref -D" + Options.LIBBPF_REF, e);
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    HttpResponse<String> response;
    try {
      response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + uri, e);
    } catch (IOException e) {
      throw new IOException("cannot download " + uri + " (" + e + "); point -D" + Options.LIBBPF
          + " at a local libbpf, or run offline (-o) with a cached copy", e);
    }
    if (response.statusCode() != 200) {
      throw new DocsException(uri + " answered HTTP " + response.statusCode() + ": check the libbpf ref -D"
          + Options.LIBBPF_REF + "=" + ref + " and the URL template -D" + Options.LIBBPF + "="
          + template + ", or point -D" + Options.LIBBPF + " at a local libbpf");
    }
    return response.body();
  }

  private static void store(Path cached, String text) throws IOException {
    Files.createDirectories(cached.getParent());
    Path temp = Files.createTempFile(cached.getParent(), cached.getFileName().toString(), ".part");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private Path cacheFile(String path) {
    // Encoded, a ref is one safe folder name; a leading dot is encoded too so ".." stays inside.
    String folder = URLEncoder.encode(ref, StandardCharsets.UTF_8).replaceFirst("^\\.", "%2E");
    return cacheDir.resolve(folder).resolve(path);
  }

  private String url(String path) {
    return template.replace("{ref}", ref).replace("{path}", path);
  }

  @Override
  public String describe(String path) {
    return url(path);
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(30))
          .build();
    }
    return client;
  }
}
