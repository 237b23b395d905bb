package io.ebpfdocs.serve.bench;

import io.ebpfdocs.bench.MavenCommand;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.site.browser.WebDriverClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * On-demand benchmark of {@code ebpfdocs:serve} against {@code mkdocs serve} on a copy of the real
 * tree, each a whole process started as a user starts it:
 * <ul>
 *   <li>time from the command's start to the first served page (the home page);
 *   <li>time from writing an edit of one page to the server serving the changed HTML, median of N edits;
 *   <li>with {@value #TABS} pages open in tabs of one headless Chromium, time from writing an edit of the
 *       last tab's page to that tab showing it by itself;
 *   <li>the server's resident memory once it has served the whole search index (every page rendered);
 *   <li>baseline: {@code mvn ebpfdocs:help}, Maven's own start with the plugin loaded.
 * </ul>
 * MkDocs runs on the copy's {@code mkdocs.yml} minus what is not installed or not in the snapshot
 * (its hooks and theme overrides, the git and social plugins) and with the emoji index of the
 * installed Material; the differences are printed.
 *
 * <p>Needs the plugin in the local repository ({@code mvn -DskipTests install}). Run from the
 * repository root: {@code mvn -B -pl ebpf-docs-maven-plugin test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.ebpfdocs.serve.bench.ServeBenchmark
 * -Dexec.args="[corpus-dir] [edits] [mkdocs-edits]"} (defaults ../shared/ebpf-docs, 10, 10; 0 MkDocs edits
 * leaves MkDocs out).
 */
public final class ServeBenchmark {
  private static final String PAGE = "linux/helper-function/bpf_map_lookup_elem";
  private static final int TABS = 20;
  private static final int TAB_EDITS = 5;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private ServeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/ebpf-docs").toAbsolutePath().normalize();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int mkdocsEdits = args.length > 2 ? Integer.parseInt(args[2]) : edits;
    Path work = Path.of("ebpf-docs-maven-plugin", "target", "bench-serve").toAbsolutePath();

    long baseline = mavenBaseline(work);
    Path ours = Corpus.copyTree(corpus, work.resolve("ebpf-docs"));
    Measured serve = measure("ebpfdocs:serve", ours, "assets/ebpfdocs/search_index.js", edits, 10, true, port ->
        MavenCommand.goal("serve", "-Debpfdocs.root=" + ours, "-Debpfdocs.serve.port=" + port));
    System.out.println(serve);

    Measured mkdocs = null;
    if (mkdocsEdits > 0 && MavenCommand.onPath("mkdocs")) {
      Path theirs = Corpus.copyTree(corpus, work.resolve("ebpf-docs-mkdocs"));
      Path config = MkDocsConfig.derive(theirs.resolve("mkdocs.yml"), theirs.resolve("mkdocs-bench.yml"));
      mkdocs = measure("mkdocs serve", theirs, "search/search_index.json", mkdocsEdits, 100, false, port -> List.of("mkdocs", "serve", "-f",
          config.toString(), "-a", "127.0.0.1:" + port));
      System.out.println(mkdocs);
    } else if (mkdocsEdits > 0) {
      System.out.println("mkdocs not installed: no comparison (apt-get install mkdocs mkdocs-material mkdocs-literate-nav)");
    }
    System.out.printf("%nbaseline, mvn ebpfdocs:help (Maven start): %d ms%n", baseline);
    System.out.printf("ebpfdocs:serve  first page %6d ms (%.1fx baseline)  change median %5d ms  RSS %d MiB (peak %d MiB)%n",
        serve.firstPageMs, (double) serve.firstPageMs / baseline, serve.changeMedianMs, serve.rssMiB, serve.peakMiB);
    System.out.printf("ebpfdocs:serve  %d tabs in one Chromium: edit of the last tab's page shown there after %s%n", TABS,
        serve.tabsReachMs.length == 0 ? "(no chromium)" : Arrays.toString(serve.tabsReachMs) + " ms (median "
            + median(serve.tabsReachMs) + ")");
    if (mkdocs != null) {
      System.out.printf("mkdocs serve    first page %6d ms (%.1fx baseline)  change median %5d ms  RSS %d MiB (peak %d MiB)%n",
          mkdocs.firstPageMs, (double) mkdocs.firstPageMs / baseline, mkdocs.changeMedianMs, mkdocs.rssMiB,
          mkdocs.peakMiB);
      System.out.printf("mkdocs / serve: first page %.1fx, change %.1fx%n",
          (double) mkdocs.firstPageMs / serve.firstPageMs, (double) mkdocs.changeMedianMs / serve.changeMedianMs);
    }
    System.out.printf("load average %.1f on %d cores%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /** What one server did. */
  private record Measured(String name, long firstPageMs, long[] changesMs, long changeMedianMs, long[] tabsReachMs,
      long rssMiB, long peakMiB, String stop) {
    @Override
    public String toString() {
      return String.format("%s: first page %d ms; changes %s ms (median %d); %d tabs: %s ms; RSS %d MiB, peak %d MiB; %s",
          name, firstPageMs, Arrays.toString(changesMs), changeMedianMs, TABS, Arrays.toString(tabsReachMs), rssMiB,
          peakMiB, stop);
    }
  }

  @FunctionalInterface
  private interface Command {
    List<String> at(int port) throws IOException;
  }

  /**
   * @param searchIndex the server's search index, asked for last: every page has been rendered then
   * @param tabs whether to measure an edit reaching the last of {@link #TABS} tabs in one Chromium
   */
  private static Measured measure(String name, Path tree, String searchIndex, int edits, long pollMs, boolean tabs,
      Command command) throws Exception {
    int port = freePort();
    URI home = URI.create("http://127.0.0.1:" + port + "/");
    URI page = home.resolve(PAGE + "/");
    Path log = tree.resolveSibling(tree.getFileName() + ".log");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command.at(port)).directory(tree.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      long firstPage = firstAnswer(process, port, Duration.ofMinutes(5), start);
      waitFor(process, page, null, pollMs, Duration.ofMinutes(1), System.nanoTime());
      Path source = tree.resolve("docs/" + PAGE + ".md");
      String original = Files.readString(source);
      long[] changes = new long[edits];
      for (int i = 0; i < edits; i++) {
        String marker = "Benchmark edit " + i + " at " + System.nanoTime() + ".";
        long written = System.nanoTime();
        Files.writeString(source, original + "\n" + marker + "\n");
        changes[i] = waitFor(process, page, marker, pollMs, Duration.ofMinutes(2), written);
        Thread.sleep(300); // the next edit is a separate save
      }
      long[] tabsReach = tabs ? tabsReach(tree, home) : new long[0];
      waitFor(process, home.resolve(searchIndex), null, pollMs, Duration.ofMinutes(5), System.nanoTime());
      long[] memory = memoryMiB(process.pid());
      return new Measured(name, firstPage, changes, median(changes), tabsReach, memory[0], memory[1], stop(process, log));
    } finally {
      process.destroyForcibly();
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
  }

  /**
   * Opens {@link #TABS} helper pages, each in a tab of one headless Chromium, then edits the page of
   * the last tab a few times: milliseconds from each write to that tab showing the edit by itself.
   * Empty without chromium.
   */
  private static long[] tabsReach(Path tree, URI home) throws Exception {
    List<String> pages;
    try (Stream<Path> files = Files.list(tree.resolve("docs/linux/helper-function"))) {
      pages = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".md") && !f.equals("index.md"))
          .sorted().limit(TABS).map(f -> "linux/helper-function/" + f.substring(0, f.length() - 3)).toList();
    }
    WebDriverClient browser;
    try {
      browser = WebDriverClient.launchOrSkip();
    } catch (TestAbortedException noChromium) {
      return new long[0];
    }
    try (browser) {
      browser.pageLoadTimeout(Duration.ofSeconds(30));
      for (String page : pages) {
        browser.newTab();
        browser.open(home.resolve(page + "/").toString());
        if (!browser.waitFor("return document.readyState === 'complete' && !!window.__ebpfdocsLive", Duration.ofSeconds(30))) {
          throw new IllegalStateException(page + " did not load in tab " + (pages.indexOf(page) + 1));
        }
      }
      Path source = tree.resolve("docs/" + pages.get(pages.size() - 1) + ".md");
      String original = Files.readString(source);
      long[] reach = new long[TAB_EDITS];
      for (int i = 0; i < TAB_EDITS; i++) {
        browser.script("window.__notReloaded = true");
        String marker = "Tab edit " + i + " at " + System.nanoTime();
        long written = System.nanoTime();
        Files.writeString(source, original + "\n" + marker + "\n");
        if (!browser.waitFor("return !window.__notReloaded && document.readyState !== 'loading' && "
            + "document.body.innerText.includes('" + marker + "')", Duration.ofSeconds(30))) {
          throw new IllegalStateException("edit " + i + " did not reach the last tab");
        }
        reach[i] = (System.nanoTime() - written) / 1_000_000;
        Thread.sleep(300);
      }
      Files.writeString(source, original);
      return reach;
    }
  }

  /** Ctrl-C, as a user stops it; says whether it stopped cleanly. */
  private static String stop(Process process, Path log) throws Exception {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
    boolean exited = process.waitFor(20, TimeUnit.SECONDS);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    boolean trace = output.contains("Exception") || output.contains("\tat ");
    return exited ? "stopped on Ctrl-C (exit " + process.exitValue() + (trace ? ", with a stack trace" : ", no stack trace")
        + ")" : "did not stop within 20 s of Ctrl-C";
  }

  /**
   * Milliseconds since {@code since} until the home page's answer begins, asked as a browser opened with
   * the command asks: connecting until the port takes it (a refused connect is one cheap system call),
   * then one request. Polling with the HTTP client instead costs the benchmark's own JVM enough CPU
   * on two cores to slow the server it measures (about 0.5 s of the first page here).
   */
  private static long firstAnswer(Process process, int port, Duration limit, long since) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue() + " before serving its home page");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        socket.setSoTimeout((int) limit.toMillis());
        socket.getOutputStream().write("GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
            .readLine();
        if (status != null && status.contains(" 200 ")) {
          return (System.nanoTime() - since) / 1_000_000;
        }
      } catch (ConnectException notYet) {
        // not listening yet
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("home page not served within " + limit);
  }

  /** Polls until the URL answers 200 (with {@code text} in it, when given); milliseconds since {@code since}. */
  private static long waitFor(Process process, URI url, String text, long pollMs, Duration limit, long since)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("server exited with " + process.exitValue() + " before serving " + url);
      }
      try {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && (text == null || response.body().contains(text))) {
          return (System.nanoTime() - since) / 1_000_000;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(pollMs);
    }
    throw new IllegalStateException(url + " not served within " + limit);
  }

  /** Current and peak resident memory of the process (the mvn script execs java, so its pid is the JVM's). */
  private static long[] memoryMiB(long pid) throws IOException {
    long rss = 0;
    long peak = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line) / 1024;
      } else if (line.startsWith("VmHWM:")) {
        peak = kib(line) / 1024;
      }
    }
    return new long[] {rss, peak};
  }

  private static long kib(String statusLine) {
    return Long.parseLong(statusLine.replaceAll("\\D", ""));
  }

  private static long mavenBaseline(Path work) throws Exception {
    Files.createDirectories(work);
    List<String> command = MavenCommand.goal("help");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(work.resolve("help.log").toFile()).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed; see " + work.resolve("help.log")
          + " (install the plugin first: mvn -DskipTests install)");
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
