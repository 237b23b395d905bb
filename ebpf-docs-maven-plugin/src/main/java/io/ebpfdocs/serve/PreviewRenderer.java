package io.ebpfdocs.serve;

import io.ebpfdocs.report.DocsException;
import io.ebpfdocs.site.PageRenderer;
import io.ebpfdocs.site.markdown.MarkdownRenderer;
import java.util.concurrent.CompletableFuture;

/**
 * The site's page renderer, built in a thread of its own while the preview starts, and warmed up
 * there: most of a first render is loading classes (flexmark's, Jackson's data binding for front
 * matter), and a page rendered for nothing loads them before a browser asks.
 */
final class PreviewRenderer {
  /** Rendered once at the start, for nothing but the classes it loads: front matter, the usual Markdown, our extensions. */
  private static final String WARM_UP_PAGE = """
      ---
      title: Warm-up
      hide:
        - toc
      ---
      # Warm-up

      A [link](other.md#part), *emphasis*, `code`, :octicons-tag-24: and a note[^1].

      ## Part { #part }

      | A | B |
      | - | - |
      | 1 | 2 |

      !!! note "Note"
          Text.

      === "Tab"
          ```c
          int x = bpf_map_lookup_elem(&map, &key);
          ```

      [^1]: Note.
      """;

  private final CompletableFuture<PageRenderer> renderer = new CompletableFuture<>();

  private PreviewRenderer() {}

  /** Starts building the renderer. */
  static PreviewRenderer start() {
    PreviewRenderer starting = new PreviewRenderer();
    Thread thread = new Thread(starting::build, "ebpfdocs-serve-renderer");
    thread.setDaemon(true);
    thread.start();
    return starting;
  }

  /** Renders a page, once the renderer is built. */
  PageRenderer.RenderedPage render(String path, String source) throws DocsException {
    return renderer.join().render(path, source);
  }

  private void build() {
    PageRenderer built;
    try {
      built = new PageRenderer(new MarkdownRenderer());
    } catch (Throwable e) {
      renderer.completeExceptionally(e); // pages show it rather than wait forever
      throw e;
    }
    renderer.complete(built); // pages need not wait for the warm-up
    try {
      built.render("warm-up.md", WARM_UP_PAGE);
    } catch (DocsException | RuntimeException e) {
      // Nothing is lost: the first page loads what this did not.
    }
  }
}
