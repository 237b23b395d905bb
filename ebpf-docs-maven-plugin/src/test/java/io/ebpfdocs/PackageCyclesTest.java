package io.ebpfdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between the generator packages run one way: the registry knows the generators, the
 * generators know the pipeline's interfaces ({@code generate}), and nothing below points back up.
 */
class PackageCyclesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  /** Comments name other packages without depending on them. */
  private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
  private static final Pattern REFERENCE = Pattern.compile("\\bio\\.ebpfdocs\\.([a-z0-9_.]+?)\\.[A-Z]");
  private static final List<String> GENERATOR_PACKAGES = List.of("features", "helpers", "kfuncs", "libbpf", "mtu");

  @Test
  void generateKnowsNoGeneratorAndNoGeneratorKnowsTheRegistry() {
    Map<String, Set<String>> uses = packageReferences();
    assertTrue(uses.containsKey("registry"), "the sources were found: " + uses.keySet());
    Set<String> fromGenerate = new TreeSet<>(uses.get("generate"));
    fromGenerate.retainAll(GENERATOR_PACKAGES);
    assertEquals(Set.of(), fromGenerate, "generate must not use generator packages");
    for (String generator : GENERATOR_PACKAGES) {
      Set<String> used = uses.getOrDefault(generator, Set.of());
      assertTrue(!used.contains("registry") && !used.contains("maven"), generator + " uses " + used);
    }
  }

  @Test
  void generatorPackagesAndThePipelineFormNoCycle() {
    Map<String, Set<String>> uses = packageReferences();
    List<String> scope = new ArrayList<>(GENERATOR_PACKAGES);
    scope.addAll(List.of("generate", "registry", "markers", "pages", "data", "report", "btf"));
    for (String start : scope) {
      assertEquals(false, reaches(uses, start, start, new TreeSet<>()), "a cycle through " + start);
    }
  }

  private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(uses, next, target, seen))) {
        return true;
      }
    }
    return false;
  }

  /** Package (below io.ebpfdocs) -> the other packages its sources name. */
  private static Map<String, Set<String>> packageReferences() {
    Map<String, Set<String>> uses = new TreeMap<>();
    Path root = SOURCES.resolve("io/ebpfdocs");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path source : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(source.getParent()).toString().replace('/', '.').replace('\\', '.');
        Matcher m = REFERENCE.matcher(COMMENT.matcher(Files.readString(source)).replaceAll(""));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            uses.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return uses;
  }
}
