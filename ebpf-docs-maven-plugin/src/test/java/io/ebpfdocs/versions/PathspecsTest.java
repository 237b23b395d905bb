package io.ebpfdocs.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathspecsTest {
  private final Pathspecs specs =
      new Pathspecs(List.of("arch/*", "drivers/net/*", "kernel/bpf", "include/uapi/", "fs/*.h"));

  @ParameterizedTest
  @CsvSource({
    "arch/x86/net/bpf_jit_comp.c, true",
    "arch/Kconfig, true",
    "arch/.gitignore, true",
    "arch/x86/.config, true",
    "arch, false",
    "archive/x.c, false",
    "drivers/net/ethernet/intel/x.c, true",
    "drivers/media/rc/bpf-lirc.c, false",
    "kernel/bpf/syscall.c, true",
    "kernel/bpf, true",
    "kernel/bpfx/syscall.c, false",
    "include/uapi/linux/bpf.h, true",
    "include/linux/bpf.h, false",
    "fs/x.h, true",
    "fs/sub/dir/y.h, true",
    "fs/x.c, false",
  })
  void filesAreSelectedAsGitGrepSelectsThem(String path, boolean expected) {
    assertEquals(expected, specs.matches(path));
  }

  @ParameterizedTest
  @CsvSource({
    "arch, ALL",
    "arch/x86, ALL",
    "drivers, SOME",
    "drivers/net, ALL",
    "drivers/net/ethernet, ALL",
    "drivers/media, NONE",
    "kernel, SOME",
    "kernel/bpf, ALL",
    "kernel/trace, NONE",
    "include, SOME",
    "include/uapi, ALL",
    "fs, SOME",
    "fs/sub, SOME",
    "tools, NONE",
  })
  void directoriesAreClassifiedSoThatWholeSubtreesCanBeMemoized(String dir, Pathspecs.Coverage expected) {
    assertEquals(expected, specs.coverage(dir));
  }

  @ParameterizedTest
  @CsvSource({
    "a/?.c, a/b.c, true",
    "a/?.c, a/bc.c, false",
    "a/[bc].c, a/c.c, true",
    "a/[!bc].c, a/c.c, false",
    "a/[a-c]*, a/b/x, true",
    "a/[[:digit:]]x, a/7x, true",
    "a/\\*, a/*, true",
    "a/\\*, a/b, false",
  })
  void wildcardsMatchLikeGitsWildmatch(String spec, String path, boolean expected) {
    assertEquals(expected, new Pathspecs(List.of(spec)).matches(path));
  }
}
