package io.ebpfdocs.site.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;

/**
 * The origin git log --follow gives an added file. Each expectation is what git 2.39 printed for the same
 * two commits (the parent's files, then the added {@code new.md}), noted beside it.
 */
class OriginsTest {
  /** The added file: ten lines of 11 bytes. */
  private static final String ADDED = IntStream.range(0, 10).mapToObj(i -> "dst-line-" + i + "\n")
      .collect(Collectors.joining());

  private final Map<ObjectId, byte[]> blobs = new HashMap<>();

  /** 110 bytes sharing its first {@code shared} lines with the added file: a score of shared * 6,000. */
  private static String sharing(int shared, String tag) {
    StringBuilder text = new StringBuilder(ADDED.substring(0, shared * 11));
    for (int i = shared; i < 10; i++) {
      text.append(String.format("%10s", tag + "-line-" + i)).append('\n');
    }
    return text.toString();
  }

  @Test
  void aLaterFileWithAnEqualScoreCanTakeAnEarlierPlaceAndWin() throws Exception {
    // git: C060 5b.md new.md (1x.md's place, the worst when 5b.md came, ranks before 2a.md's)
    assertEquals(Optional.of("5b.md"), origin(files("1x.md", sharing(1, "x"), "2a.md", sharing(6, "a"),
        "3y.md", sharing(2, "y"), "4z.md", sharing(3, "z"), "5b.md", sharing(6, "b")), List.of()));
  }

  @Test
  void aDeletedFileAtHalfBeatsAKeptFileWithAHigherScore() throws Exception {
    // git: R060 b.md new.md
    assertEquals(Optional.of("b.md"), origin(files("a.md", sharing(9, "a"), "b.md", sharing(6, "b")),
        List.of("b.md")));
  }

  @Test
  void theSameNameBreaksATie() throws Exception {
    // git: C060 sub/new.md new.md
    assertEquals(Optional.of("sub/new.md"), origin(files("a.md", sharing(6, "a"), "sub/new.md", sharing(6, "b")),
        List.of()));
  }

  @Test
  void halfIsEnoughAndLessIsNothing() throws Exception {
    // git: C050 a.md new.md; then A new.md
    assertEquals(Optional.of("a.md"), origin(files("a.md", sharing(5, "a")), List.of()));
    assertEquals(Optional.empty(), origin(files("a.md", sharing(4, "a")), List.of()));
  }

  @Test
  void theSameContentFromADeletedFileOrOneWithTheSameNameThenTheFirst() throws Exception {
    // git: R100 c/y.md new.md; C100 b/new.md new.md, deleted or not, as both rank 1
    assertEquals(Optional.of("c/y.md"), origin(files("a/x.md", ADDED, "c/y.md", ADDED), List.of("c/y.md")));
    assertEquals(Optional.of("b/new.md"), origin(files("a/x.md", ADDED, "b/new.md", ADDED, "c/y.md", ADDED),
        List.of("c/y.md")));
    assertEquals(Optional.of("a/x.md"), origin(files("a/x.md", ADDED, "c/y.md", ADDED), List.of()));
  }

  private static Map<String, String> files(String... pathsAndTexts) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return files;
  }

  private Optional<String> origin(Map<String, String> parent, List<String> deleted) throws Exception {
    List<Origins.Source> sources = new ArrayList<>();
    parent.forEach((path, text) -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      sources.add(new Origins.Source(path, blob(bytes), bytes.length));
    });
    byte[] added = ADDED.getBytes(StandardCharsets.UTF_8);
    int[] table = Spans.emptyTable();
    return new Origins(sources, Set.copyOf(deleted)).of("new.md", blob(added), added.length, new Origins.Blobs() {
      @Override
      public Spans spans(ObjectId id) {
        return Spans.of(blobs.get(id));
      }

      @Override
      public int[] table() {
        return table;
      }
    });
  }

  private ObjectId blob(byte[] bytes) {
    ObjectId id = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, bytes);
    blobs.put(id, bytes);
    return id;
  }
}
