package io.ebpfdocs.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class KernelVersionTest {
  @Test
  void ordersNumerically() {
    List<String> sorted = Stream.of("v6.10", "v4.1", "v3.18", "v6.9", "v10.0", "v6.1")
        .map(v -> KernelVersion.parse(v).orElseThrow()).sorted().map(KernelVersion::toString).toList();
    assertEquals(List.of("v3.18", "v4.1", "v6.1", "v6.9", "v6.10", "v10.0"), sorted);
  }

  @Test
  void readsTheCommonSlipButOnlyCanonicalTextIsCanonical() {
    assertEquals(Optional.of(new KernelVersion(7, 1)), KernelVersion.parse("7.1"));
    assertEquals(Optional.of(new KernelVersion(6, 10)), KernelVersion.parse("v6.10"));
    assertEquals(Optional.empty(), KernelVersion.parse("v6.1.2"));
    assertEquals(Optional.empty(), KernelVersion.parse("soon"));
    assertEquals(Optional.empty(), KernelVersion.parse(""));
    assertEquals(true, KernelVersion.isCanonical("v6.10"));
    assertEquals(false, KernelVersion.isCanonical("6.10"));
    assertEquals(false, KernelVersion.isCanonical("V6.10"));
  }
}
