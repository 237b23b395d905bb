package io.ebpfdocs.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folder trees (every folder registered, new ones as they appear) and hands over the
 * changed paths in batches: an editor's save (temporary file, rename, attribute change) arrives as
 * one batch once the tree has been quiet for a moment. A lost-events overflow reports the watched
 * root itself, meaning "anything under it".
 */
final class DocsWatcher implements AutoCloseable {
  /** Quiet time that ends a batch: long enough for a save, short beside the half second a change may take. */
  private static final long SETTLE_MILLIS = 30;

  private final WatchService service;
  /** A registered folder and the watched root it lies under. */
  private record Folder(Path path, Path root) {}

  private final Map<WatchKey, Folder> folders = new HashMap<>();
  private final Consumer<Set<Path>> onChange;
  private final Consumer<String> onError;
  private final Thread thread;

  DocsWatcher(List<Path> watched, Consumer<Set<Path>> onChange, Consumer<String> onError) throws IOException {
    this.service = watched.get(0).getFileSystem().newWatchService();
    this.onChange = onChange;
    this.onError = onError;
    for (Path root : watched) {
      if (Files.isDirectory(root)) {
        registerTree(root, root, null);
      }
    }
    this.thread = new Thread(this::run, "ebpfdocs-serve-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        Set<Path> batch = new TreeSet<>();
        drain(service.take(), batch);
        for (WatchKey key; (key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          drain(key, batch);
        }
        try {
          onChange.accept(batch);
        } catch (RuntimeException e) {
          onError.accept("preview: could not take in " + batch + ": " + e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the preview stops
    }
  }

  private void drain(WatchKey key, Set<Path> batch) {
    Folder folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null) {
        continue;
      }
      if (event.kind() == OVERFLOW) {
        batch.add(folder.root());
        continue;
      }
      Path changed = folder.path().resolve((Path) event.context());
      batch.add(changed);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
        registerTree(changed, folder.root(), batch);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /** Registers every folder under {@code top}; {@code found}, when given, gets the files already in them. */
  private void registerTree(Path top, Path root, Set<Path> found) {
    try {
      Files.walkFileTree(top, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
          folders.put(key, new Folder(dir, root));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (found != null) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      onError.accept("preview: cannot watch " + top + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // closing only releases the inotify handle
    }
    thread.interrupt();
  }
}
