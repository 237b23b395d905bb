package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.site.SiteSettings;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** site: how its parameters reach the renderer's settings. */
@MojoTest
class SiteMojoTest extends MojoHarness {

  @Test
  @InjectMojo(goal = "site")
  void defaults(SiteMojo mojo) throws Exception {
    SiteSettings site = mojo.siteSettings(mojo.settings());
    assertEquals(new SiteSettings(basedir().resolve("docs"), basedir().resolve("target/site"), "eBPF Docs", "", "",
        false, 2), site);
  }

  @Test
  @InjectMojo(goal = "site")
  @MojoParameter(name = "projectFile", value = "${basedir}/pom.xml")
  @MojoParameter(name = "buildDirectory", value = "${basedir}/out")
  void withAPomTheSiteGoesToTheProjectsBuildDirectory(SiteMojo mojo) throws Exception {
    assertEquals(basedir().resolve("out/site"), mojo.siteSettings(mojo.settings()).output());
  }

  @Test
  @InjectMojo(goal = "site")
  @UserProperty(name = "ebpfdocs.siteDirectory", value = "/srv/www")
  @UserProperty(name = "ebpfdocs.site.name", value = "Our eBPF")
  @UserProperty(name = "ebpfdocs.site.repoUrl", value = " https://example.org/r ")
  @UserProperty(name = "ebpfdocs.site.editUrl", value = "https://example.org/r/edit/main/docs/")
  @UserProperty(name = "ebpfdocs.site.threads", value = "4")
  @UserProperty(name = "ebpfdocs.strict", value = "true")
  @UserProperty(name = "ebpfdocs.docsDirectory", value = "pages")
  void userPropertiesReachTheSiteSettings(SiteMojo mojo) throws Exception {
    SiteSettings site = mojo.siteSettings(mojo.settings());
    assertEquals(new SiteSettings(basedir().resolve("pages"), Path.of("/srv/www"), "Our eBPF",
        "https://example.org/r/edit/main/docs/", "https://example.org/r", true, 4), site);
  }

  @Test
  @InjectMojo(goal = "site")
  @MojoParameter(name = "threads", value = "0")
  void atLeastOneThread(SiteMojo mojo) throws Exception {
    assertEquals(1, mojo.siteSettings(mojo.settings()).threads());
  }

  @Test
  @InjectMojo(goal = "site")
  @UserProperty(name = "ebpfdocs.site.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void goalSkip(SiteMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.site.skip");
  }
}
