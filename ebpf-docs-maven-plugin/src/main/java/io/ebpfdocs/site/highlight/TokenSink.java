package io.ebpfdocs.site.highlight;

/** Receives tokens; {@code cssClass} is a Pygments short class ("k", "c1", ...) or null for plain text. */
@FunctionalInterface
public interface TokenSink {
  void token(String cssClass, CharSequence text);
}
