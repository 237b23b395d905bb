package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfWriter;
import io.ebpfdocs.kfuncs.KernelKfuncs.KernelKfunc;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelKfuncsTest {

  @Test
  void onlyFunctionsTaggedOnThemselvesAreKfuncs() throws Exception {
    BtfWriter w = new BtfWriter();
    int u32 = w.intType("u32", 4, 0);
    int proto = w.funcProto(u32, "x", u32);
    int kfunc = w.kfunc("bpf_real", proto);
    int paramTagged = w.func("bpf_param_tagged", proto);
    w.declTag("bpf_kfunc", paramTagged, 0);
    w.func("bpf_untagged", proto);
    int variable = w.type(io.ebpfdocs.btf.BtfKind.VAR, "bpf_var", 0, false, u32, 1);
    w.declTag("bpf_kfunc", variable, -1);
    w.declTag("bpf_fastcall", kfunc, -1);

    Map<String, KernelKfunc> kfuncs = KernelKfuncs.of(w.parse());

    assertEquals(Map.of("bpf_real", new KernelKfunc("bpf_real", kfunc, Set.of("bpf_kfunc", "bpf_fastcall"))), kfuncs);
  }

  @Test
  void findsKfuncsOfModulesOnTopOfTheirBase() throws Exception {
    BtfWriter baseWriter = new BtfWriter();
    int u64 = baseWriter.intType("u64", 8, 0);
    int baseKfunc = baseWriter.kfunc("bpf_base", baseWriter.funcProto(u64));
    Btf base = baseWriter.parse();
    BtfWriter module = new BtfWriter(base);
    int moduleKfunc = module.kfunc("bpf_testmod_test", module.funcProto(u64, "arg", u64));
    Btf split = Btf.parseSplit(ByteBuffer.wrap(module.build()), base);

    Map<String, KernelKfunc> kfuncs = KernelKfuncs.of(split);

    assertEquals(Set.of("bpf_base", "bpf_testmod_test"), kfuncs.keySet());
    assertEquals(baseKfunc, kfuncs.get("bpf_base").funcId());
    assertEquals(moduleKfunc, kfuncs.get("bpf_testmod_test").funcId());
    assertEquals("u64 bpf_testmod_test(u64 arg)", CSignature.of(split, moduleKfunc));
  }
}
