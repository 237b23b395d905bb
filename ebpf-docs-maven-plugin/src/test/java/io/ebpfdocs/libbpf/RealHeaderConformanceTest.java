package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Converts a real libbpf bpf_helper_defs.h and compares every helper with the HELPER_FUNC_DEF
 * region of its page in the real corpus. libbpf's header is not part of this repository: the test
 * runs only with {@code -Debpfdocs.realHelperDefs=/path/to/bpf_helper_defs.h}, ideally taken at the
 * libbpf commit named in the corpus's tools/libbpf-ref (other commits differ where the kernel text
 * changed).
 */
class RealHeaderConformanceTest {
  private static final String START = "<!-- [HELPER_FUNC_DEF] -->\n";
  private static final String STOP = "<!-- [/HELPER_FUNC_DEF] -->\n";

  @TestFactory
  List<DynamicTest> everyHelperRegionIsReproduced() throws IOException {
    String header = System.getProperty("ebpfdocs.realHelperDefs", "");
    String corpus = System.getProperty("ebpfdocs.corpus", "");
    assumeTrue(!header.isEmpty() && Files.isRegularFile(Path.of(header)),
        "no real libbpf header: pass -Debpfdocs.realHelperDefs=/path/to/src/bpf_helper_defs.h to run this test");
    Path pages = Path.of(corpus, "docs/linux/helper-function");
    assumeTrue(Files.isDirectory(pages), "no corpus at -Debpfdocs.corpus=" + corpus);

    ManPageConverter converter = ManPageConverter.standard();
    List<DynamicTest> tests = new ArrayList<>();
    for (HelperDefinition helper : HelperHeader.parse(Files.readString(Path.of(header))).helpers()) {
      Path page = pages.resolve(helper.name() + ".md");
      String region = Files.isRegularFile(page) ? region(Files.readString(page)) : null;
      if (region != null) {
        tests.add(DynamicTest.dynamicTest(helper.name(), () -> assertEquals(region, converter.render(helper), helper.name())));
      }
    }
    return tests;
  }

  private static String region(String page) {
    int start = page.indexOf(START);
    int stop = page.indexOf(STOP);
    return start < 0 || stop < start ? null : page.substring(start + START.length(), stop);
  }
}
