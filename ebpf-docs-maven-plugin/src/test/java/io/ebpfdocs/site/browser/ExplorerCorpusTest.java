package io.ebpfdocs.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.compat.Compatibility;
import io.ebpfdocs.compat.Compatibility.TypeUse;
import io.ebpfdocs.compat.CompatibilityLoader;
import io.ebpfdocs.compat.Query;
import io.ebpfdocs.compat.Query.KernelAnswer;
import io.ebpfdocs.compat.Release;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.features.KernelVersion;
import io.ebpfdocs.generate.DocsSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compatibility explorer on the real tree's API, in headless Chromium from file://: what a reader
 * is shown for a kernel and program type, and for a helper or kfunc name, is the core's answer (the
 * one {@code ebpfdocs:query} prints), name for name and version for version.
 */
class ExplorerCorpusTest {
  private static final String XDP = "BPF_PROG_TYPE_XDP";
  private static WebDriverClient browser;
  private static ExplorerPageDriver page;
  private static Compatibility compat;
  private static Query query;

  @BeforeAll
  static void start() throws Exception {
    browser = WebDriverClient.launchOrSkip();
    Path site = TestSites.corpus();
    compat = CompatibilityLoader.load(DocsSettings.forRoot(Corpus.location()));
    query = new Query(compat);
    page = new ExplorerPageDriver(browser);
    page.open(site.resolve("compat/index.html").toUri().toString());
    page.awaitData();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /** A kernel with the type's calls of every list; one before the type itself; one after kfuncs were removed. */
  @ParameterizedTest
  @CsvSource({"v5.10, BPF_PROG_TYPE_XDP", "v6.1, BPF_PROG_TYPE_NETFILTER", "v6.12, BPF_PROG_TYPE_TRACING"})
  void everyListOfAKernelAndProgramTypeIsQuerys(String kernel, String type) throws Exception {
    page.pick("compat-prog-type", type);
    page.pick("compat-kernel", kernel);
    KernelAnswer answer = query.kernel(KernelVersion.parse(kernel).orElseThrow(), type);
    String typeRelease = release(type);

    assertEquals(rowsOrNone(answer.available().helpers().stream()
        .map(h -> h.name() + " " + shown(h.version(), h.since(), typeRelease)).toList(), "Helpers available on " + kernel),
        page.rows("Helpers available on " + kernel));
    assertEquals(rowsOrNone(answer.available().kfuncs().stream()
        .map(k -> String.join(" ", Stream.concat(Stream.of(k.name(), shown(k.version(), k.since(), typeRelease)),
            k.flags().stream()).toList())).toList(), "Kfuncs available on " + kernel),
        page.rows("Kfuncs available on " + kernel));

    List<Arrival> later = new ArrayList<>();
    answer.later().helpers().forEach(h -> later.add(new Arrival(h.name(), "helper", shown(h.version(), h.since(), typeRelease))));
    answer.later().kfuncs().forEach(k -> later.add(new Arrival(k.name(), "kfunc", shown(k.version(), k.since(), typeRelease))));
    later.sort(Comparator.comparing(Arrival::shown, Comparator.comparing(ExplorerCorpusTest::version))
        .thenComparing(Arrival::name));
    assertEquals(rowsOrNone(later.stream().map(a -> a.name() + " " + a.kind() + " " + a.shown()).toList(),
        "Arriving after " + kernel), page.rows("Arriving after " + kernel), "earliest first, then by name");

    assertEquals(rowsOrNone(Stream.concat(answer.undated().helpers().stream().map(h -> h.name() + " helper"),
        answer.undated().kfuncs().stream().map(k -> k.name() + " kfunc")).toList(), "Version unknown"),
        page.rows("Version unknown"));
    assertEquals(rowsOrNone(answer.gone().stream().map(k -> k.name() + " " + k.until().orElseThrow().version()).toList(),
        "No longer available on " + kernel), page.rows("No longer available on " + kernel));
  }

  @Test
  void xdpOnV510() throws Exception {
    page.pick("compat-prog-type", XDP);
    page.pick("compat-kernel", "v5.10");
    KernelAnswer answer = query.kernel(new KernelVersion(5, 10), XDP);
    assertEquals(43, answer.available().helpers().size(), "query's count on this snapshot");
    assertEquals(List.of("bpf_strnlen kfunc"), page.rows("Version unknown"),
        "the snapshot's one kfunc without a release: not dated by XDP's own v4.8");
    int later = answer.later().helpers().size() + answer.later().kfuncs().size();
    assertTrue(later > 150, "arriving later: " + later);
    assertEquals("BPF_PROG_TYPE_XDP on v5.10: 43 helpers and 0 kfuncs available, " + later + " arrive later.",
        browser.script("return document.getElementById('compat-kernel-summary').textContent").asText());
  }

  @Test
  void aHelpersProgramTypesAreQuerys() throws Exception {
    page.lookUp("bpf_loop");
    Compatibility.Helper loop = query.name("bpf_loop").matches().get(0).helper().orElseThrow();
    assertEquals(30, loop.programTypes().size(), "query's count on this snapshot");
    assertEquals(typeRows(loop.programTypes(), loop.release(), t -> List.of()),
        page.rows("Program types that may call bpf_loop"));
    assertEquals("bpf_loop is a helper since v5.17 (commit e6f2dd0f8067).",
        browser.script("return document.getElementById('compat-name-summary').textContent").asText());
  }

  @Test
  void aKfuncsProgramTypesAndFlagsAreQuerys() throws Exception {
    page.lookUp("bpf_task_acquire");
    Query.NameAnswer answer = query.name("bpf_task_acquire");
    Compatibility.Kfunc kfunc = answer.matches().get(0).kfunc().orElseThrow();
    assertEquals(typeRows(kfunc.programTypes(), kfunc.release(), t -> t.until().map(Release::version).stream().toList()),
        page.rows("Program types that may call bpf_task_acquire"));
    assertEquals(answer.flags().stream().map(f -> f.flag() + ": " + f.meaning().orElseThrow()).toList(), page.flags(),
        "each flag with the meaning query prints");
    assertEquals(List.of("KF_ACQUIRE", "KF_RCU", "KF_RET_NULL"), answer.flags().stream().map(Query.FlagMeaning::flag).toList());
    browser.script("document.getElementById('compat-name-result').scrollIntoView()");
    browser.screenshot(Path.of("target", "screenshots", "explorer-corpus-kfunc.png"));
    page.pick("compat-prog-type", XDP);
    page.pick("compat-kernel", "v6.2");
    assertEquals(answer.flags().get(0).meaning().orElseThrow(), browser.script("return [...document.querySelectorAll("
        + "'#compat-kernel-lists code[title]')].find(c => c.textContent === 'KF_ACQUIRE').title").asText(), "the kernel lists' flags say it on hover");
  }

  private record Arrival(String name, String kind, String shown) {}

  /** The rows expected of a table: the page leaves a table out when it would be empty. */
  private static List<String> rowsOrNone(List<String> rows, String caption) {
    return rows.isEmpty() ? List.of("no table: " + caption) : rows;
  }

  /** The version of a shown "v6.4 *". */
  private static KernelVersion version(String shown) {
    return KernelVersion.parse(shown.replace(" *", "")).orElseThrow();
  }

  /** The rows of a name's program-type table: type, when the call works there, then the extra cells. */
  private static List<String> typeRows(List<TypeUse> types, Optional<Release> own, Function<TypeUse, List<String>> extra) {
    return types.stream().map(t -> String.join(" ", Stream.concat(
        Stream.of(t.name(), shown(own, t.since(), release(t.name()))), extra.apply(t).stream()).toList())).toList();
  }

  private static String release(String programType) {
    return compat.programType(programType).orElseThrow().release().map(Release::version).orElse(null);
  }

  /** When a call arrived: the later of its own release and its per-type release (as query decides). */
  private static KernelVersion arrival(Optional<Release> own, Optional<Release> since) {
    return Stream.of(own, since).flatMap(Optional::stream).map(r -> r.kernel().orElseThrow())
        .max(Comparator.naturalOrder()).orElseThrow();
  }

  /**
   * How the explorer shows when a call works in a program type: from its arrival, but not before the
   * type itself; "*" where the data has no per-type date.
   */
  private static String shown(Optional<Release> own, Optional<Release> since, String typeRelease) {
    KernelVersion from = arrival(own, since);
    KernelVersion type = KernelVersion.parse(typeRelease).orElse(from);
    return (from.compareTo(type) >= 0 ? from : type) + (since.isPresent() ? "" : " *");
  }
}
