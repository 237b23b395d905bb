package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.util.ast.Block;
import io.ebpfdocs.site.markdown.TabBlock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code === "Title"}; {@code ===+} selects the tab. Does not interrupt a paragraph. */
public final class TabStartFactory extends ContainerStartFactory {
  public TabStartFactory() {
    super("=", Pattern.compile("===(\\+)?\\s+\"(.*)\""), false);
  }

  @Override
  protected Block block(Matcher m) {
    return new TabBlock(m.group(2), m.group(1) != null);
  }
}
