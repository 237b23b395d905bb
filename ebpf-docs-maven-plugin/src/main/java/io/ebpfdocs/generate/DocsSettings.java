package io.ebpfdocs.generate;

import io.ebpfdocs.report.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a docs tree is, how strictly to treat it, and the inputs of individual generators.
 *
 * @param root the tree in the ebpf-docs layout ({@code root/docs}, {@code root/data}, {@code root/tools})
 * @param docsDir the Markdown pages
 * @param dataDir the YAML data files
 * @param strict whether warnings fail the run
 * @param options generator inputs by their {@code -D} property name (e.g. {@code ebpfdocs.btf});
 *     absent or blank means the generator's default
 */
public record DocsSettings(Path root, Path docsDir, Path dataDir, boolean strict, Map<String, String> options) {

  public DocsSettings {
    options = Map.copyOf(options);
  }

  /** The ebpf-docs layout under {@code root}. */
  public static DocsSettings forRoot(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    return new DocsSettings(absolute, absolute.resolve("docs"), absolute.resolve("data"), false, Map.of());
  }

  public DocsSettings withDocsDir(Path docs) {
    return new DocsSettings(root, docs.toAbsolutePath().normalize(), dataDir, strict, options);
  }

  public DocsSettings withDataDir(Path data) {
    return new DocsSettings(root, docsDir, data.toAbsolutePath().normalize(), strict, options);
  }

  public DocsSettings withStrict(boolean strictMode) {
    return new DocsSettings(root, docsDir, dataDir, strictMode, options);
  }

  /** These settings with one more option; a null or blank value removes it. */
  public DocsSettings withOption(String property, String value) {
    Map<String, String> more = new TreeMap<>(options);
    if (value == null || value.isBlank()) {
      more.remove(property);
    } else {
      more.put(property, value.trim());
    }
    return new DocsSettings(root, docsDir, dataDir, strict, more);
  }

  /** Fails, saying how to point at a tree, when there is no docs folder: every goal needs one. */
  public void requireDocsDir() throws DocsException {
    if (!Files.isDirectory(docsDir)) {
      throw new DocsException("no docs folder at " + docsDir
          + "; run in a tree with docs/ and data/, or pass -Debpfdocs.root=DIR (or -Debpfdocs.docsDirectory=DIR)");
    }
  }

  public Optional<String> option(String property) {
    return Optional.ofNullable(options.get(property));
  }

  /** How messages name a page: relative to the root when it lies inside it. */
  public String displayName(String pagePath) {
    Path page = docsDir.resolve(pagePath);
    return page.startsWith(root) ? root.relativize(page).toString().replace('\\', '/') : page.toString();
  }
}
