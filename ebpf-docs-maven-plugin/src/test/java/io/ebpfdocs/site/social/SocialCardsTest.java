package io.ebpfdocs.site.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards are drawn once into the cache and placed in the site without being read or written again. */
class SocialCardsTest {
  @TempDir
  Path root;

  private SocialCards cards() throws Exception {
    return new SocialCards(new SocialCards.Style("eBPF Docs", new byte[0], "#3f51b5", "#ffffff", "Inter"),
        root.resolve("cache"));
  }

  @Test
  void anUnchangedCardIsLeftAsItIs() throws Exception {
    Path target = root.resolve("site/assets/images/social/maps.png");
    SocialCards cards = cards();
    long size = cards.place("Maps", "Maps hold data.", target);
    assertEquals(Files.size(target), size);
    BasicFileAttributes before = Files.readAttributes(target, BasicFileAttributes.class);
    byte[] bytes = Files.readAllBytes(target);

    SocialCards again = cards();
    assertEquals(size, again.place("Maps", "Maps hold data.", target));
    assertEquals(0, again.drawn(), "from the cache");
    BasicFileAttributes after = Files.readAttributes(target, BasicFileAttributes.class);
    assertEquals(before.lastModifiedTime(), after.lastModifiedTime());
    assertEquals(before.fileKey(), after.fileKey());
    assertArrayEquals(bytes, Files.readAllBytes(target));
  }

  @Test
  void aStaleCardIsReplacedAndOneDrawingServesEqualPages() throws Exception {
    SocialCards cards = cards();
    Path first = root.resolve("site/a.png");
    Path second = root.resolve("site/b.png");
    Files.createDirectories(first.getParent());
    Files.write(second, new byte[] {1, 2, 3});
    cards.place("Maps", "Maps hold data.", first);
    cards.place("Maps", "Maps hold data.", second);
    assertEquals(1, cards.drawn());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    try (var left = Files.list(first.getParent())) {
      assertEquals(2, left.count(), "no temporary file left behind");
    }
  }
}
