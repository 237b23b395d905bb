package io.ebpfdocs.versions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Decides each feature's version by walking the tags newest to oldest: the version is the oldest
 * tag of the first unbroken run of tags containing the feature, and a feature is not looked for
 * again after the first tag without it. A tag is read only while some feature still needs it.
 *
 * <p>A feature may come with a trusted earlier result (incremental runs): then only the tags newer
 * than {@code frontier} (the newest tag the earlier run saw) are looked at for it, and the earlier
 * result stands when the feature is present in all of them.
 */
final class TagWalk {

  /** Supplies the features present at tag {@code i} (0 = newest); called in increasing order. */
  interface TagContents {
    FeatureSet at(int tagIndex) throws IOException;
  }

  /**
   * The walk's verdict for one feature. {@code searchFrom} is the newest tag without the feature
   * below {@code version} when a commit must be searched for, else -1; {@code trusted} marks an
   * earlier result that stands.
   */
  record Verdict(int version, int searchFrom, boolean trusted) {
    static final int ABSENT = -1;
  }

  private TagWalk() {}

  /**
   * @param tagCount number of selected tags
   * @param trusted features whose earlier result is trusted up to {@code frontier}
   * @param frontier index of the newest tag an earlier run saw (tags at and below it are covered)
   * @param onTag told, after each tag, how many features are resolved
   */
  static List<Verdict> walk(int featureCount, int tagCount, BitSet trusted, int frontier,
      TagContents contents, IntConsumer onTag) throws IOException {
    int[] runEnd = new int[featureCount]; // oldest tag of the run so far, -1 = none
    int[] stop = new int[featureCount];    // first tag index at which the feature is not looked at
    BitSet active = new BitSet();
    for (int f = 0; f < featureCount; f++) {
      runEnd[f] = Verdict.ABSENT;
      stop[f] = trusted.get(f) ? frontier : tagCount;
      if (stop[f] > 0) {
        active.set(f);
      }
    }
    Verdict[] verdicts = new Verdict[featureCount];
    for (int t = 0; t < tagCount && !active.isEmpty(); t++) {
      FeatureSet present = contents.at(t);
      for (int f = active.nextSetBit(0); f >= 0; f = active.nextSetBit(f + 1)) {
        if (present.contains(f)) {
          runEnd[f] = t;
          if (t + 1 == stop[f]) {
            active.clear(f);
          }
        } else {
          verdicts[f] = new Verdict(runEnd[f], runEnd[f] == Verdict.ABSENT ? -1 : t, false);
          active.clear(f);
        }
      }
      onTag.accept(featureCount - active.cardinality());
    }
    List<Verdict> result = new ArrayList<>(featureCount);
    for (int f = 0; f < featureCount; f++) {
      if (verdicts[f] != null) {
        result.add(verdicts[f]);
      } else if (trusted.get(f)) {
        result.add(new Verdict(Verdict.ABSENT, -1, true));
      } else {
        result.add(new Verdict(runEnd[f], -1, false)); // present down to the oldest tag
      }
    }
    return result;
  }
}
