package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/**
 * The goals that run one generator: each runs only its own and has its own skip. The parameters
 * they share with generate are tested in {@link GenerateMojoTest}.
 */
@MojoTest
class GeneratorGoalsMojoTest extends MojoHarness {

  @Test
  void eachGoalRunsOnlyItsGenerator(
      @InjectMojo(goal = "gen-feature-tags") GenFeatureTagsMojo featureTags,
      @InjectMojo(goal = "gen-helper-refs") GenHelperRefsMojo helperRefs,
      @InjectMojo(goal = "gen-kfunc-refs") GenKfuncRefsMojo kfuncRefs,
      @InjectMojo(goal = "scrape-helper-defs") ScrapeHelperDefsMojo helperDefs,
      @InjectMojo(goal = "gen-libbpf-tags") GenLibbpfTagsMojo libbpfTags,
      @InjectMojo(goal = "gen-mtu-table") GenMtuTableMojo mtuTable) {
    for (AbstractGeneratorMojo mojo : List.of(featureTags, helperRefs, kfuncRefs, helperDefs, libbpfTags, mtuTable)) {
      assertEquals(List.of(mojo.goal()), mojo.generators(), mojo.goal());
      assertEquals(basedir().resolve("docs"), mojo.settings().docsDir(), mojo.goal());
    }
  }

  @Test
  @InjectMojo(goal = "gen-feature-tags")
  @UserProperty(name = "ebpfdocs.gen-feature-tags.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void genFeatureTagsSkip(GenFeatureTagsMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.gen-feature-tags.skip");
  }

  @Test
  @InjectMojo(goal = "gen-helper-refs")
  @UserProperty(name = "ebpfdocs.gen-helper-refs.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void genHelperRefsSkip(GenHelperRefsMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.gen-helper-refs.skip");
  }

  @Test
  @InjectMojo(goal = "gen-kfunc-refs")
  @UserProperty(name = "ebpfdocs.gen-kfunc-refs.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void genKfuncRefsSkip(GenKfuncRefsMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.gen-kfunc-refs.skip");
  }

  @Test
  @InjectMojo(goal = "scrape-helper-defs")
  @UserProperty(name = "ebpfdocs.scrape-helper-defs.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void scrapeHelperDefsSkip(ScrapeHelperDefsMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.scrape-helper-defs.skip");
  }

  @Test
  @InjectMojo(goal = "gen-libbpf-tags")
  @UserProperty(name = "ebpfdocs.gen-libbpf-tags.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void genLibbpfTagsSkip(GenLibbpfTagsMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.gen-libbpf-tags.skip");
  }

  @Test
  @InjectMojo(goal = "gen-mtu-table")
  @UserProperty(name = "ebpfdocs.gen-mtu-table.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void genMtuTableSkip(GenMtuTableMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.gen-mtu-table.skip");
  }
}
