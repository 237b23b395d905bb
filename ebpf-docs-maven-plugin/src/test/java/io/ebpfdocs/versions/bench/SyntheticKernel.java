package io.ebpfdocs.versions.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Generates a bare, kernel-like repository straight into one pack with JGit's low-level inserter
 * (no work tree, no index, no porcelain): a mainline of commits each editing one file, a side
 * branch forked and merged back every {@code mergeEvery} commits, release tags v3.15, v3.16, ...
 * (annotated and lightweight alternately) and features that appear at planned commits: some on side
 * branches, some present from the first commit, some removed a release or more later and some of
 * those re-added later still, some never. Decoys must not count: the name inside a longer word and
 * the name in files outside the pathspecs. Deterministic for a given seed.
 */
final class SyntheticKernel {
  /** Size of the history to generate. */
  record Shape(int commits, int tags, int files, int features, int mergeEvery, long seed) {}

  static final List<String> PATHSPECS = List.of("arch/*", "include/*", "kernel/bpf/*", "net/*");
  private static final String[] DIRS = {
    "arch/x86/net", "arch/arm64/net", "include/linux", "include/uapi/linux", "include/net",
    "kernel/bpf", "kernel/bpf/preload", "net/core", "net/ipv4", "net/ipv6", "net/sched",
    "net/xdp", "kernel/trace", "tools/lib/bpf", "tools/testing/selftests/bpf", "Documentation/bpf",
  };
  private static final String[] WORDS = {
    "int", "ret", "struct", "return", "skb", "ctx", "map", "prog", "if", "err", "len", "void",
    "static", "const", "u32", "u64", "flags", "attr", "goto", "out", "unlock", "data", "sk",
  };
  private static final int LINES = 48;
  private static final int SIDE_COMMITS = 4;
  private static final int POOL_EVERY = 10; // every 10th file belongs to side branches

  private final Shape shape;
  private final Random random;
  private final List<String> paths = new ArrayList<>();
  private final List<Integer> inside = new ArrayList<>();
  private final List<Integer> outside = new ArrayList<>();
  private final List<Integer> pool = new ArrayList<>();
  private final boolean[] isPool;
  private final Map<Integer, List<Event>> planned = new HashMap<>();
  private final List<String> featureNames = new ArrayList<>();
  private final Map<String, Long> tagDates = new LinkedHashMap<>();
  private long clock = 1_400_000_000L;
  private int decoys;

  /** A feature line to add to a file, or (text == null) a feature to remove wherever it is. */
  private record Event(int feature, int file, String text) {}

  /** One branch's files; copied when a side branch forks. Tree ids are cached per directory. */
  private static final class State {
    final Map<Integer, String[]> lines = new HashMap<>();
    final Map<Integer, Map<Integer, String>> featureLines = new HashMap<>();
    final Map<String, TreeMap<String, ObjectId>> files = new HashMap<>();
    final Map<String, ObjectId> trees = new HashMap<>();

    State fork() {
      State copy = new State();
      copy.lines.putAll(lines);
      copy.featureLines.putAll(featureLines);
      files.forEach((dir, entries) -> copy.files.put(dir, new TreeMap<>(entries)));
      copy.trees.putAll(trees);
      return copy;
    }
  }

  SyntheticKernel(Shape shape) {
    this.shape = shape;
    this.random = new Random(shape.seed());
    this.isPool = new boolean[shape.files()];
    for (int i = 0; i < shape.files(); i++) {
      String dir = DIRS[i % DIRS.length];
      paths.add(dir + "/f" + i + (i % 3 == 0 ? ".h" : ".c"));
      if (dir.startsWith("tools") || dir.startsWith("Documentation") || dir.equals("kernel/trace")) {
        outside.add(i);
      } else if (i % POOL_EVERY == 7) {
        pool.add(i);
        isPool[i] = true;
      } else {
        inside.add(i);
      }
    }
    for (int f = 0; f < shape.features(); f++) {
      featureNames.add(String.format("BPF_SYNTH_%04d", f));
    }
    planFeatures();
  }

  List<String> featureNames() {
    return featureNames;
  }

  /** The names {@link #write} gives the tags, oldest first, without writing anything. */
  List<String> tagNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < shape.tags(); i++) {
      int minor = 15 + i;
      int major = 3;
      if (minor >= 20) {
        major = 4 + (minor - 20) / 20;
        minor = (minor - 20) % 20;
      }
      names.add("v" + major + "." + minor);
    }
    return names;
  }

  private int tagGap() {
    return Math.max(1, (shape.commits() - 1) / shape.tags());
  }

  /** Decides, per feature, the commits at which it appears and disappears. */
  private void planFeatures() {
    int n = shape.commits();
    int gap = tagGap();
    for (int f = 0; f < shape.features(); f++) {
      String name = featureNames.get(f);
      int kind = random.nextInt(100);
      if (kind < 3) {
        continue; // never appears
      }
      int at = kind < 8 ? 0 : 1 + random.nextInt(n - 1);
      plan(at, new Event(f, pick(inside), "\tret = " + name + "(ctx, flags);"));
      if (random.nextInt(4) == 0) {
        plan(Math.max(0, at - 1 - random.nextInt(gap * 3)),
            new Event(-1, pick(inside), "\t" + name + "_EXT = " + name.toLowerCase() + ";"));
        plan(Math.max(0, at - 1 - random.nextInt(gap * 3)),
            new Event(-1, pick(outside), "#define " + name + " 1"));
      }
      if (kind >= 8 && kind < 20) {
        int removed = at + 2 * gap + random.nextInt(gap * 4);
        if (removed < n) {
          plan(removed, new Event(f, -1, null));
          int again = removed + 2 * gap + random.nextInt(gap * 4);
          if (kind < 15 && again < n) {
            plan(again, new Event(f, pick(inside), "#define " + name + " (1U << 3)"));
          }
        }
      }
    }
  }

  private int pick(List<Integer> files) {
    return files.get(random.nextInt(files.size()));
  }

  private void plan(int commit, Event event) {
    planned.computeIfAbsent(commit, c -> new ArrayList<>()).add(event);
  }

  /** Writes the bare repository at {@code dir}; returns the tag names, oldest first. */
  List<String> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Repository repo = FileRepositoryBuilder.create(dir.toFile())) {
      repo.create(true);
      Map<String, ObjectId> refs = new LinkedHashMap<>();
      try (ObjectInserter inserter =
          ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter()) {
        Map<String, ObjectId> tagTargets = new LinkedHashMap<>();
        refs.put("refs/heads/master", history(inserter, tagTargets));
        int i = 0;
        for (Map.Entry<String, ObjectId> tag : tagTargets.entrySet()) {
          ObjectId target = tag.getValue();
          if (i++ % 2 == 1) {
            TagBuilder annotated = new TagBuilder();
            annotated.setTag(tag.getKey());
            annotated.setObjectId(target, Constants.OBJ_COMMIT);
            annotated.setTagger(ident(tagDates.get(tag.getKey())));
            annotated.setMessage("Linux " + tag.getKey() + "\n");
            target = inserter.insert(annotated);
          }
          refs.put(Constants.R_TAGS + tag.getKey(), target);
        }
        inserter.flush();
      }
      for (Map.Entry<String, ObjectId> ref : refs.entrySet()) {
        RefUpdate update = repo.updateRef(ref.getKey());
        update.setNewObjectId(ref.getValue());
        update.forceUpdate();
      }
      return new ArrayList<>(tagDates.keySet());
    }
  }

  private ObjectId history(ObjectInserter inserter, Map<String, ObjectId> tagTargets)
      throws IOException {
    State main = new State();
    for (int file = 0; file < paths.size(); file++) {
      String[] lines = new String[LINES];
      for (int l = 0; l < LINES; l++) {
        lines[l] = randomLine();
      }
      main.lines.put(file, lines);
      main.featureLines.put(file, Map.of());
      writeFile(inserter, main, file);
    }
    List<Event> pending = new ArrayList<>(planned.getOrDefault(0, List.of()));
    apply(inserter, main, pending, Branch.MAIN);
    ObjectId mainTip = commit(inserter, main, List.of(), "initial");
    State side = null;
    ObjectId sideTip = null;
    int sideLeft = 0;
    int nextTag = tagGap();
    int major = 3;
    int minor = 15;
    for (int c = 1; c < shape.commits(); c++) {
      pending.addAll(planned.getOrDefault(c, List.of()));
      if (side == null && shape.mergeEvery() > 0 && c % shape.mergeEvery() == 0) {
        side = main.fork();
        sideTip = mainTip;
        sideLeft = SIDE_COMMITS;
      }
      if (side != null && sideLeft > 0 && c % 2 == 0) {
        edit(inserter, side, pick(pool));
        apply(inserter, side, pending, Branch.SIDE);
        sideTip = commit(inserter, side, List.of(sideTip), "side " + c);
        sideLeft--;
      } else if (side != null && sideLeft == 0) {
        for (int file : pool) { // main never touches pool files while a side branch is open
          main.lines.put(file, side.lines.get(file));
          main.featureLines.put(file, side.featureLines.get(file));
          setBlob(main, paths.get(file), blobOf(side, paths.get(file)));
        }
        side = null;
        apply(inserter, main, pending, Branch.MAIN);
        mainTip = commit(inserter, main, List.of(mainTip, sideTip), "merge " + c);
      } else {
        edit(inserter, main, pick(inside));
        apply(inserter, main, pending, side != null ? Branch.MAIN_WHILE_SIDE_OPEN : Branch.MAIN);
        mainTip = commit(inserter, main, List.of(mainTip), "main " + c);
        if (c >= nextTag && tagTargets.size() < shape.tags()) {
          String name = "v" + major + "." + minor;
          tagTargets.put(name, mainTip);
          tagDates.put(name, clock + 30);
          nextTag += tagGap();
          if (++minor == 20) {
            major++;
            minor = 0;
          }
        }
      }
    }
    return mainTip;
  }

  /** Which branch a commit is on, which decides the events it may take. */
  private enum Branch {
    MAIN,
    MAIN_WHILE_SIDE_OPEN,
    SIDE
  }

  /**
   * Applies the pending events this commit may take. A side branch takes feature additions only,
   * into its pool files; the mainline leaves pool files alone while a side branch is open.
   */
  private void apply(ObjectInserter inserter, State state, List<Event> pending, Branch branch)
      throws IOException {
    for (Iterator<Event> it = pending.iterator(); it.hasNext(); ) {
      Event event = it.next();
      if (event.text() == null) {
        if (branch == Branch.SIDE) {
          continue;
        }
        Integer where = locate(state, event.feature());
        if (where != null && branch == Branch.MAIN_WHILE_SIDE_OPEN && isPool[where]) {
          continue; // deferred until the side branch is merged
        }
        if (where != null) {
          Map<Integer, String> without = new LinkedHashMap<>(state.featureLines.get(where));
          without.remove(event.feature());
          state.featureLines.put(where, without);
          writeFile(inserter, state, where);
        }
      } else {
        if (branch == Branch.SIDE && event.feature() < 0) {
          continue;
        }
        int file = branch == Branch.SIDE ? pool.get(event.feature() % pool.size()) : event.file();
        Map<Integer, String> with = new LinkedHashMap<>(state.featureLines.get(file));
        with.put(event.feature() >= 0 ? event.feature() : -1 - decoys++, event.text());
        state.featureLines.put(file, with);
        writeFile(inserter, state, file);
      }
      it.remove();
    }
  }

  private static Integer locate(State state, int feature) {
    for (Map.Entry<Integer, Map<Integer, String>> file : state.featureLines.entrySet()) {
      if (file.getValue().containsKey(feature)) {
        return file.getKey();
      }
    }
    return null;
  }

  private void edit(ObjectInserter inserter, State state, int file) throws IOException {
    String[] lines = state.lines.get(file).clone();
    lines[random.nextInt(LINES)] = randomLine();
    state.lines.put(file, lines);
    writeFile(inserter, state, file);
  }

  private void writeFile(ObjectInserter inserter, State state, int file) throws IOException {
    StringBuilder text = new StringBuilder("// SPDX-License-Identifier: GPL-2.0\n");
    String[] lines = state.lines.get(file);
    for (int l = 0; l < LINES / 2; l++) {
      text.append(lines[l]).append('\n');
    }
    for (String line : state.featureLines.get(file).values()) {
      text.append(line).append('\n');
    }
    for (int l = LINES / 2; l < LINES; l++) {
      text.append(lines[l]).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    setBlob(state, paths.get(file), inserter.insert(Constants.OBJ_BLOB, bytes));
  }

  /** Records a file's blob and forgets the cached trees of its directory and their parents. */
  private static void setBlob(State state, String path, ObjectId blob) {
    int slash = path.lastIndexOf('/');
    String dir = path.substring(0, slash);
    state.files.computeIfAbsent(dir, d -> new TreeMap<>()).put(path.substring(slash + 1), blob);
    for (String d = dir; ; d = d.contains("/") ? d.substring(0, d.lastIndexOf('/')) : "") {
      state.trees.remove(d);
      if (d.isEmpty()) {
        break;
      }
    }
  }

  private static ObjectId blobOf(State state, String path) {
    int slash = path.lastIndexOf('/');
    return state.files.get(path.substring(0, slash)).get(path.substring(slash + 1));
  }

  private String randomLine() {
    StringBuilder line = new StringBuilder("\t");
    int words = 3 + random.nextInt(6);
    for (int w = 0; w < words; w++) {
      line.append(WORDS[random.nextInt(WORDS.length)]).append(w % 3 == 2 ? ", " : " ");
    }
    return line.append(random.nextInt(1000)).append(';').toString();
  }

  private ObjectId commit(ObjectInserter inserter, State state, List<ObjectId> parents,
      String message) throws IOException {
    clock += 60;
    CommitBuilder commit = new CommitBuilder();
    commit.setTreeId(tree(inserter, state, ""));
    commit.setParentIds(parents);
    commit.setAuthor(ident(clock));
    commit.setCommitter(ident(clock));
    commit.setMessage(message + "\n");
    return inserter.insert(commit);
  }

  /** The tree of {@code dir}, formatted only when something below it changed. */
  private ObjectId tree(ObjectInserter inserter, State state, String dir) throws IOException {
    ObjectId cached = state.trees.get(dir);
    if (cached != null) {
      return cached;
    }
    // git orders entries by name, a directory as if its name ended in '/'
    TreeMap<String, String> entries = new TreeMap<>();
    TreeMap<String, ObjectId> files = state.files.getOrDefault(dir, new TreeMap<>());
    files.keySet().forEach(name -> entries.put(name, null));
    String prefix = dir.isEmpty() ? "" : dir + "/";
    for (String sub : state.files.keySet()) {
      if (sub.startsWith(prefix) && !sub.equals(dir)) {
        String child = sub.substring(prefix.length()).split("/")[0];
        entries.put(child + "/", prefix + child);
      }
    }
    TreeFormatter formatter = new TreeFormatter();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (e.getValue() == null) {
        formatter.append(e.getKey(), FileMode.REGULAR_FILE, files.get(e.getKey()));
      } else {
        String name = e.getKey().substring(0, e.getKey().length() - 1);
        formatter.append(name, FileMode.TREE, tree(inserter, state, e.getValue()));
      }
    }
    ObjectId id = inserter.insert(formatter);
    state.trees.put(dir, id);
    return id;
  }

  private static PersonIdent ident(long seconds) {
    return new PersonIdent("Kernel Dev", "dev@example.org", Instant.ofEpochSecond(seconds),
        ZoneOffset.UTC);
  }
}
