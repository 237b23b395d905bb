package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfFiles;
import io.ebpfdocs.btf.BtfKind;
import io.ebpfdocs.btf.BtfWriter;
import io.ebpfdocs.corpus.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The bundled docs module pins its kernel BTF ({@code ebpf-docs-site/tools/kfunc-gen/vmlinux}) so
 * that its check gives the same result on every machine: a tiny BTF with just the module's three
 * kfuncs, built here, with the prototypes they have in Linux 6.18.
 */
class BundledBtfTest {
  static final Path BUNDLED = Path.of("..", "ebpf-docs-site", "tools", "kfunc-gen", "vmlinux");

  /** The content of the bundled file. */
  static byte[] bundledBtf() {
    BtfWriter w = new BtfWriter();
    int task = w.ptr(w.composite(BtfKind.STRUCT, "task_struct", 0));
    w.kfunc("bpf_task_acquire", w.funcProto(task, "p", task));
    w.kfunc("bpf_task_release", w.funcProto(0, "p", task));
    w.kfunc("bpf_rcu_read_lock", w.funcProto(0));
    return w.build();
  }

  @Test
  void theBundledFileIsTheOneBuiltHere() throws Exception {
    assertArrayEquals(bundledBtf(), Files.readAllBytes(BUNDLED),
        BUNDLED + " is stale: write BundledBtfTest.bundledBtf() to it");
  }

  @Test
  void itsSignaturesAreThoseOfTheKernel() throws Exception {
    assertEquals(signatures(BtfFiles.read(List.of(BUNDLED))).keySet().size(), 3);
    Map<String, String> kernel = signatures(BtfFiles.read(List.of(Corpus.pinnedBtf())));
    signatures(BtfFiles.read(List.of(BUNDLED))).forEach((name, signature) -> assertEquals(kernel.get(name), signature, name));
  }

  private static Map<String, String> signatures(Btf btf) throws Exception {
    Map<String, String> signatures = new TreeMap<>();
    for (KernelKfuncs.KernelKfunc kfunc : KernelKfuncs.of(btf).values()) {
      if (List.of("bpf_task_acquire", "bpf_task_release", "bpf_rcu_read_lock").contains(kfunc.name())) {
        signatures.put(kfunc.name(), CSignature.of(btf, kfunc.funcId()));
      }
    }
    return signatures;
  }
}
