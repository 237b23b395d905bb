package io.ebpfdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.PropertyCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPathTest {
  private static final String[] PIECES = {"/", "a", "b.md", ".", "..", "%2e", "%2E", "%2f", "%2F", "%5c", "\\", "%00",
      "%c3%a9", "%ff", "%", "%2", ":", "index.html", "~", " ", "%20", "//", "C:"};

  @Test
  void decodesSitePaths() {
    assertEquals(Optional.of(""), RequestPath.parse("/"));
    assertEquals(Optional.of("linux/helper-function/bpf_redirect/"), RequestPath.parse("/linux/helper-function/bpf_redirect/"));
    assertEquals(Optional.of("img/a b é.png"), RequestPath.parse("/img/a%20b%20%C3%A9.png"));
    assertEquals(Optional.of("index.html"), RequestPath.parse("/index.html"));
  }

  @Test
  void refusesWhatCouldLeaveTheSite() {
    for (String raw : List.of("/..", "/../etc/passwd", "/a/../../b", "/%2e%2e/x", "/%2E%2e/x", "/a/.%2e/x", "/./a",
        "/a%2fb", "/a%2F..", "/..%5cx", "/a\\b", "//etc/passwd", "/a//b", "/C:/Windows", "/%00", "/a%0a", "/%ff",
        "/%", "/%2", "/%zz", "relative", "", "/é")) {
      assertEquals(Optional.empty(), RequestPath.parse(raw), raw);
    }
    assertTrue(RequestPath.parse(null).isEmpty());
  }

  @Test
  void whateverItAcceptsStaysBelowTheRoot() {
    Path root = Path.of("/srv/site");
    PropertyCheck.forAll("an accepted path resolves below the root", random -> {
      String raw = "/" + PropertyCheck.text(random, PIECES, 8);
      RequestPath.parse(raw).ifPresent(path -> {
        assertTrue(root.resolve(path).normalize().startsWith(root), raw + " -> " + path);
        assertFalse(root.resolve(path).normalize().equals(root) && !path.isEmpty(), raw + " -> " + path);
        assertFalse(path.startsWith("/") || path.contains("\\") || path.contains("\0"), raw + " -> " + path);
      });
    });
  }
}
