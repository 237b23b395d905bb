package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.data.Since;
import io.ebpfdocs.data.YamlFile;
import io.ebpfdocs.data.YamlReader;
import io.ebpfdocs.report.DocsException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KfuncSettingsReaderTest {
  private static final String FILE = "data/generators.yaml";

  private static KfuncSettings read(String yaml) throws Exception {
    return KfuncSettingsReader.read(Optional.of(new YamlFile(FILE, YamlReader.parse(yaml, FILE))));
  }

  @Test
  void withoutTheFileEverythingComesFromTheDefaults() throws Exception {
    KfuncSettings defaults = KfuncSettingsReader.read(Optional.empty());
    assertEquals(KfuncSettingsReader.defaults(), defaults);
    assertEquals(6, defaults.ignore().size());
    assertEquals(16, defaults.removed().size());
    assertEquals(23, defaults.commonProgramTypes().size());
    assertEquals(new Versioned("BPF_PROG_TYPE_SOCK_OPS", Optional.of(new Since("6.15", "59422464266f8baa091edcb3779f0955a21abf00")), Optional.empty()),
        defaults.commonProgramTypes().get(14));
    assertEquals(List.of("KF_ACQUIRE", "KF_DESTRUCTIVE", "KF_RCU_PROTECTED", "KF_RELEASE", "KF_RET_NULL", "KF_SLEEPABLE"),
        defaults.flagNotes().keySet().stream().sorted().toList());
    assertTrue(defaults.flagNotes().values().stream().allMatch(note -> note.startsWith("\n!!! ") && note.endsWith("\n")));
    assertEquals(List.of("BPF_PROG_TYPE_KPROBE", "BPF_PROG_TYPE_LSM", "BPF_PROG_TYPE_STRUCT_OPS", "BPF_PROG_TYPE_SYSCALL",
        "BPF_PROG_TYPE_TRACING"), defaults.sleepableProgramTypes());
  }

  @Test
  void aFileWithoutKfuncsKeyTakesTheDefaults() throws Exception {
    assertEquals(KfuncSettingsReader.defaults(), read("other_generator:\n  key: value\n"));
  }

  @Test
  void eachKeyTheFileSetsReplacesItsDefault() throws Exception {
    KfuncSettings settings = read("kfuncs:\n"
        + "  removed: [old_kfunc]\n"
        + "  common_program_types:\n"
        + "    - name: BPF_PROG_TYPE_XDP\n"
        + "      since: {version: 6.10, commit: abc}\n"
        + "  flag_notes:\n"
        + "    KF_SLEEPABLE: \"\\n!!! note\\n\\tMay sleep.\\n\"\n"
        + "  no_kfuncs: \"None.\\n\"\n");
    KfuncSettings defaults = KfuncSettingsReader.defaults();
    assertEquals(defaults.ignore(), settings.ignore());
    assertEquals(List.of("old_kfunc"), settings.removed());
    assertEquals(List.of(new Versioned("BPF_PROG_TYPE_XDP", Optional.of(new Since("6.10", "abc")), Optional.empty())),
        settings.commonProgramTypes(), "6.10 stays 6.10");
    assertEquals(java.util.Map.of("KF_SLEEPABLE", "\n!!! note\n\tMay sleep.\n"), settings.flagNotes());
    assertEquals("None.\n", settings.noKfuncs());
    assertEquals(defaults.sleepableProgramTypes(), settings.sleepableProgramTypes());
  }

  @Test
  void theDefaultWordingIsOurOwn() throws Exception {
    String sleepable = KfuncSettingsReader.defaults().flagNotes().get("KF_SLEEPABLE");
    assertFalse(sleepable.contains("This function may sleep, and therefore"), sleepable);
  }

  @Test
  void malformedSettingsNameFileAndLine() {
    DocsException e = assertThrows(DocsException.class, () -> read("kfuncs:\n  flag_notes:\n    - KF_ACQUIRE\n"));
    assertEquals(FILE + ":3: kfuncs flag_notes must be a mapping (key: value)", e.getMessage());
    DocsException noName = assertThrows(DocsException.class, () -> read("kfuncs:\n  common_program_types:\n    - since: {version: 6.1}\n"));
    assertTrue(noName.getMessage().startsWith(FILE + ":3: common program type has no 'name'"), noName.getMessage());
  }
}
