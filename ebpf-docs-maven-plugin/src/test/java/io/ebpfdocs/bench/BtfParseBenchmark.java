package io.ebpfdocs.bench;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfFiles;
import io.ebpfdocs.kfuncs.CSignature;
import io.ebpfdocs.kfuncs.KernelKfuncs;
import io.ebpfdocs.kfuncs.KernelKfuncs.KernelKfunc;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Times parsing a kernel's BTF (default: the pinned fixture {@code ../shared/btf/vmlinux-6.18.44}, so that runs
 * on different machines parse the same file) warm, against a baseline
 * measured in the same run: reading the file's bytes, the least any parser must do. Run on demand
 * (not a test):
 *
 * <pre>mvn -B -pl ebpf-docs-maven-plugin test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.ebpfdocs.bench.BtfParseBenchmark [-Dexec.args="BTF_FILE ROUNDS"]</pre>
 */
public final class BtfParseBenchmark {
  private BtfParseBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/btf/vmlinux-6.18.44");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Btf btf = BtfFiles.read(List.of(file));
    Map<String, KernelKfunc> kfuncs = KernelKfuncs.of(btf);
    System.out.println(file + ": " + btf.typeCount() + " type ids, " + kfuncs.size() + " kfuncs; "
        + rounds + " warm-up rounds, then " + rounds + " timed rounds");

    long[] baseline = Bench.time(rounds, () -> readBytes(file));
    long[] parse = Bench.time(rounds, () -> BtfFiles.read(List.of(file)));
    long[] kfuncSignatures = Bench.time(rounds, () -> {
      Btf parsed = BtfFiles.read(List.of(file));
      for (KernelKfunc kfunc : KernelKfuncs.of(parsed).values()) {
        CSignature.of(parsed, kfunc.funcId());
      }
    });

    Bench.report("baseline: read the bytes", baseline, baseline);
    Bench.report("read + parse", parse, baseline);
    Bench.report("+ kfuncs and signatures", kfuncSignatures, baseline);
  }

  private static void readBytes(Path file) throws Exception {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read to the end
      }
    }
  }
}
