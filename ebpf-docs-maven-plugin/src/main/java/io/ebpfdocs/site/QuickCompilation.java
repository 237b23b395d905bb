package io.ebpfdocs.site;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private final boolean added;

  private QuickCompilation(boolean added) {
    this.added = added;
  }

  /** Adds the directive until {@link #close()}. */
  public static QuickCompilation start() {
    try {
      Path file = Files.createTempFile("ebpfdocs-compiler", ".json");
      try {
        Files.writeString(file, DIRECTIVE);
        diagnosticCommand("compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
            new String[] {String[].class.getName()});
        return new QuickCompilation(true);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (Exception notHotSpot) {
      return new QuickCompilation(false);
    }
  }

  @Override
  public void close() {
    if (added) {
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
