package io.ebpfdocs.site.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.site.SiteSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one walk over the real history agrees with {@code git log --follow}, page by page, renamed pages included. */
class GitHistoryCorpusTest {
  private static Path clone;
  private static Map<String, PageHistory> histories;
  private static List<String> pages;

  @BeforeAll
  static void walk() throws Exception {
    clone = Corpus.history("history-walk");
    pages = SiteSources.scan(clone.resolve("docs")).pages().stream().filter(p -> !p.startsWith("compat/")).toList();
    histories = GitHistory.read(clone.resolve("docs"), pages, null).orElseThrow();
  }

  @Test
  void everyCommittedPageHasAHistory() {
    assertEquals(pages.size(), histories.size());
  }

  @Test
  void sampledPagesMatchGitLogFollow() throws Exception {
    List<String> sample = new ArrayList<>(List.of(
        "linux/concepts/maps.md", // renamed from linux/ebpf-concepts/maps.md
        "linux/program-type/BPF_PROG_TYPE_STRUCT_OPS/smc_hs_ctrl_ops.md", // renamed with changes (90 %)
        "index.md", "linux/helper-function/bpf_map_lookup_elem.md"));
    for (int i = 0; i < pages.size(); i += Integer.getInteger("ebpfdocs.historyStep", 40)) {
      sample.add(pages.get(i));
    }
    List<String> differing = new ArrayList<>();
    for (String page : sample) {
      PageHistory expected = oracle(page);
      if (!expected.equals(histories.get(page))) {
        differing.add(page + ": git log says " + expected + ", the walk " + histories.get(page));
      }
    }
    assertEquals(List.of(), differing);
  }

  @Test
  void aRenamedPageReachesBackBeforeItsRename() throws Exception {
    PageHistory maps = histories.get("linux/concepts/maps.md");
    String plain = Corpus.git(clone, "log", "--format=%at", "--", "docs/linux/concepts/maps.md");
    Instant oldestUnderThisName = Instant.ofEpochSecond(Long.parseLong(plain.strip().lines().reduce((a, b) -> b).orElseThrow()));
    assertTrue(maps.created().isBefore(oldestUnderThisName), maps + " vs " + oldestUnderThisName);
  }

  @Test
  void theOriginsCacheGivesTheSameHistoriesOnTheNextWalk(@TempDir Path cache) throws Exception {
    assertEquals(histories, GitHistory.read(clone.resolve("docs"), pages, cache).orElseThrow(), "filling it");
    assertTrue(Files.readAllLines(cache.resolve(OriginCache.FILE)).size() > 1, "what the walk traced is kept");
    assertEquals(histories, GitHistory.read(clone.resolve("docs"), pages, cache).orElseThrow(), "reading it");
  }

  @Test
  void theOriginsCacheIsWhatTheWalkFollows(@TempDir Path cache) throws Exception {
    String page = "docs/linux/concepts/maps.md";
    String added = Corpus.git(clone, "log", "--diff-filter=A", "--format=%H", "--", page).strip();
    // A cache that says the renamed page came from nowhere: the walk believes it, so it is read.
    Files.writeString(cache.resolve(OriginCache.FILE), OriginCache.HEADER + "\n" + added + "\t" + page + "\t\n");
    PageHistory maps = GitHistory.read(clone.resolve("docs"), List.of("linux/concepts/maps.md"), cache).orElseThrow()
        .get("linux/concepts/maps.md");
    assertEquals(Instant.ofEpochSecond(Long.parseLong(Corpus.git(clone, "log", "-1", "--format=%at", added).strip())),
        maps.created());
  }

  /** What git log --follow says: author dates of the newest and oldest commits, authors by commits. */
  private static PageHistory oracle(String page) throws Exception {
    String log = Corpus.git(clone, "log", "--follow", "--no-merges", "--format=%at%x09%ae%x09%an", "--", "docs/" + page);
    List<String[]> commits = log.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", 3)).toList();
    Map<String, Contributor> byEmail = new LinkedHashMap<>();
    for (String[] c : commits) {
      String email = c[1].toLowerCase(java.util.Locale.ROOT);
      Contributor known = byEmail.get(email);
      byEmail.put(email, new Contributor(known == null ? c[2] : known.name(), email, known == null ? 1 : known.commits() + 1));
    }
    List<Contributor> contributors = new ArrayList<>(byEmail.values());
    contributors.sort(Comparator.comparingInt(Contributor::commits).reversed());
    return new PageHistory(Instant.ofEpochSecond(Long.parseLong(commits.get(commits.size() - 1)[0])),
        Instant.ofEpochSecond(Long.parseLong(commits.get(0)[0])), contributors);
  }
}
