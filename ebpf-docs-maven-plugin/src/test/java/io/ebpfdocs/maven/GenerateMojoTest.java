package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.generate.DocsRun.Mode;
import io.ebpfdocs.generate.DocsSettings;
import io.ebpfdocs.generate.Options;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/**
 * generate, and through it the parameters every generator goal shares. The {@code -D} names are
 * written out (not taken from {@code Options}): they are what the README promises users.
 */
@MojoTest
class GenerateMojoTest extends MojoHarness {

  @Test
  @InjectMojo(goal = "generate")
  void defaultsAreTheTreeAtTheBasedir(GenerateMojo mojo) {
    DocsSettings settings = mojo.settings();
    assertEquals(basedir(), settings.root());
    assertEquals(basedir().resolve("docs"), settings.docsDir());
    assertEquals(basedir().resolve("data"), settings.dataDir());
    assertFalse(settings.strict());
    assertEquals(Map.of(Options.OFFLINE, "false", Options.KFUNCS_VALIDATE, "warn", Options.CHECK_DAMAGED, "fail",
        Options.BASELINE_UPDATE, "false"), settings.options());
    assertEquals(List.of(), mojo.generators(), "every generator");
    assertEquals(Mode.WRITE, mojo.mode());
  }

  @Test
  @InjectMojo(goal = "generate")
  @UserProperty(name = "ebpfdocs.root", value = "target/tree")
  @UserProperty(name = "ebpfdocs.strict", value = "true")
  @UserProperty(name = "ebpfdocs.libbpf", value = "/src/libbpf")
  @UserProperty(name = "ebpfdocs.libbpfRef", value = "v1.5.0")
  @UserProperty(name = "ebpfdocs.helperDefsFile", value = "/h/bpf_helper_defs.h")
  @UserProperty(name = "ebpfdocs.libbpfCache", value = "/cache")
  @UserProperty(name = "ebpfdocs.btf", value = "vmlinux,mod")
  @UserProperty(name = "ebpfdocs.kfuncs.validate", value = "fail")
  @UserProperty(name = "ebpfdocs.check.damaged", value = "warn")
  @UserProperty(name = "ebpfdocs.baseline.update", value = "true")
  void userPropertiesReachTheSettings(GenerateMojo mojo) {
    DocsSettings settings = mojo.settings();
    assertEquals(inBasedir("target/tree"), settings.root());
    assertEquals(inBasedir("target/tree/docs"), settings.docsDir());
    assertEquals(inBasedir("target/tree/data"), settings.dataDir());
    assertTrue(settings.strict());
    assertEquals(Map.of(Options.OFFLINE, "false", Options.LIBBPF, "/src/libbpf", Options.LIBBPF_REF, "v1.5.0",
        Options.HELPER_DEFS_FILE, "/h/bpf_helper_defs.h", Options.LIBBPF_CACHE, "/cache",
        Options.BTF, "vmlinux,mod", Options.KFUNCS_VALIDATE, "fail", Options.CHECK_DAMAGED, "warn",
        Options.BASELINE_UPDATE, "true"), settings.options());
  }

  @Test
  @InjectMojo(goal = "generate")
  @UserProperty(name = "ebpfdocs.docsDirectory", value = "target/pages")
  @UserProperty(name = "ebpfdocs.dataDirectory", value = "/srv/data")
  void docsAndDataFoldersOverrideTheLayout(GenerateMojo mojo) {
    DocsSettings settings = mojo.settings();
    assertEquals(basedir(), settings.root());
    assertEquals(inBasedir("target/pages"), settings.docsDir());
    assertEquals(Path.of("/srv/data"), settings.dataDir());
  }

  @Test
  @InjectMojo(goal = "generate")
  @MojoParameter(name = "dataDirectory", value = "${basedir}/../data")
  @MojoParameter(name = "libbpf", value = "${basedir}/tools/libbpf")
  @MojoParameter(name = "strict", value = "true")
  void pomConfigurationReachesTheSettings(GenerateMojo mojo) {
    DocsSettings settings = mojo.settings();
    assertEquals(basedir().resolveSibling("data"), settings.dataDir());
    assertEquals(basedir() + "/tools/libbpf", settings.option(Options.LIBBPF).orElseThrow());
    assertTrue(settings.strict());
  }

  @Test
  @InjectMojo(goal = "generate")
  @UserProperty(name = "ebpfdocs.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void globalSkip(GenerateMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.skip");
  }

  @Test
  @InjectMojo(goal = "generate")
  @UserProperty(name = "ebpfdocs.generate.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void goalSkip(GenerateMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.generate.skip");
  }
}
