package io.ebpfdocs.maven;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn ebpfdocs:GOAL} at the root of a multi-module build runs in every module: modules
 * without a docs tree are skipped with one line (the harness's module, this plugin's directory,
 * has none), a tree or docs folder the user named that is missing is not.
 */
@MojoTest
class MultiModuleMojoTest extends MojoHarness {

  @BeforeEach
  void multiModuleBuild() {
    inAMultiModuleBuild();
  }

  @Test
  @MojoParameter(name = "projectFile", value = "${basedir}/pom.xml")
  void modulesWithoutDocsAreSkippedWithOneLine(
      @InjectMojo(goal = "generate") GenerateMojo generate,
      @InjectMojo(goal = "check") CheckMojo check,
      @InjectMojo(goal = "gen-kfunc-refs") GenKfuncRefsMojo kfuncRefs,
      @InjectMojo(goal = "site") SiteMojo site,
      @InjectMojo(goal = "find-versions") FindVersionsMojo findVersions) throws Exception {
    List<AbstractDocsMojo> goals = List.of(generate, check, kfuncRefs, site, findVersions);
    for (AbstractDocsMojo goal : goals) {
      goal.execute();
      verify(log).info("ebpfdocs:" + goal.goal() + ": no docs/ here (" + basedir().resolve("docs")
          + "), nothing to do in this module");
    }
    verify(log, times(goals.size())).info(any(CharSequence.class));
  }

  @Test
  @InjectMojo(goal = "check")
  @MojoParameter(name = "projectFile", value = "${basedir}/pom.xml")
  @UserProperty(name = "ebpfdocs.docsDirectory", value = NO_TREE + "/pages")
  void aConfiguredDocsFolderThatIsMissingStillFails(CheckMojo mojo) {
    assertFailsWithoutDocs(mojo, inBasedir(NO_TREE + "/pages"));
  }

  @Test
  @InjectMojo(goal = "generate")
  @MojoParameter(name = "projectFile", value = "${basedir}/pom.xml")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void aRootWithoutDocsStillFails(GenerateMojo mojo) {
    assertFailsWithoutDocs(mojo, inBasedir(NO_TREE + "/docs"));
  }
}
