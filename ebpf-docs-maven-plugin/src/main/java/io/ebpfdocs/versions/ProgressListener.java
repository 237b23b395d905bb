package io.ebpfdocs.versions;

/** Where the version finder reports progress; the Maven goal maps it to its log. */
public interface ProgressListener {
  /** A progress line (a few per phase, with counts, percent and an estimate of the time left). */
  void progress(String line);

  /** A notable condition that does not stop the run (e.g. entries kept for unconfigured patterns). */
  void warn(String line);

  /** The one closing line. */
  void summary(String line);

  ProgressListener SILENT =
      new ProgressListener() {
        @Override
        public void progress(String line) {}

        @Override
        public void warn(String line) {}

        @Override
        public void summary(String line) {}
      };
}
