package io.ebpfdocs.libbpf;

/** A problem in a libbpf input file that does not stop the generation. */
public record InputWarning(int line, String message) {}
