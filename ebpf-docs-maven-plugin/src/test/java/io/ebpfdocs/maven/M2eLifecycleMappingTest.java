package io.ebpfdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Eclipse (m2e) knows what to do with every goal of the plugin: the mapping shipped in the jar covers them all. */
class M2eLifecycleMappingTest {
  private static final Map<String, String> ACTIONS = new HashMap<>();

  @BeforeAll
  static void readMapping() throws Exception {
    Document mapping;
    try (InputStream in = M2eLifecycleMappingTest.class.getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      mapping = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    NodeList executions = mapping.getElementsByTagName("pluginExecution");
    for (int i = 0; i < executions.getLength(); i++) {
      Element execution = (Element) executions.item(i);
      String action = action((Element) execution.getElementsByTagName("action").item(0));
      NodeList goals = execution.getElementsByTagName("goal");
      for (int j = 0; j < goals.getLength(); j++) {
        String goal = goals.item(j).getTextContent().trim();
        assertEquals(null, ACTIONS.put(goal, action), "goal listed twice: " + goal);
      }
    }
  }

  private static String action(Element action) {
    if (action.getElementsByTagName("ignore").getLength() > 0) {
      return "ignore";
    }
    Element execute = (Element) action.getElementsByTagName("execute").item(0);
    String incremental = execute.getElementsByTagName("runOnIncremental").item(0).getTextContent().trim();
    return "true".equals(incremental) ? "execute, incremental" : "execute";
  }

  @Test
  void everyGoalOfTheDescriptorIsMapped() throws Exception {
    for (String goal : PluginDescriptorTest.goalNames()) {
      assertTrue(ACTIONS.containsKey(goal), "add " + goal + " to META-INF/m2e/lifecycle-mapping-metadata.xml");
    }
  }

  @Test
  void goalsThatKeepTheDocsTrueRunInTheIde() {
    for (String goal : List.of("check", "generate", "gen-feature-tags", "gen-helper-refs", "gen-kfunc-refs",
        "scrape-helper-defs", "gen-libbpf-tags")) {
      assertTrue(ACTIONS.get(goal).startsWith("execute"), goal);
    }
    assertEquals("execute, incremental", ACTIONS.get("gen-feature-tags"));
    assertEquals("execute", ACTIONS.get("generate"), "generate may download libbpf: full builds only");
  }

  @Test
  void goalsThatNeedOutsideInputOrRunUntilStoppedAreIgnored() {
    for (String goal : List.of("site", "serve", "find-versions", "query", "scaffold", "init", "update-libbpf-ref", "help")) {
      assertEquals("ignore", ACTIONS.get(goal), goal);
    }
  }
}
