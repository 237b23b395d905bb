package io.ebpfdocs.data;

import static io.ebpfdocs.data.DataTestFiles.error;
import static io.ebpfdocs.data.DataTestFiles.kfuncs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.data.KfuncSets.Func;
import io.ebpfdocs.data.KfuncSets.KfuncSet;
import io.ebpfdocs.data.KfuncSets.ProgramType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KfuncSetsTest {
  private static final String FILE = "data/kfuncs.yaml";
  private static final String RULE =
      " cannot be a page name: it would leave its docs folder (no '/', '\\', '..' or control characters); rename it";

  @Test
  void readsSetsFuncsFlagsExceptionsAndProgramTypes() throws Exception {
    KfuncSets data = kfuncs("""
        sets:
          s1:
            funcs:
              - name: f1
                flags: [KF_ACQUIRE, KF_RET_NULL]
              - name: f2
                except:
                  program_types:
                    - name: BPF_PROG_TYPE_XDP
            program_types:
              - name: BPF_PROG_TYPE_XDP
                since: {version: 6.10, commit: abc}
                until: {version: 07}
              - name: BPF_PROG_TYPE_LSM
            unknown_key: fine
          s2: {}
        """);
    assertEquals(List.of(
        new KfuncSet("s1", List.of(
            new Func("f1", List.of("KF_ACQUIRE", "KF_RET_NULL"), List.of(), 4),
            new Func("f2", List.of(), List.of("BPF_PROG_TYPE_XDP"), 6)), List.of(
            new ProgramType("BPF_PROG_TYPE_XDP", Optional.of(new Since("6.10", "abc")), Optional.of(new Since("07", "")), 11),
            new ProgramType("BPF_PROG_TYPE_LSM", Optional.empty(), Optional.empty(), 14)), 3),
        new KfuncSet("s2", List.of(), List.of(), 16)), data.sets());
  }

  @Test
  void noSetsIsEmpty() throws Exception {
    assertEquals(List.of(), kfuncs("other: 1\n").sets());
  }

  @Test
  void kfuncAndProgramTypeNamesMustStayInTheirFolder() {
    assertEquals(FILE + ":4: '../../etc/passwd'" + RULE,
        error(() -> kfuncs("sets:\n  s:\n    funcs:\n      - name: ../../etc/passwd\n")));
    assertEquals(FILE + ":4: 'a\\\\b'".replace("\\\\", "\\") + RULE,
        error(() -> kfuncs("sets:\n  s:\n    funcs:\n      - name: 'a\\b'\n")));
    assertEquals(FILE + ":4: 'tab\\x09name'" + RULE,
        error(() -> kfuncs("sets:\n  s:\n    program_types:\n      - name: \"tab\\tname\"\n")));
    assertEquals(FILE + ":6: 'x/y'" + RULE, error(() -> kfuncs(
        "sets:\n  s:\n    funcs:\n      - name: f\n        except:\n          program_types: [{name: x/y}]\n")));
  }
}
