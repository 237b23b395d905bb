package io.ebpfdocs.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BundledResourcesTest {

  @Test
  void readsAFileBesideItsOwner() throws IOException {
    String css = BundledResources.text(SiteBuilder.class, "assets/site.css");
    assertTrue(css.contains("--"), "the site's stylesheet, with its custom properties");
    assertEquals(css.length(), new String(BundledResources.bytes(SiteBuilder.class, "assets/site.css"),
        StandardCharsets.UTF_8).length());
  }

  @Test
  void aMissingFileNamesItselfAndItsOwner() {
    IOException e = assertThrows(IOException.class, () -> BundledResources.bytes(SiteBuilder.class, "no-such.txt"));
    assertEquals("missing bundled resource no-such.txt (beside io.ebpfdocs.site.SiteBuilder)", e.getMessage());
  }
}
