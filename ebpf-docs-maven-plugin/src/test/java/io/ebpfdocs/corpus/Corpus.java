package io.ebpfdocs.corpus;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The real ebpf-docs snapshot ({@code ../shared/ebpf-docs}, given to the tests as the system
 * property {@code ebpfdocs.corpus}). Tests never write to it: they work on a fresh copy under
 * {@code target/}. Where it is absent (a fresh clone outside CI) the calling test is skipped.
 */
public final class Corpus {
  private Corpus() {}

  /** The snapshot, or a skipped test when it is absent. */
  public static Path location() {
    String configured = System.getProperty("ebpfdocs.corpus", "../../shared/ebpf-docs");
    Path corpus = Path.of(configured).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(corpus.resolve("docs")) && Files.isDirectory(corpus.resolve("data")),
        "skipped: the ebpf-docs snapshot is not at " + corpus
            + " (it is in CI; set -Debpfdocs.corpus=DIR to run this test elsewhere)");
    return corpus;
  }

  /**
   * The pinned kernel BTF of a 6.18.44 kernel ({@code ../shared/btf/vmlinux-6.18.44}, the system
   * property {@code ebpfdocs.pinnedBtf}): the fixture of every exact BTF assertion, since the
   * running kernel's BTF differs from machine to machine. Skips the calling test when it is absent.
   */
  public static Path pinnedBtf() {
    Path btf = Path.of(System.getProperty("ebpfdocs.pinnedBtf", "../../shared/btf/vmlinux-6.18.44")).toAbsolutePath().normalize();
    assumeTrue(Files.isReadable(btf), "skipped: the pinned kernel BTF is not at " + btf
        + " (it is in CI; set -Debpfdocs.pinnedBtf=FILE to run this test elsewhere)");
    return btf;
  }

  /** A fresh, writable copy of the snapshot under {@code target/corpus/NAME}. */
  public static Path copy(String name) {
    return copyTree(location(), Path.of("target", "corpus", name).toAbsolutePath());
  }

  /**
   * A fresh clone of the real ebpf-docs history ({@code ebpf-docs-history.bundle} beside the snapshot) under
   * {@code target/corpus/NAME}, made with the git CLI, which the history tests also ask as their oracle;
   * a skipped test when the bundle or git is absent.
   */
  public static Path history(String name) {
    Path bundle = location().resolveSibling("ebpf-docs-history.bundle");
    assumeTrue(Files.isRegularFile(bundle), "skipped: the history bundle is not at " + bundle);
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "skipped: the git CLI (/usr/bin/git) is not installed");
    Path clone = Path.of("target", "corpus", name).toAbsolutePath();
    try {
      deleteTree(clone);
      git(clone.getParent(), "clone", "-q", bundle.toString(), clone.toString());
      return clone;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the git CLI in {@code dir}; its standard output. */
  public static String git(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    Files.createDirectories(dir);
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false).start();
    try {
      String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IOException("git " + String.join(" ", args) + " failed: "
            + new String(process.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Replaces {@code target} with a writable copy of {@code source}. */
  public static Path copyTree(Path source, Path target) {
    try {
      deleteTree(target);
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(target.resolve(source.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Path copy = target.resolve(source.relativize(file).toString());
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
          copy.toFile().setWritable(true, true);
          return FileVisitResult.CONTINUE;
        }
      });
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of a tree, by relative path, with its bytes. */
  public static Map<String, byte[]> snapshot(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The paths whose bytes differ between two snapshots of one tree, or that the second lacks. */
  public static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
    Set<String> changed = new TreeSet<>();
    before.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, after.get(path))) {
        changed.add(path);
      }
    });
    return changed;
  }

  /** Deletes a tree, if it is there. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        path.toFile().setWritable(true, true);
        Files.delete(path);
      }
    }
  }
}
