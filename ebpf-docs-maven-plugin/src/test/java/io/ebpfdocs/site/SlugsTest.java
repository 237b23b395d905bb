package io.ebpfdocs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void followsMkDocsDefaultSlugify() {
    assertEquals("helper-function-bpf_ringbuf_output", Slugs.slugify("Helper function bpf_ringbuf_output"));
    assertEquals("flags-options-the-full-list", Slugs.slugify("Flags & options: the (full) list!"));
    assertEquals("unicode-heading", Slugs.slugify("Ünïcödé héading"));
    assertEquals("a-b", Slugs.slugify("  a -- b  "));
    assertEquals("", Slugs.slugify("!!!"));
  }

  @Test
  void uniqueAddsNumberedSuffixes() {
    Set<String> used = new HashSet<>();
    assertEquals("x", Slugs.unique("x", used));
    assertEquals("x_1", Slugs.unique("x", used));
    assertEquals("x_2", Slugs.unique("x", used));
    assertEquals("_1", Slugs.unique("", used));
  }
}
