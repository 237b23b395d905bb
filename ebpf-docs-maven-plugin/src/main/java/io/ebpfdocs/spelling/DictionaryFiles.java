package io.ebpfdocs.spelling;

import io.ebpfdocs.report.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Hunspell dictionary: an {@code .aff} file and the {@code .dic} file beside it.
 *
 * @param aff the affix rules
 * @param dic the word list
 */
public record DictionaryFiles(Path aff, Path dic) {
  /** Where Debian/Ubuntu ({@code hunspell-en-us}), Fedora and Homebrew put the en_US dictionary. */
  static final List<Path> SYSTEM_EN_US = List.of(
      Path.of("/usr/share/hunspell/en_US.aff"),
      Path.of("/usr/share/myspell/en_US.aff"),
      Path.of("/usr/share/myspell/dicts/en_US.aff"),
      Path.of("/opt/homebrew/share/hunspell/en_US.aff"),
      Path.of("/usr/local/share/hunspell/en_US.aff"));

  /**
   * The configured dictionaries ({@code PATH[,PATH...]}, each {@code NAME.aff}, {@code NAME.dic} or
   * {@code NAME}, relative to {@code base}), or by default the first system en_US dictionary of {@code candidates} followed by
   * the other English ones beside it (en_GB, en_CA, en_AU...): aspell's {@code --lang=en}, which the
   * original check used, accepts every English spelling too.
   */
  public static List<DictionaryFiles> locate(String configured, Path base, List<Path> candidates)
      throws DocsException {
    List<DictionaryFiles> found = new ArrayList<>();
    if (configured != null && !configured.isBlank()) {
      for (String part : configured.split(",")) {
        found.add(configured(base.resolve(part.strip())));
      }
      return found;
    }
    for (Path aff : candidates) {
      DictionaryFiles files = pair(aff);
      if (files.exist()) {
        found.add(files);
        found.addAll(otherEnglish(aff));
        return found;
      }
    }
    throw new DocsException("no en_US Hunspell dictionary found (looked for " + candidates.get(0)
        + " and " + (candidates.size() - 1) + " other places); install one with `apt-get install hunspell-en-us`"
        + " (Debian, Ubuntu), `dnf install hunspell-en-US` (Fedora) or `brew install hunspell`, or pass"
        + " -Debpfdocs.spellcheck.dictionary=PATH/en_US.aff");
  }

  /** The configured dictionaries, or the system's English ones. */
  public static List<DictionaryFiles> locate(String configured, Path base) throws DocsException {
    return locate(configured, base, SYSTEM_EN_US);
  }

  private static DictionaryFiles configured(Path path) throws DocsException {
    String name = path.getFileName().toString();
    String base = name.endsWith(".aff") || name.endsWith(".dic") ? name.substring(0, name.length() - 4) : name;
    DictionaryFiles files = pair(path.resolveSibling(base + ".aff"));
    if (!files.exist()) {
      throw new DocsException("Hunspell dictionary " + path + " not found: " + files.aff() + " and "
          + files.dic() + " must both exist; point ebpfdocs.spellcheck.dictionary at an .aff/.dic pair");
    }
    return files;
  }

  private static List<DictionaryFiles> otherEnglish(Path enUs) throws DocsException {
    try (Stream<Path> siblings = Files.list(enUs.getParent())) {
      return siblings.filter(p -> p.getFileName().toString().matches("en_[A-Z]{2}\\.aff") && !p.equals(enUs))
          .sorted()
          .map(DictionaryFiles::pair)
          .filter(DictionaryFiles::exist)
          .toList();
    } catch (IOException e) {
      throw new DocsException(enUs.getParent() + ": cannot list the dictionaries (" + e.getMessage() + ")");
    }
  }

  private static DictionaryFiles pair(Path aff) {
    return new DictionaryFiles(aff, aff.resolveSibling(aff.getFileName().toString().replaceFirst("\\.aff$", ".dic")));
  }

  private boolean exist() {
    return Files.isRegularFile(aff) && Files.isRegularFile(dic);
  }
}
