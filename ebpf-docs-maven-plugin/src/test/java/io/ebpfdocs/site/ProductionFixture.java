package io.ebpfdocs.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A small tree configured as ebpf-docs is (a logo, the palette's auto/dark/light toggle, edit and view
 * buttons, the production plugins behind {@code !ENV [PROD, false]}), with a short history: index.md and
 * concepts.md by Ann, then concepts.md renamed to maps.md and changed by a GitHub user.
 */
public final class ProductionFixture {
  private static final PersonIdent ANN = new PersonIdent("Ann Author", "ann@example.org",
      Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC);
  private static final PersonIdent GH = new PersonIdent("octo cat", "12345+octocat@users.noreply.github.com",
      Instant.parse("2025-07-17T09:30:00Z"), ZoneOffset.UTC);

  /** ebpf-docs' palette: the system's scheme, dark in yellow and amber, light in Material's default; under {@code theme:}. */
  public static final String PALETTE = """
        palette:
          - media: "(prefers-color-scheme)"
            toggle:
              icon: material/brightness-auto
              name: Switch to light mode
          - media: "(prefers-color-scheme: dark)"
            scheme: slate
            primary: yellow
            accent: amber
            toggle:
              icon: material/brightness-7
              name: Switch to dark mode
          - media: "(prefers-color-scheme: light)"
            scheme: default
            toggle:
              icon: material/brightness-4
              name: Switch to system preference
      """;

  private ProductionFixture() {}

  /** The tree without history; its docs folder. */
  public static Path tree(Path root) throws Exception {
    Path docs = root.resolve("docs");
    Files.createDirectories(docs.resolve("assets"));
    Files.writeString(root.resolve("mkdocs.yml"), """
        site_name: Test Docs
        site_url: https://docs.example.org/
        repo_url: https://github.com/o/r
        edit_uri: blob/main/docs/
        theme:
          name: material
          logo: assets/logo.png
          features: [content.action.edit, content.action.view]
        """ + PALETTE + """
        plugins:
          - git-revision-date-localized:
              enabled: !ENV [PROD, false]
              enable_creation_date: true
          - git-committers:
              enabled: !ENV [PROD, false]
          - social:
              enabled: !ENV [PROD, false]
        """);
    BufferedImage logo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = logo.createGraphics();
    g.setColor(new Color(0x1c2130));
    g.fillOval(4, 4, 56, 56);
    g.dispose();
    ImageIO.write(logo, "png", docs.resolve("assets/logo.png").toFile());
    Files.writeString(docs.resolve("SUMMARY.md"), "* [Home](index.md)\n* [Maps](maps.md)\n");
    Files.writeString(docs.resolve("index.md"), "# Home\n\nThe first paragraph tells what this is.\n");
    return root.resolve("docs");
  }

  /** Commits the tree as described above. */
  public static void history(Path root) throws Exception {
    Path docs = root.resolve("docs");
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      Files.writeString(docs.resolve("concepts.md"), "# Maps\n\nMaps hold data.\n\nA longer second paragraph.\n");
      git.add().addFilepattern(".").call();
      git.commit().setAuthor(ANN).setCommitter(ANN).setMessage("first").setSign(false).call();
      Files.move(docs.resolve("concepts.md"), docs.resolve("maps.md"));
      Files.writeString(docs.resolve("maps.md"), Files.readString(docs.resolve("maps.md")) + "\nOne more line.\n");
      git.add().addFilepattern(".").call();
      git.rm().addFilepattern("docs/concepts.md").call();
      git.commit().setAuthor(GH).setCommitter(GH).setMessage("rename").setSign(false).call();
    }
  }
}
