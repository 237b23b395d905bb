package io.ebpfdocs.site.social;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the encoder writes, ImageIO reads back pixel for pixel. */
class PngTest {
  @Test
  void imageIoReadsBackTheSamePixels() throws Exception {
    System.setProperty("java.awt.headless", "true");
    BufferedImage card = new BufferedImage(SocialCards.WIDTH, SocialCards.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0x3f51b5));
    g.fillRect(0, 0, SocialCards.WIDTH, SocialCards.HEIGHT);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 76));
    g.drawString("bpf_map_lookup_elem", 80, 250);
    g.dispose();
    // Noise in a corner: every channel difference, wrapping below zero included.
    Random random = new Random(17);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 40; x++) {
        card.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(card)));
    assertEquals(SocialCards.WIDTH, read.getWidth());
    assertEquals(SocialCards.HEIGHT, read.getHeight());
    assertArrayEquals(pixels(card), pixels(read));
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
