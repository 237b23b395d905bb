package io.ebpfdocs.data;

import static io.ebpfdocs.data.DataTestFiles.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageNameTest {
  private static final String RULE =
      " cannot be a page name: it would leave its docs folder (no '/', '\\', '..' or control characters); rename it";

  private static String check(String name) throws Exception {
    YamlFile file = DataTestFiles.yaml("data/f.yaml", "a: b\n");
    return PageName.check(file, new YamlNode.Scalar(name, 7), name);
  }

  @Test
  void ordinaryNamesPass() throws Exception {
    assertEquals("bpf_map_lookup_elem", check("bpf_map_lookup_elem"));
    assertEquals("BPF_PROG_TYPE_XDP", check("BPF_PROG_TYPE_XDP"));
    assertEquals("a.b", check("a.b"));
  }

  @Test
  void escapingNamesAreRefusedWithFileAndLine() {
    assertEquals("data/f.yaml:7: ''" + RULE, error(() -> check("")));
    assertEquals("data/f.yaml:7: '/abs'" + RULE, error(() -> check("/abs")));
    assertEquals("data/f.yaml:7: 'a..b'" + RULE, error(() -> check("a..b")));
    assertEquals("data/f.yaml:7: 'c:\\x'" + RULE, error(() -> check("c:\\x")));
    assertEquals("data/f.yaml:7: 'new\\x0aline'" + RULE, error(() -> check("new\nline")));
    assertEquals("data/f.yaml:7: 'del\\x7f'" + RULE, error(() -> check("del\u007f")));
  }
}
