package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.generate.Options;
import io.ebpfdocs.serve.ServeSettings;
import io.ebpfdocs.site.SiteSettings;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** serve: how its parameters reach the preview, and the failures a user fixes before it starts. */
@MojoTest
class ServeMojoTest extends MojoHarness {

  @Test
  @InjectMojo(goal = "serve")
  void defaults(ServeMojo mojo) throws Exception {
    assertEquals(new ServeSettings("127.0.0.1", 8000, 256), mojo.serveSettings());
    assertEquals(new SiteSettings(basedir().resolve("docs"), basedir().resolve("target/site"), "eBPF Docs", "", "",
        false, 1), mojo.siteSettings(mojo.settings()));
  }

  @Test
  @InjectMojo(goal = "serve")
  @UserProperty(name = "ebpfdocs.serve.address", value = "0.0.0.0")
  @UserProperty(name = "ebpfdocs.serve.port", value = "8123")
  @UserProperty(name = "ebpfdocs.serve.threads", value = "3")
  @UserProperty(name = "ebpfdocs.site.name", value = "Our eBPF")
  @UserProperty(name = "ebpfdocs.site.editUrl", value = "https://example.org/r/edit/main/docs/")
  @UserProperty(name = "ebpfdocs.docsDirectory", value = "pages")
  void userPropertiesReachThePreview(ServeMojo mojo) throws Exception {
    assertEquals(new ServeSettings("0.0.0.0", 8123, 3), mojo.serveSettings());
    assertEquals(new SiteSettings(basedir().resolve("pages"), basedir().resolve("target/site"), "Our eBPF",
        "https://example.org/r/edit/main/docs/", "", false, 1), mojo.siteSettings(mojo.settings()));
  }

  @Test
  @InjectMojo(goal = "serve")
  @UserProperty(name = "ebpfdocs.libbpf", value = "/src/libbpf")
  @UserProperty(name = "ebpfdocs.libbpfRef", value = "v1.5.0")
  @UserProperty(name = "ebpfdocs.helperDefsFile", value = "/h/bpf_helper_defs.h")
  @UserProperty(name = "ebpfdocs.libbpfCache", value = "/cache")
  @UserProperty(name = "ebpfdocs.btf", value = "vmlinux,mod")
  void theGeneratorsInputsReachThePreviewAsForGenerate(ServeMojo mojo) {
    // No offline flag: the preview never downloads, it reads libbpf's cache.
    assertEquals(Map.of(Options.LIBBPF, "/src/libbpf", Options.LIBBPF_REF, "v1.5.0",
        Options.HELPER_DEFS_FILE, "/h/bpf_helper_defs.h", Options.LIBBPF_CACHE, "/cache", Options.BTF, "vmlinux,mod"),
        mojo.settings().options());
  }

  @Test
  @InjectMojo(goal = "serve")
  @MojoParameter(name = "threads", value = "0")
  void atLeastOneThread(ServeMojo mojo) throws Exception {
    assertEquals(1, mojo.serveSettings().threads());
  }

  @Test
  @InjectMojo(goal = "serve")
  @UserProperty(name = "ebpfdocs.root", value = "src/it/serve-without-pom")
  void aBusyPortFailsNamingThePortAndTheProperty(ServeMojo mojo) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      mojo.port = taken.getLocalPort();
      MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
      assertTrue(failure.getMessage().startsWith("port " + taken.getLocalPort() + " on 127.0.0.1 is in use"),
          failure.getMessage());
      assertTrue(failure.getMessage().contains("-Debpfdocs.serve.port=" + (taken.getLocalPort() + 1)),
          failure.getMessage());
    }
  }

  @Test
  @InjectMojo(goal = "serve")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void failsWithoutDocs(ServeMojo mojo) throws Exception {
    assertFailsWithoutDocs(mojo, inBasedir(NO_TREE + "/docs"));
  }

  @Test
  @InjectMojo(goal = "serve")
  @UserProperty(name = "ebpfdocs.serve.skip", value = "true")
  @UserProperty(name = "ebpfdocs.root", value = NO_TREE)
  void goalSkip(ServeMojo mojo) throws Exception {
    assertSkipped(mojo, "ebpfdocs.serve.skip");
  }
}
