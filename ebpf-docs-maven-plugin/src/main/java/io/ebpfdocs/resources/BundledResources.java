package io.ebpfdocs.resources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Files shipped in the plugin jar beside the class that uses them (templates, assets, defaults). */
public final class BundledResources {
  private BundledResources() {}

  /** The bytes of {@code name}, resolved like {@link Class#getResourceAsStream} of {@code owner}. */
  public static byte[] bytes(Class<?> owner, String name) throws IOException {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + name + " (beside " + owner.getName() + ")");
      }
      return in.readAllBytes();
    }
  }

  /** The UTF-8 text of {@code name}. */
  public static String text(Class<?> owner, String name) throws IOException {
    return new String(bytes(owner, name), StandardCharsets.UTF_8);
  }
}
