package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conventions every goal follows, read from the descriptor Maven reads (so goals added later
 * are held to them too): prefix, default phase, thread safety, runs without a POM, both skips,
 * {@code ebpfdocs.} property names and a description for every parameter (the plugin's reference
 * pages).
 */
class PluginDescriptorTest {
  private static final String GENERATED_HELP = "help";
  private static final String NONE = "";

  /**
   * The default phase of each goal: writing goals {@code generate-resources} (every {@code gen-*}
   * too), checks {@code verify}, the site {@code site}; goals that need outside input or run until
   * stopped none, so that a bare {@code <goal>} binding never starts them.
   */
  private static final Map<String, String> PHASES = Map.ofEntries(
      Map.entry("generate", "generate-resources"),
      Map.entry("scrape-helper-defs", "generate-resources"),
      Map.entry("check", "verify"),
      Map.entry("spellcheck", "verify"),
      Map.entry("site", "site"),
      Map.entry("export", "site"),
      Map.entry("find-versions", NONE),
      Map.entry("serve", NONE),
      Map.entry("query", NONE),
      Map.entry("scaffold", NONE),
      Map.entry("init", NONE),
      Map.entry("update-libbpf-ref", NONE));
  private static List<MojoDescriptor> goals;

  @BeforeAll
  static void readDescriptor() throws Exception {
    PluginDescriptor plugin = descriptor();
    assertEquals("ebpfdocs", plugin.getGoalPrefix());
    goals = plugin.getMojos().stream().filter(goal -> !goal.getGoal().equals(GENERATED_HELP)).toList();
    assertTrue(goals.size() >= 9, "goals found: " + goals.size());
  }

  /** The plugin's descriptor, as Maven reads it from the jar. */
  static PluginDescriptor descriptor() throws Exception {
    try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new PluginDescriptorBuilder().build(reader);
    }
  }

  /** Every goal of the descriptor, the generated help included. */
  static List<String> goalNames() throws Exception {
    return descriptor().getMojos().stream().map(MojoDescriptor::getGoal).toList();
  }

  @Test
  void everyGoalHasItsDefaultPhase() {
    for (MojoDescriptor goal : goals) {
      String expected = goal.getGoal().startsWith("gen-") ? "generate-resources" : PHASES.get(goal.getGoal());
      assertNotNull(expected, "goal " + goal.getGoal() + ": add it to PHASES with its default phase"
          + " (README, Binding to the lifecycle) and to META-INF/m2e/lifecycle-mapping-metadata.xml");
      assertEquals(expected, goal.getPhase() == null ? NONE : goal.getPhase(), goal.getGoal());
    }
  }

  @Test
  void everyGoalIsThreadSafeAndRunsWithoutAPom() {
    for (MojoDescriptor goal : goals) {
      assertTrue(goal.isThreadSafe(), goal.getGoal());
      assertFalse(goal.isProjectRequired(), goal.getGoal());
    }
  }

  @Test
  void everyGoalHasTheGlobalAndItsOwnSkip() {
    for (MojoDescriptor goal : goals) {
      Map<String, String> properties = properties(goal);
      assertEquals("${ebpfdocs.skip}", properties.get("skip"), goal.getGoal());
      assertEquals("${ebpfdocs." + goal.getGoal() + ".skip}", properties.get("skipGoal"), goal.getGoal());
    }
  }

  @Test
  void everyParameterIsDocumentedAndNamedUnderEbpfdocs() {
    for (MojoDescriptor goal : goals) {
      assertFalse(goal.getDescription() == null || goal.getDescription().isBlank(), goal.getGoal());
      for (Parameter parameter : goal.getParameters()) {
        String where = goal.getGoal() + " " + parameter.getName();
        assertFalse(parameter.getDescription() == null || parameter.getDescription().isBlank(), where);
        String expression = parameter.getExpression();
        if (parameter.isEditable() && expression != null) {
          assertTrue(expression.startsWith("${ebpfdocs."), where + ": " + expression);
        }
      }
    }
  }

  private static Map<String, String> properties(MojoDescriptor goal) {
    return goal.getParameters().stream().filter(p -> p.getExpression() != null)
        .collect(Collectors.toMap(Parameter::getName, Parameter::getExpression, (a, b) -> a));
  }
}
