package io.ebpfdocs.site.social;

import io.ebpfdocs.pages.AtomicFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Open Graph cards (1200 x 630 PNG) drawn with Java2D, headless: the site name and logo, the page title
 * and its description, in the palette's colours. A card is kept in the cache folder under the hash of
 * everything drawn on it, so an unchanged page's card is not drawn again. Thread-safe.
 */
public final class SocialCards {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 630;
  /** Site folder of the cards; a page's card mirrors its path ({@code linux/index.md} -> {@code linux/index.png}). */
  public static final String DIR = "assets/images/social/";
  /** Changes whenever the drawing changes, so that cached cards of an older layout are not reused. */
  private static final String LAYOUT = "ebpfdocs-card-1";
  private static final int MARGIN = 80;

  /**
   * What every card shares.
   *
   * @param siteName drawn at the top
   * @param logo PNG, JPEG or GIF bytes; empty for none
   * @param background the card's colour, {@code #rrggbb}
   * @param foreground the text colour, {@code #rrggbb} or {@code #rrggbbaa}
   * @param fontFamily tried first; the JDK's sans-serif when the system lacks it
   */
  public record Style(String siteName, byte[] logo, String background, String foreground, String fontFamily) {}

  private final Style style;
  private final Path cache;
  private final BufferedImage logo;
  private final String font;
  private final byte[] styleHash;
  private final AtomicInteger drawn = new AtomicInteger();

  public SocialCards(Style style, Path cacheDir) throws IOException {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // no display needed, none asked for
    }
    this.style = style;
    this.cache = cacheDir.resolve("social");
    this.logo = style.logo().length == 0 ? null : ImageIO.read(new ByteArrayInputStream(style.logo()));
    this.font = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .contains(style.fontFamily()) ? style.fontFamily() : Font.SANS_SERIF;
    this.styleHash = sha256(String.join("\n", LAYOUT, style.siteName(), style.background(), style.foreground(), font)
        .getBytes(StandardCharsets.UTF_8), style.logo());
  }

  /** Where a page's card goes in the site. */
  public static String path(String page) {
    return DIR + page.substring(0, page.length() - ".md".length()) + ".png";
  }

  /**
   * Puts a page's card at {@code target} and returns its size. The card is drawn into the cache unless
   * this title and description were drawn before; the site's card is a hard link to the cached one, so
   * an unchanged card costs two stat calls, neither a read nor a write. Where no link can be made
   * (another file system) it is copied.
   */
  public long place(String title, String description, Path target) throws IOException {
    String key = HexFormat.of().formatHex(sha256(styleHash, (title + "\n" + description).getBytes(StandardCharsets.UTF_8)));
    Path cached = cache.resolve(key + ".png");
    BasicFileAttributes card = attributes(cached);
    if (card == null) {
      AtomicFiles.write(cached, draw(title, description));
      drawn.incrementAndGet();
      card = Files.readAttributes(cached, BasicFileAttributes.class);
    }
    BasicFileAttributes placed = attributes(target);
    boolean same = placed != null && (card.fileKey() != null ? card.fileKey().equals(placed.fileKey())
        : Files.isSameFile(cached, target));
    if (!same) {
      link(cached, target);
    }
    return card.size();
  }

  private static BasicFileAttributes attributes(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Replaces {@code target} at once with a hard link to {@code cached}, or a copy of it. */
  private static void link(Path cached, Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.delete(temp);
      Files.createLink(temp, cached);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (UnsupportedOperationException | FileSystemException e) {
      AtomicFiles.writeIfChanged(target, Files.readAllBytes(cached));
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Cards drawn (not found in the cache) so far. */
  public int drawn() {
    return drawn.get();
  }

  private byte[] draw(String title, String description) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setColor(color(style.background()));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(color(style.foreground()));
      int logoWidth = 0;
      if (logo != null) {
        int h = 110;
        int w = Math.max(1, logo.getWidth() * h / Math.max(1, logo.getHeight()));
        g.drawImage(logo, WIDTH - MARGIN - w, MARGIN - 20, w, h, null);
        logoWidth = w + 30;
      }
      g.setFont(new Font(font, Font.BOLD, 36));
      text(g, style.siteName(), MARGIN, MARGIN + 30, WIDTH - 2 * MARGIN - logoWidth, 1);
      g.setFont(new Font(font, Font.BOLD, 76));
      int y = text(g, title, MARGIN, 250, WIDTH - 2 * MARGIN, 3);
      g.setFont(new Font(font, Font.PLAIN, 32));
      text(g, description, MARGIN, Math.max(y + 30, 430), WIDTH - 2 * MARGIN, Math.max(1, (HEIGHT - 60 - y) / 44));
    } finally {
      g.dispose();
    }
    return Png.encode(image);
  }

  /** Draws text wrapped at word boundaries, at most {@code maxLines} lines (the last cut with "…"); the y below it. */
  private static int text(Graphics2D g, String text, int x, int y, int width, int maxLines) {
    FontMetrics metrics = g.getFontMetrics();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      String last = lines.get(maxLines - 1);
      while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
        last = last.substring(0, last.length() - 1);
      }
      lines = new ArrayList<>(lines.subList(0, maxLines - 1));
      lines.add(last.strip() + "…");
    }
    int lineHeight = metrics.getHeight();
    for (String l : lines) {
      g.drawString(l, x, y);
      y += lineHeight;
    }
    return y;
  }

  private static Color color(String hex) {
    long value = Long.parseLong(hex.substring(1), 16);
    return hex.length() == 9 ? new Color((int) ((value & 0xff) << 24 | value >> 8), true) : new Color((int) value);
  }

  private static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
        digest.update((byte) 0);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
