package io.ebpfdocs.pages;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/** Writes a file so that readers see either the old or the new content, never a partial one. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code content} through a temporary file in the same folder and a rename. */
  public static void write(Path target, byte[] content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      // Only when needed: on an existing folder createDirectories costs a failing mkdir and an exception.
      Files.createDirectories(folder);
    }
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, content);
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** {@link #write}s {@code content} unless the file already holds exactly it; returns whether it wrote. */
  public static boolean writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && Files.size(target) == content.length
        && Arrays.equals(Files.readAllBytes(target), content)) {
      return false;
    }
    write(target, content);
    return true;
  }

  /** A temporary file is created private; the page keeps the mode it had (or a normal one). */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
      return;
    }
    if (Files.exists(target)) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
    } else {
      Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
