package io.ebpfdocs.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.Test;

/** Property: scanning a tree after earlier versions of it gives what a fresh scan gives. */
class TreeScannerTest {
  private static final String[] NAMES = {"a", "a.c", "a-b", "a0", "b", "b.h", ".hidden", "z"};
  private static final String[] WORDS = {"FOO", "BAR", "BAZ", "xFOO", "FOO_1", "QUX"};

  @Test
  void incrementalScansAgreeWithFreshScans() throws Exception {
    PatternConfig config = TestHistory.config(List.of("kernel/*", "a/*.c"), "FOO", "BAR", "BAZ", "QUX");
    FeatureIndex index = new FeatureIndex(config);
    Random random = new Random(7);
    try (InMemoryRepository repo = new InMemoryRepository(new DfsRepositoryDescription("t"));
        ObjectInserter inserter = repo.newObjectInserter();
        ObjectReader reader = repo.newObjectReader()) {
      TreeScanner incremental = scanner(config, index);
      for (int version = 0; version < 150; version++) {
        ObjectId root = randomTree(inserter, random, 0);
        inserter.flush();
        FeatureSet expected = scanner(config, index).scanRoot(reader, root);
        assertEquals(expected, incremental.scanRoot(reader, root), "version " + version);
      }
    }
  }

  private static TreeScanner scanner(PatternConfig config, FeatureIndex index) {
    return new TreeScanner(new Pathspecs(config.files()), new WordMatcher(index), index.size());
  }

  /** A small random tree under kernel/ and a/, entries named to exercise git's name order. */
  private static ObjectId randomTree(ObjectInserter inserter, Random random, int depth)
      throws Exception {
    TreeMap<String, Object[]> entries = new TreeMap<>();
    for (String top : depth == 0 ? new String[] {"kernel", "a", "tools"} : NAMES) {
      if (depth == 0 || random.nextInt(3) == 0) {
        boolean dir = depth == 0 || depth < 2 && random.nextInt(3) == 0;
        if (dir) {
          entries.put(top + "/", new Object[] {FileMode.TREE, randomTree(inserter, random, depth + 1)});
        } else {
          String text = WORDS[random.nextInt(WORDS.length)] + " x\n";
          FileMode mode = random.nextInt(8) == 0 ? FileMode.SYMLINK : FileMode.REGULAR_FILE;
          entries.put(top, new Object[] {mode,
              inserter.insert(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8))});
        }
      }
    }
    TreeFormatter formatter = new TreeFormatter();
    List<String> names = new ArrayList<>(entries.keySet()); // sorted with '/' after directories
    for (String name : names) {
      Object[] entry = entries.get(name);
      formatter.append(name.endsWith("/") ? name.substring(0, name.length() - 1) : name,
          (FileMode) entry[0], (ObjectId) entry[1]);
    }
    return inserter.insert(formatter);
  }
}
