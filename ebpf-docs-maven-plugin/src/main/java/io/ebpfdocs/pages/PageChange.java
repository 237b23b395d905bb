package io.ebpfdocs.pages;

/**
 * A page whose generated text differs from the file.
 *
 * @param path the page relative to the docs folder, with {@code /}
 * @param before the file's text, {@code null} when the page is new
 * @param after the generated text
 */
public record PageChange(String path, String before, String after) {}
