package io.ebpfdocs.site.history;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author of a page, as its history names them; nothing about them is fetched.
 *
 * @param name the name on their latest commit to the page
 * @param email lower case, how commits are grouped
 * @param commits their commits to the page
 */
public record Contributor(String name, String email, int commits) {
  private static final Pattern NOREPLY = Pattern.compile("(?:\\d+\\+)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)@users\\.noreply\\.github\\.com");

  /** The GitHub profile of a GitHub noreply address; empty for any other address. */
  public String profileUrl() {
    Matcher m = NOREPLY.matcher(email);
    return m.matches() ? "https://github.com/" + m.group(1) : "";
  }

  /** Up to two letters: the first of the first and of the last word of the name. */
  public String initials() {
    String[] words = name.trim().split("[\\s._-]+");
    String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
    String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
    return (first + last).toUpperCase(Locale.ROOT);
  }
}
