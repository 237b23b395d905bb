package io.ebpfdocs.libbpf;

import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import io.ebpfdocs.report.DocsException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;

/** Chooses the {@link LibbpfSource} that the user's settings name. */
public final class LibbpfSources {
  /** The file in the docs root that pins the libbpf ref the pages were generated from. */
  public static final String REF_FILE = "tools/libbpf-ref";
  public static final String DEFAULT_REF = "master";
  public static final String DEFAULT_URL = UrlSource.GITHUB_RAW;
  /** Shared by every docs tree of the user: entries are keyed by ref and path. */
  static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "ebpfdocs", "libbpf");

  private LibbpfSources() {}

  /** The source the settings' libbpf options name (see {@link Options}). */
  public static LibbpfSource fromSettings(DocsSettings settings) throws DocsException, IOException {
    String ref = settings.option(Options.LIBBPF_REF).orElse(defaultRef(settings.root()));
    Path cache = settings.option(Options.LIBBPF_CACHE).map(Path::of).orElse(DEFAULT_CACHE);
    boolean offline = !settings.option(Options.OFFLINE).orElse("true").equals("false");
    Path helperDefsFile = settings.option(Options.HELPER_DEFS_FILE).map(Path::of).orElse(null);
    return open(settings.option(Options.LIBBPF).orElse(null), ref, helperDefsFile, cache, offline);
  }

  /**
   * @param location a git repository, a folder, or an http(s) URL template with {ref} and {path};
   *     blank for libbpf's GitHub repository
   * @param ref the branch, tag or commit to read from a git repository or URL (see {@link #defaultRef})
   * @param helperDefsFile a header to read instead of src/bpf_helper_defs.h, or null
   * @param cacheDir where downloads are kept
   * @param offline whether downloads are forbidden
   */
  public static LibbpfSource open(String location, String ref, Path helperDefsFile, Path cacheDir, boolean offline)
      throws DocsException {
    LibbpfSource source = openLocation(isBlank(location) ? DEFAULT_URL : location.strip(), ref, cacheDir, offline);
    return helperDefsFile == null
        ? source
        : new FileOverrideSource(source, LibbpfSource.HELPER_DEFS, helperDefsFile);
  }

  private static LibbpfSource openLocation(String location, String ref, Path cacheDir, boolean offline)
      throws DocsException {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      if (!location.contains("{path}")) {
        throw new DocsException("-D" + Options.LIBBPF + "=" + location
            + " has no {path}: write the URL as a template like " + DEFAULT_URL);
      }
      return new UrlSource(location, ref, cacheDir, offline);
    }
    File folder = new File(location);
    if (!folder.isDirectory()) {
      throw new DocsException("-D" + Options.LIBBPF + "=" + location
          + " is neither a folder nor an http(s) URL: give a libbpf git repository, a folder with "
          + LibbpfSource.HELPER_DEFS + " and " + LibbpfSource.VERSION_MAP + ", or a URL template like " + DEFAULT_URL);
    }
    File gitDir = RepositoryCache.FileKey.resolve(folder, FS.DETECTED);
    return gitDir == null ? new FolderSource(folder.toPath()) : new GitSource(gitDir, ref);
  }

  /** The ref pinned in the docs root's {@value #REF_FILE}, else {@value #DEFAULT_REF}. */
  public static String defaultRef(Path docsRoot) throws IOException {
    Path pinned = docsRoot.resolve(REF_FILE);
    if (Files.isRegularFile(pinned)) {
      String ref = Files.readString(pinned, StandardCharsets.UTF_8).strip();
      if (!ref.isEmpty()) {
        return ref;
      }
    }
    return DEFAULT_REF;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
