package io.ebpfdocs.versions;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/** One {@link ObjectReader} per thread (readers are not thread-safe), all closed together. */
final class ReaderPool implements AutoCloseable {
  private final Repository repo;
  private final List<ObjectReader> all = new ArrayList<>();
  private final ThreadLocal<ObjectReader> mine = new ThreadLocal<>();

  ReaderPool(Repository repo) {
    this.repo = repo;
  }

  ObjectReader get() {
    ObjectReader reader = mine.get();
    if (reader == null) {
      reader = repo.newObjectReader();
      mine.set(reader);
      synchronized (all) {
        all.add(reader);
      }
    }
    return reader;
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(ObjectReader::close);
      all.clear();
    }
  }
}
