package io.ebpfdocs.spelling;

import io.ebpfdocs.pages.AtomicFiles;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of accepted words in aspell's personal dictionary format: a header line
 * {@code personal_ws-1.1 LANG COUNT [ENCODING]}, then one word per line. The count is a hint aspell
 * itself does not enforce, so neither do we. Lists given on the command line may leave the header
 * out; the docs root's {@code .aspell.en.pws} needs it, as aspell does.
 */
public final class WordList {
  private static final String NEW_HEADER = "personal_ws-1.1 en 0";
  private static final Pattern HEADER = Pattern.compile("personal_ws-1\\.1\\s+(\\S+)\\s+(\\d+)(?:\\s+(\\S+))?\\s*");

  private WordList() {}

  /** The words of {@code file}; {@code name} is how messages call it. */
  public static List<String> read(Path file, String name, boolean headerRequired) throws DocsException, IOException {
    byte[] bytes = Files.readAllBytes(file);
    return parse(decode(bytes, charset(bytes, name), name), name, headerRequired);
  }

  /**
   * Adds the {@code words} that {@code file} lacks, in sorted order after the words it has (whose
   * order is kept, so that a diff shows only the new ones); creates the file with aspell's header
   * when absent. Returns the words added.
   */
  public static List<String> add(Path file, String name, Collection<String> words) throws DocsException, IOException {
    byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : (NEW_HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    Charset charset = charset(bytes, name);
    String text = decode(bytes, charset, name);
    Set<String> known = new HashSet<>(parse(text, name, true));
    List<String> added = words.stream().filter(word -> !known.contains(word)).distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())).toList();
    if (!added.isEmpty() || !Files.exists(file)) {
      String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
      String more = added.stream().map(word -> word + "\n").collect(Collectors.joining());
      AtomicFiles.write(file, (text + separator + more).getBytes(charset));
    }
    return added;
  }

  /** The encoding the header names, else UTF-8. */
  private static Charset charset(byte[] bytes, String name) throws DocsException {
    String firstLine = new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    Matcher header = HEADER.matcher(firstLine.strip());
    return header.matches() && header.group(3) != null ? charset(header.group(3), name) : StandardCharsets.UTF_8;
  }

  /** The words of a list's text. */
  static List<String> parse(String text, String name, boolean headerRequired) throws DocsException {
    List<String> lines = text.lines().toList();
    int first = 0;
    if (!lines.isEmpty() && lines.get(0).startsWith("personal_ws")) {
      if (!HEADER.matcher(lines.get(0).strip()).matches()) {
        throw new DocsException(name + ":1: the header '" + lines.get(0).strip()
            + "' is not aspell's; write it as 'personal_ws-1.1 en 0'");
      }
      first = 1;
    } else if (headerRequired) {
      throw new DocsException(name + ":1: an aspell word list starts with the line 'personal_ws-1.1 en 0'; add it");
    }
    List<String> words = new ArrayList<>();
    for (int i = first; i < lines.size(); i++) {
      String word = lines.get(i).strip();
      if (word.isEmpty()) {
        continue;
      }
      if (word.chars().anyMatch(Character::isWhitespace)) {
        throw new DocsException(name + ":" + (i + 1) + ": '" + word
            + "' holds a space; a word list has one word per line, split it");
      }
      words.add(word);
    }
    return words;
  }

  private static Charset charset(String encoding, String name) throws DocsException {
    try {
      return Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new DocsException(name + ":1: unknown encoding '" + encoding + "' in the header; use utf-8");
    }
  }

  private static String decode(byte[] bytes, Charset charset, String name) throws DocsException {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DocsException(name + ": not valid " + charset.name()
          + "; save it as UTF-8 (or name its encoding at the end of the header line)");
    }
  }
}
