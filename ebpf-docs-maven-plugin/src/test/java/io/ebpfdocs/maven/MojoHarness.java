package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.mockito.ArgumentMatchers;

/**
 * What the Mojo tests share. A test class is annotated {@code @MojoTest}; each test takes its Mojo
 * as a parameter annotated {@code @InjectMojo(goal = "...")}, configured by the harness from the
 * plugin descriptor as Maven configures it: defaults, {@code @MojoParameter} as POM configuration,
 * {@link UserProperty} as {@code -D}. The harness's project is a stub whose basedir is this module.
 */
abstract class MojoHarness {
  /** A root with no docs tree: a goal that reads it fails, so a skipped goal's test shows it read nothing. */
  static final String NO_TREE = "target/mojo-tests/no-such-tree";

  @Inject private MavenSession session;

  /** The log every injected Mojo writes to (a Mockito spy). */
  @Inject protected Log log;

  @BeforeEach
  final void userProperties(TestInfo test) {
    Properties properties = session.getUserProperties();
    for (UserProperty property : test.getTestMethod().orElseThrow().getAnnotationsByType(UserProperty.class)) {
      properties.setProperty(property.name(), property.value());
    }
  }

  /** Makes this a multi-module build (as {@code ${reactorProjects}} tells); call it before injection, in a {@code @BeforeEach}. */
  void inAMultiModuleBuild() {
    lenient().when(session.getProjects()).thenReturn(List.of(new MavenProject(), new MavenProject()));
  }

  /** The harness project's basedir: what {@code ${basedir}} is in these tests. */
  static Path basedir() {
    return Path.of(MojoExtension.getBasedir()).toAbsolutePath().normalize();
  }

  /** A path below {@link #basedir()}, as a relative configuration value resolves. */
  static Path inBasedir(String relative) {
    return basedir().resolve(relative).normalize();
  }

  /** The goal fails as a problem the user fixes, naming the docs folder that is not there, and writes nothing. */
  static void assertFailsWithoutDocs(AbstractDocsMojo mojo, Path docs) {
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith("no docs folder at " + docs + ";"), failure.getMessage());
    assertTrue(Files.notExists(docs), "nothing written: " + docs);
  }

  /** The Mojo ran nothing and said why, naming the property that skipped it. */
  void assertSkipped(AbstractDocsMojo mojo, String property) throws Exception {
    mojo.execute();
    verify(log).info("Skipping " + mojo.goal() + " (" + property + "=true)");
    verify(log, never()).warn(ArgumentMatchers.<CharSequence>any());
  }
}
