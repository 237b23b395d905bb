package io.ebpfdocs.data;

import static io.ebpfdocs.data.DataTestFiles.error;
import static io.ebpfdocs.data.DataTestFiles.features;
import static io.ebpfdocs.data.DataTestFiles.helpers;
import static io.ebpfdocs.data.DataTestFiles.kfuncs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wrong node kinds and missing keys, through the records that ask for them. */
class YamlFileTest {
  @Test
  void wrongNodeKindsNameFileLineAndExpectation() {
    assertEquals("data/feature-versions.yaml:1: the file must be a list", error(() -> features("name: x\n")));
    assertEquals("data/feature-versions.yaml:2: a feature group must be a mapping (key: value)",
        error(() -> features("- name: g\n- just text\n")));
    assertEquals("data/feature-versions.yaml:3: features must be a list",
        error(() -> features("- name: g\n  features:\n    name: f\n")));
    assertEquals("data/feature-versions.yaml:3: feature version must be a single value",
        error(() -> features("- name: g\n  features:\n    - {name: f, version: [6, 1]}\n")));
    assertEquals("data/helpers-functions.yaml:1: the file must be a mapping (key: value)",
        error(() -> helpers("- a\n")));
    assertEquals("data/kfuncs.yaml:4: kfunc f flags must be a list",
        error(() -> kfuncs("sets:\n  s:\n    funcs:\n      - {name: f, flags: KF_ACQUIRE}\n")));
    assertEquals("data/kfuncs.yaml:4: kfunc f flags must be a single value",
        error(() -> kfuncs("sets:\n  s:\n    funcs:\n      - {name: f, flags: [[KF_ACQUIRE]]}\n")));
  }

  @Test
  void missingRequiredKeyNamesTheOwnerLine() {
    assertEquals("data/feature-versions.yaml:3: feature has no 'name'",
        error(() -> features("- name: g\n  features:\n    - version: v6.1\n")));
    assertEquals("data/feature-versions.yaml:1: feature group has no 'name'", error(() -> features("- features: []\n")));
    assertEquals("data/kfuncs.yaml:4: kfunc has no 'name'",
        error(() -> kfuncs("sets:\n  s:\n    funcs:\n      - flags: [KF_ACQUIRE]\n")));
    assertEquals("data/helpers-functions.yaml:5: since has no 'version'",
        error(() -> helpers("programs:\n  P:\n  - name: h\n    since:\n      commit: abc\n")));
  }

  @Test
  void emptyValueCountsAsAnEmptyMappingOrList() throws Exception {
    assertEquals(0, features("- name: g\n  features:\n").groups().get(0).features().size());
    assertEquals(0, helpers("programs:\n").programs().size());
  }
}
