package io.ebpfdocs.data;

import static io.ebpfdocs.data.DataTestFiles.error;
import static io.ebpfdocs.data.DataTestFiles.helpers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.data.HelperFunctions.Helper;
import io.ebpfdocs.report.Warning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HelperFunctionsTest {
  private static final String FILE = "data/helpers-functions.yaml";

  private static Helper helper(String name) {
    return new Helper(name, Optional.empty());
  }

  private static Helper helper(String name, String version, String commit) {
    return new Helper(name, Optional.of(new Since(version, commit)));
  }

  private static final String GROUPS = """
      groups:
        base:
        - name: h_a
        - name: h_b
          since: {version: 6.10, commit: c1}
        - group: inner
        extra:
        - name: h_b
          since: {version: 5.0, commit: c2}
        - name: h_c
          since: {version: 4.4, commit: c3}
          cap: [CAP_BPF]
        inner:
        - name: h_d
      """;

  @Test
  void groupsResolveRecursivelyOwnEntriesAndEarlierGroupsWinExcludeRemoves() throws Exception {
    HelperFunctions data = helpers(GROUPS + """
        programs:
          PROG_X:
          - group: base
          - group: extra
          - name: h_c
          - exclude: h_a
          - name: h_z
          - name: h_c
          PROG_W:
          - name: h_b
            since: {version: 07, commit: c9}
          - group: base
        maps:
          MAP_Y:
          - group: extra
          MAP_EMPTY: []
        """);
    assertEquals(Map.of(
        "PROG_X", List.of(helper("h_b", "6.10", "c1"), helper("h_c"), helper("h_d"), helper("h_z")),
        "PROG_W", List.of(helper("h_a"), helper("h_b", "07", "c9"), helper("h_d"))), data.programs());
    assertEquals(List.of("PROG_X", "PROG_W"), List.copyOf(data.programs().keySet()));
    assertEquals(Map.of(
        "MAP_Y", List.of(helper("h_b", "5.0", "c2"), helper("h_c", "4.4", "c3")),
        "MAP_EMPTY", List.of()), data.maps());
    assertEquals(List.of(), data.problems());
  }

  @Test
  void unknownGroupIsAnEmptyGroupAndAProblemWithLineAndName() throws Exception {
    HelperFunctions data = helpers(GROUPS + """
        programs:
          PROG_X:
          - name: h_x
          - group: nope
          PROG_Y:
          - group: nope
        """);
    assertEquals(List.of(helper("h_x")), data.programs().get("PROG_X"));
    assertEquals(List.of(), data.programs().get("PROG_Y"));
    String message = "unknown group 'nope' (counted as empty); define it under 'groups:' or fix the name"
        + " (known: base, extra, inner)";
    assertEquals(List.of(new Warning(FILE, 18, message), new Warning(FILE, 20, message)), data.problems());
  }

  @Test
  void groupCycleFailsWithTheCycleAndTheLine() {
    assertEquals(FILE + ":7: group cycle: a -> b -> c -> a; remove one of these group references", error(() -> helpers("""
        groups:
          a:
          - group: b
          b:
          - group: c
          c:
          - group: a
        programs:
          P:
          - group: a
        """)));
    assertEquals(FILE + ":4: group cycle: self -> self; remove one of these group references", error(() -> helpers("""
        groups:
          self:
          - name: h
          - group: self
        """)));
  }

  @Test
  void namesThatWouldLeaveTheDocsFolderAreRefused() {
    String rule = " cannot be a page name: it would leave its docs folder (no '/', '\\', '..' or control characters); rename it";
    assertEquals(FILE + ":3: '../evil'" + rule, error(() -> helpers("programs:\n  P:\n  - name: ../evil\n")));
    assertEquals(FILE + ":3: 'a/b'" + rule, error(() -> helpers("maps:\n  M:\n  - name: a/b\n")));
    assertEquals(FILE + ":3: 'a\\b'" + rule, error(() -> helpers("groups:\n  g:\n  - name: 'a\\b'\n")));
    assertEquals(FILE + ":3: 'bad\\x01name'" + rule, error(() -> helpers("programs:\n  P:\n  - name: \"bad\\x01name\"\n")));
    assertEquals(FILE + ":2: '..'" + rule, error(() -> helpers("programs:\n  '..': [name: h]\n")));
    assertEquals(FILE + ":2: 'x/y'" + rule, error(() -> helpers("maps:\n  x/y: []\n")));
  }

  @Test
  void anItemNeedsExactlyOneKind() {
    assertEquals(FILE + ":3: an item of programs P needs exactly one of 'name', 'group' or 'exclude'",
        error(() -> helpers("programs:\n  P:\n  - {name: a, group: b}\n")));
    assertEquals(FILE + ":3: an item of groups g needs exactly one of 'name', 'group' or 'exclude'",
        error(() -> helpers("groups:\n  g:\n  - {cap: [CAP_BPF]}\n")));
  }
}
