package io.ebpfdocs.spelling;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of accepted words in aspell's personal dictionary format: a header line
 * {@code personal_ws-1.1 LANG COUNT [ENCODING]}, then one word per line. The count is a hint aspell
 * itself does not enforce, so neither do we. Lists given on the command line may leave the header
 * out; the docs root's {@code .aspell.en.pws} needs it, as aspell does.
 */
public final class WordList {
  private static final Pattern HEADER = Pattern.compile("personal_ws-1\\.1\\s+(\\S+)\\s+(\\d+)(?:\\s+(\\S+))?\\s*");

  private WordList() {}

  /** The words of {@code file}; {@code name} is how messages call it. */
  public static List<String> read(Path file, String name, boolean headerRequired) throws DocsException, IOException {
    byte[] bytes = Files.readAllBytes(file);
    String firstLine = new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
    Charset charset = StandardCharsets.UTF_8;
    Matcher header = HEADER.matcher(firstLine.strip());
    if (header.matches() && header.group(3) != null) {
      charset = charset(header.group(3), name);
    }
    return parse(decode(bytes, charset, name), name, headerRequired);
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
