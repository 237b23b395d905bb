package io.ebpfdocs.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The site path a request asks for, or nothing when the request tries to leave the site: dot
 * segments, encoded slashes or backslashes, empty segments (absolute paths such as {@code //etc}),
 * control characters, invalid UTF-8. The result is matched against the site's own file list, never
 * resolved against the disk as it is.
 */
final class RequestPath {
  private RequestPath() {}

  /** @param rawPath the request's path, still percent-encoded; @return "" for the root, "a/b/", "a/x.png"... */
  static Optional<String> parse(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || rawPath.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    Optional<String> decoded = decode(rawPath.substring(1));
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String[] segments = decoded.get().split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".") || segment.equals("..") || (segment.isEmpty() && !last && segments.length > 1)
          || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == ':')) {
        return Optional.empty();
      }
    }
    return decoded;
  }

  private static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0x7f) {
        return Optional.empty(); // a raw path is ASCII
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
