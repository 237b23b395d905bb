package io.ebpfdocs.site.social;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes an RGB image as an 8-bit truecolour PNG: every row with the Sub filter (a card is mostly flat
 * colour, which that turns into zeros), deflated for speed into one IDAT chunk. About three times faster
 * than ImageIO's writer, which tries every filter on every row and deflates harder, for cards about
 * half as large again (50 KB rather than 34 KB).
 */
final class Png {
  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};
  private static final int SUB = 1;

  private Png() {}

  /** @param image of {@link BufferedImage#TYPE_INT_RGB} */
  static byte[] encode(BufferedImage image) throws IOException {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 8);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
      byte[] row = new byte[1 + 3 * width];
      row[0] = SUB;
      for (int y = 0; y < height; y++) {
        int previous = 0;
        for (int x = 0, i = 1; x < width; x++, i += 3) {
          int pixel = pixels[y * width + x];
          row[i] = (byte) ((pixel >> 16) - (previous >> 16));
          row[i + 1] = (byte) ((pixel >> 8) - (previous >> 8));
          row[i + 2] = (byte) (pixel - previous);
          previous = pixel;
        }
        out.write(row);
      }
    } finally {
      deflater.end();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
    png.write(SIGNATURE);
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
    try (DataOutputStream fields = new DataOutputStream(ihdr)) {
      fields.writeInt(width);
      fields.writeInt(height);
      fields.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
    }
    chunk(png, "IHDR", ihdr.toByteArray());
    chunk(png, "IDAT", compressed.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    DataOutputStream out = new DataOutputStream(png);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
