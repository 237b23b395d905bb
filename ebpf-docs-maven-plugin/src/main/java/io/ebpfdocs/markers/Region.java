package io.ebpfdocs.markers;

/**
 * One generated region of a page.
 *
 * @param argument the marker's argument, empty for markers without one
 * @param content the text between the start and the stop marker, as the page holds it
 * @param line the 1-based line of the start marker
 */
public record Region(String argument, String content, int line) {}
