package io.ebpfdocs.data;

import static io.ebpfdocs.data.DataTestFiles.features;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.data.FeatureVersions.Feature;
import io.ebpfdocs.data.FeatureVersions.Group;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeatureVersionsTest {
  @Test
  void readsGroupsAndFeaturesInOrderKeepingVersionText() throws Exception {
    FeatureVersions data = features("""
        # comment
        - name: program_types
          extra: ignored
          features:
            - name: A
              version: v6.10
              commit: abc
              note: unknown keys are fine
            - name: B
              version: 6.10
            - name: C
              version: 07
        - name: empty
        """);
    assertEquals(List.of(
        new Group("program_types", List.of(
            new Feature("A", "v6.10", "abc", 5),
            new Feature("B", "6.10", "", 9),
            new Feature("C", "07", "", 11)), 2),
        new Group("empty", List.of(), 13)), data.groups());
    assertEquals(Optional.of(data.groups().get(1)), data.group("empty"));
    assertEquals(Optional.empty(), data.group("nope"));
  }

  @Test
  void aNameListedTwiceResolvesToItsLastEntry() throws Exception {
    FeatureVersions data = features("- name: g\n  features:\n    - {name: A, version: v1.1}\n"
        + "- name: h\n  features:\n    - {name: B, version: v2.2}\n    - {name: A, version: v3.3}\n");
    assertEquals(List.of("A", "B"), List.copyOf(data.byName().keySet()));
    assertEquals("v3.3", data.byName().get("A").version());
  }
}
