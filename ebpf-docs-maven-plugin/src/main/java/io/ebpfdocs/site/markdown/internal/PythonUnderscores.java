package io.ebpfdocs.site.markdown.internal;

import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;

/**
 * Underscore emphasis as Python-Markdown pairs it, for kernel-doc text such as "_optname_s",
 * "__sk_buff->tstamp" or "bpf_redirect_*()": a run closes only a run of its own length ({@code _} with
 * {@code _}, {@code __} with {@code __}), and never across an asterisk run still open between the two,
 * since Python-Markdown takes asterisk emphasis first and its result is opaque to the underscores.
 */
public final class PythonUnderscores extends UnderscoreDelimiterProcessor {
  public PythonUnderscores(boolean strongWrapsEmphasis) {
    super(strongWrapsEmphasis);
  }

  @Override
  public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
    if (opener.length() != closer.length()) {
      return 0;
    }
    for (DelimiterRun between = opener.getNext(); between != null && between != closer; between = between.getNext()) {
      if (between.getDelimiterChar() == '*' && between.canOpen()) {
        return 0;
      }
    }
    return super.getDelimiterUse(opener, closer);
  }
}
