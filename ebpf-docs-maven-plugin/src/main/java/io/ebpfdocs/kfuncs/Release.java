package io.ebpfdocs.kfuncs;

/** A kernel release and the commit that brought a change into it, e.g. 6.12 / bc638d8…. */
public record Release(String version, String commit) {}
