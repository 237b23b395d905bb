package io.ebpfdocs.site;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.management.ObjectName;

/**
 * A whole-site build is a batch of a few seconds, too short for HotSpot's optimising compiler (C2)
 * to pay back its work: on the real tree it spent more CPU compiling than the build spent
 * rendering. The preview renders one page at a time, and with C1 alone it served its first page and
 * each edit sooner (measured with ServeBenchmark on 2 cores). This asks the running JVM, through its
 * diagnostic command {@code Compiler.directives_add} (what {@code jcmd} uses), to leave the methods it
 * compiles from now on to the quick compiler (C1), as {@code -XX:TieredStopAtLevel=1} would for the
 * whole process, and removes the directive when closed, so later goals of the same Maven run compile
 * as usual (what was compiled meanwhile stays C1 code). The JVM's flags are untouched; on a JVM
 * without the command nothing happens.
 */
public final class QuickCompilation implements AutoCloseable {
  private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";
  private final CompletableFuture<Boolean> added;

  private QuickCompilation(CompletableFuture<Boolean> added) {
    this.added = added;
  }

  /**
   * Adds the directive until {@link #close()}, beside the caller's work: the JVM's management beans
   * it goes through take a few hundred milliseconds to load, which the preview's first page and a
   * one-page rebuild need not wait for.
   */
  public static QuickCompilation start() {
    return new QuickCompilation(CompletableFuture.supplyAsync(QuickCompilation::add));
  }

  private static boolean add() {
    try {
      Path file = Files.createTempFile("ebpfdocs-compiler", ".json");
      try {
        Files.writeString(file, DIRECTIVE);
        diagnosticCommand("compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
            new String[] {String[].class.getName()});
        return true;
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (Exception notHotSpot) {
      return false;
    }
  }

  @Override
  public void close() {
    if (added.join()) {
      try {
        diagnosticCommand("compilerDirectivesRemove", new Object[0], new String[0]);
      } catch (Exception gone) {
        // Nothing left to undo.
      }
    }
  }

  private static void diagnosticCommand(String command, Object[] arguments, String[] signature) throws Exception {
    ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
        command, arguments, signature);
  }
}
