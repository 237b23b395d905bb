package io.ebpfdocs.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  @Test
  void reportsEveryFewSecondsWithPercentAndTimeLeftAndAlwaysAtTheEnd() {
    List<String> lines = new ArrayList<>();
    long[] now = {0};
    ProgressListener listener = new ProgressListener() {
      @Override
      public void progress(String line) {
        lines.add(line);
      }

      @Override
      public void warn(String line) {}

      @Override
      public void summary(String line) {}
    };
    ProgressMeter meter = new ProgressMeter(listener, "tags scanned", 4, () -> now[0]);

    now[0] = TimeUnit.SECONDS.toNanos(1);
    meter.step(", 3/9 features resolved");        // too soon: silent
    now[0] = TimeUnit.SECONDS.toNanos(6);
    meter.step(", 5/9 features resolved");        // 6 s for 2 tags: 6 s left for 2 more
    now[0] = TimeUnit.SECONDS.toNanos(7);
    meter.step("");
    meter.step("");                                // the last step always reports

    assertEquals(List.of("tags scanned 2/4 (50%), 5/9 features resolved, about 6s left",
        "tags scanned 4/4 (100%)"), lines);
  }

  @Test
  void formatsLongDurationsInMinutes() {
    assertEquals("2m05s", ProgressMeter.duration(TimeUnit.SECONDS.toNanos(125)));
  }
}
