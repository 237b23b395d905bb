package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.ebpfdocs.site.Html;
import io.ebpfdocs.site.highlight.CodeLinks;
import io.ebpfdocs.site.highlight.Highlighter;
import com.vladsch.flexmark.html.renderer.LinkType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fenced/indented code blocks and inline {@code #!lang} code, highlighted at build time. */
public final class CodeRenderer implements NodeRenderer {
  private static final Pattern OPTION = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern LANGUAGE_END = Pattern.compile("[\\s{]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int TAB_STOP = 4;

  public CodeRenderer(DataHolder options) {}

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(FencedCodeBlock.class, this::renderFenced),
        new NodeRenderingHandler<>(IndentedCodeBlock.class, this::renderIndented),
        new NodeRenderingHandler<>(Code.class, this::renderInline));
  }

  private void renderIndented(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
    writePre(html, block("", null, String.join("", lines(node.getContentLines())), new BitSet(), null,
        linkResolver(context)));
  }

  private void renderFenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
    String info = node.getInfo().toString().strip();
    String language = LANGUAGE_END.split(info, 2)[0].replace(".", "");
    BitSet highlighted = new BitSet();
    String title = null;
    Matcher m = OPTION.matcher(info);
    while (m.find()) {
      if (m.group(1).equals("hl_lines")) {
        highlighted = lineSet(m.group(2));
      } else if (m.group(1).equals("title")) {
        title = m.group(2);
      }
    }
    String annotationPrefix = CodeAnnotations.isAnnotated(node) ? CodeAnnotations.idPrefix(node) : null;
    writePre(html, block(language, title, String.join("", lines(node.getContentLines())), highlighted,
        annotationPrefix, linkResolver(context)));
  }

  /** Pre-formatted output: the HTML writer must not trim the code's leading spaces. */
  private static void writePre(HtmlWriter html, String block) {
    html.line().openPre().raw(block).closePre().line();
  }

  /** Links in code go through the same resolver as Markdown links (MkDocs URLs). */
  private static UnaryOperator<String> linkResolver(NodeRendererContext context) {
    return url -> context.resolveLink(LinkType.LINK, url, null).getUrl();
  }

  private static List<String> lines(List<BasedSequence> content) {
    List<String> lines = new ArrayList<>(content.size());
    for (BasedSequence line : content) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** "1 3-5" -> {1,3,4,5} (1-based line numbers). */
  private static BitSet lineSet(String spec) {
    BitSet set = new BitSet();
    for (String part : SPACES.split(spec.trim())) {
      try {
        int dash = part.indexOf('-');
        int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
        int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
        if (from >= 1 && to >= from) {
          set.set(from, to + 1);
        }
      } catch (NumberFormatException ignored) {
        // pymdownx ignores malformed entries too
      }
    }
    return set;
  }

  private static String block(String language, String title, String code, BitSet highlighted, String annotationPrefix,
      UnaryOperator<String> resolve) {
    String[] source = codeLines(code);
    List<String> markers = new ArrayList<>(source.length);
    if (annotationPrefix != null) {
      for (int i = 0; i < source.length; i++) {
        CodeAnnotations.Marked marked = CodeAnnotations.parse(source[i]);
        if (marked == null) {
          markers.add(null);
        } else {
          source[i] = marked.dropComment() ? marked.code() : marked.code() + marked.commentPrefix();
          String id = annotationPrefix + marked.number();
          markers.add("<a class=\"code-annotation\" href=\"#" + id + "\" title=\"Annotation " + marked.number()
              + "\">" + marked.number() + "</a>" + (marked.dropComment() ? "" : Html.escape(marked.commentSuffix())));
        }
      }
    }
    // Like ebpf-docs' hook, only blocks with a language (highlighted ones) get links.
    String plain = String.join("\n", source);
    CodeLinks.Result linked = language.isEmpty() ? new CodeLinks.Result(plain, List.of()) : CodeLinks.extract(plain);
    List<String> hrefs = new ArrayList<>();
    for (CodeLinks.Range link : linked.links()) {
      hrefs.add(resolve.apply(link.url()));
    }
    String joined = linked.code();
    List<String> lines = Highlighter.forLanguage(language).highlightLines(joined, linked.links(), hrefs);
    StringBuilder out = new StringBuilder(joined.length() * 2 + 128);
    out.append("<div class=\"highlight\">");
    if (title != null) {
      out.append("<span class=\"filename\">");
      Html.escapeTo(title, out);
      out.append("</span>");
    }
    out.append("<pre><code");
    if (!language.isEmpty()) {
      out.append(" class=\"language-");
      Html.escapeTo(language, out);
      out.append('"');
    }
    out.append('>');
    for (int i = 0; i < lines.size(); i++) {
      boolean hl = highlighted.get(i + 1);
      if (hl) {
        out.append("<span class=\"hll\">");
      }
      out.append(lines.get(i));
      if (i < markers.size() && markers.get(i) != null) {
        out.append(markers.get(i));
      }
      out.append('\n');
      if (hl) {
        out.append("</span>");
      }
    }
    return out.append("</code></pre></div>").toString();
  }

  /**
   * The block's lines as Python-Markdown shows them: tabs expanded to stops every 4 columns (it expands
   * the whole page before parsing) and no blank lines at the end.
   */
  static String[] codeLines(String code) {
    String[] lines = code.split("\n", -1);
    int end = lines.length;
    while (end > 1 && lines[end - 1].isBlank()) {
      end--;
    }
    String[] out = new String[end];
    for (int i = 0; i < end; i++) {
      out[i] = expandTabs(lines[i]);
    }
    return out;
  }

  private static String expandTabs(String line) {
    if (line.indexOf('\t') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        out.append(" ".repeat(TAB_STOP - out.length() % TAB_STOP));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private void renderInline(Code node, NodeRendererContext context, HtmlWriter html) {
    String text = node.getText().toString();
    if (text.startsWith("#!")) {
      int space = text.indexOf(' ');
      Highlighter highlighter = space < 0 ? null : Highlighter.forLanguage(text.substring(2, space));
      if (highlighter != null) {
        String code = text.substring(space + 1);
        html.raw("<code class=\"highlight language-" + Html.escape(text.substring(2, space)) + "\">")
            .raw(String.join(" ", highlighter.highlightLines(code))).raw("</code>");
        return;
      }
    }
    context.delegateRender();
  }
}
