package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;

import io.ebpfdocs.DocsTree;
import io.ebpfdocs.generate.DocsRun.Mode;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** check: fails on stale pages unless told only to report them; user-fixable problems are failures. */
@MojoTest
class CheckMojoTest extends MojoHarness {
  private static final String STALE_TREE = "target/mojo-tests/check-stale";
  private static final String XDP = "linux/program-type/BPF_PROG_TYPE_XDP.md";
  private static final String STALE_PAGE = "# XDP\n\n<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->\nstale\n<!-- [/FEATURE_TAG] -->\n";

  @BeforeEach
  void staleTree() {
    new DocsTree(inBasedir(STALE_TREE))
        .data("feature-versions.yaml", "- name: program_types\n  features:\n    - name: BPF_PROG_TYPE_XDP\n      version: v4.8\n")
        .page(XDP, STALE_PAGE);
  }

  @Test
  @InjectMojo(goal = "check")
  void defaultsCheckEveryGeneratorAndFail(CheckMojo mojo) {
    assertTrue(mojo.fail);
    assertEquals(List.of(), mojo.generators());
    assertEquals(Mode.CHECK, mojo.mode());
  }

  @Test
  @InjectMojo(goal = "check")
  @UserProperty(name = "ebpfdocs.root", value = STALE_TREE)
  void stalePagesFailWithTheCommandThatFixesThem(CheckMojo mojo) throws Exception {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().contains("2 stale page(s)"), failure.getMessage());
    assertTrue(failure.getMessage().contains(XDP + ": FEATURE_TAG (line 3)\n"), failure.getMessage());
    assertTrue(failure.getMessage().contains("-stale\n+[:octicons-tag-24: v4.8]"), failure.getMessage());
    assertTrue(failure.getMessage().contains("docs/linux/timeline/index.md: timeline\n"), failure.getMessage());
    assertTrue(failure.getMessage().contains("Run `mvn io.ebpfdocs:ebpf-docs-maven-plugin:"), failure.getMessage());
    assertEquals(STALE_PAGE, new DocsTree(inBasedir(STALE_TREE)).page(XDP), "check never writes");
  }

  @Test
  @InjectMojo(goal = "check")
  @UserProperty(name = "ebpfdocs.root", value = STALE_TREE)
  @UserProperty(name = "ebpfdocs.libbpf", value = "https://libbpf.invalid/{ref}/{path}")
  @UserProperty(name = "ebpfdocs.btf", value = "none")
  @MojoParameter(name = "offline", value = "true")
  void theFixCommandRepeatsTheOptionsThatChoseTheSources(CheckMojo mojo) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().contains(":generate -Debpfdocs.root=" + mojo.root
        + " '-Debpfdocs.libbpf=https://libbpf.invalid/{ref}/{path}' -Debpfdocs.btf=none -o` and commit the result."),
        failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "check")
  @UserProperty(name = "ebpfdocs.root", value = STALE_TREE)
  @UserProperty(name = "ebpfdocs.check.fail", value = "false")
  void aDamagedMarkerFailsAtItsLineEvenWhenStalePagesOnlyWarn(CheckMojo mojo) {
    new DocsTree(inBasedir(STALE_TREE)).page(XDP, "# XDP\n\n<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->\nno stop\n");
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("docs/" + XDP + ":3: FEATURE_TAG start marker without a stop marker;"),
        failure.getMessage());
  }

  @Test
  @InjectMojo(goal = "check")
  @UserProperty(name = "ebpfdocs.root", value = STALE_TREE)
  @UserProperty(name = "ebpfdocs.check.fail", value = "false")
  void failFalseOnlyReports(CheckMojo mojo) throws Exception {
    mojo.execute();
    verify(log).warn(argThat((CharSequence message) -> message.toString().contains("2 stale page(s)")));
  }

  @Test
  @InjectMojo(goal = "check")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void aTreeWithoutDocsFailsNamingTheFolder(CheckMojo mojo) {
    assertFailsWithoutDocs(mojo, inBasedir(NO_TREE + "/docs"));
  }

  @Test
  @InjectMojo(goal = "check")
  @MojoParameter(name = "projectFile", value = "${basedir}/pom.xml")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void aSingleProjectWithoutDocsFailsToo(CheckMojo mojo) {
    assertFailsWithoutDocs(mojo, inBasedir(NO_TREE + "/docs"));
  }

  @Test
  @InjectMojo(goal = "check")
  @UserProperty(name = "ebpfdocs.check.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = STALE_TREE)
  void goalSkip(CheckMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.check.skip");
  }
}
