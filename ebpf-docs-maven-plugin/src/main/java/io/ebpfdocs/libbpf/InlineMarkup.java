package io.ebpfdocs.libbpf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the reStructuredText inline markup of libbpf's helper comments into the Markdown of the
 * helper pages: {@code **bold**} stays, {@code *word*} becomes {@code _word_}.
 */
final class InlineMarkup {

  private static final Pattern CALL_WITH_SPACE = Pattern.compile("\\*\\*([^*\\n]+)\\*\\*\\s+\\(\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\n]+\\*\\*");
  /** Words of letters, digits and {@code _ . > / -}, separated by single spaces. */
  private static final Pattern EMPHASIS =
      Pattern.compile("\\*([A-Za-z0-9_.>/\\-]+(?: [A-Za-z0-9_.>/\\-]+)*)\\*");

  /*
   * While emphasis is converted, bold spans are parked behind tokens. The tokens consist only of
   * characters emphasis accepts, so an emphasis around or next to a bold span still matches, as
   * it does in the pages generated so far.
   */
  private static final String TOKEN_PREFIX = "__EBPFDOCS_BOLD_";

  private InlineMarkup() {}

  static String clean(String text) {
    String result = text.replace("\\ ", "");
    result = CALL_WITH_SPACE.matcher(result).replaceAll("**$1**()");

    List<String> bolds = new ArrayList<>();
    Matcher bold = BOLD.matcher(result);
    StringBuilder parked = new StringBuilder();
    while (bold.find()) {
      bold.appendReplacement(parked, Matcher.quoteReplacement(token(bolds.size())));
      bolds.add(bold.group());
    }
    bold.appendTail(parked);

    result = EMPHASIS.matcher(parked).replaceAll("_$1_");
    for (int i = 0; i < bolds.size(); i++) {
      result = result.replace(token(i), bolds.get(i));
    }
    // "*tuple*\ **->ipv4**" reads as one expression: no space between emphasis and bold.
    return result.replace("_ **->", "_**->");
  }

  private static String token(int index) {
    return TOKEN_PREFIX + index + "__";
  }
}
