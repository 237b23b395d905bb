package io.ebpfdocs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for work done on another thread and rethrows its failure as this thread's own. */
public final class Futures {
  private Futures() {}

  /** The task's result; its {@link IOException} (also one wrapped unchecked) or unchecked failure is rethrown as is. */
  public static <T> T await(Future<T> future) throws IOException {
    return await(future, IOException.class);
  }

  /** The same, and a failure of the checked type {@code expected} (a {@link DocsException}, say) is rethrown as is too. */
  public static <T, X extends Exception> T await(Future<T> future, Class<X> expected) throws IOException, X {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for another thread", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (expected.isInstance(cause)) {
        throw expected.cast(cause);
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
