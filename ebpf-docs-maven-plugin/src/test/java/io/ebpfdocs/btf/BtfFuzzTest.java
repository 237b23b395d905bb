package io.ebpfdocs.btf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ebpfdocs.kfuncs.CSignature;
import io.ebpfdocs.kfuncs.KernelKfuncs;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever bytes it is given, the reader either refuses them with a BtfFormatException
 * or returns BTF that decodes completely (types, names, kfuncs, signatures) without any other
 * exception. Mutations are seeded, so a failure names a reproducible seed.
 */
class BtfFuzzTest {
  private static final int ROUNDS = 3000;

  private static byte[] seedBlob(ByteOrder order) {
    BtfWriter w = new BtfWriter();
    int u32 = w.intType("u32", 4, 0);
    int node = w.composite(BtfKind.STRUCT, "node", 8, "next", 0, "value", u32);
    int ptr = w.ptr(node);
    int cptr = w.ptr(w.qualifier(BtfKind.CONST, node));
    int less = w.funcProto(w.intType("bool", 1, 4), "", ptr, "", cptr);
    int arena = w.typeTag("address_space(1)", w.ptr(0));
    w.kfunc("add", w.funcProto(ptr, "root", ptr, "less", w.ptr(less), "mem", arena, "n", w.array(u32, u32, 4)));
    w.enumeration("e", false, "A", 1);
    w.enum64("e64", "B", 2);
    w.type(BtfKind.VAR, "v", 0, false, u32, 1);
    w.type(BtfKind.DATASEC, ".bss", 1, false, 4, 11, 0, 4);
    w.declTag("bpf_fastcall", 8, -1);
    return w.build(order);
  }

  @Test
  void randomMutationsNeverThrowAnythingButTheFormatException() {
    Random random = new Random(20261122);
    int parsed = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long seed = random.nextLong();
      Random mutation = new Random(seed);
      byte[] bytes = seedBlob(mutation.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      bytes = mutate(bytes, mutation);
      if (mutation.nextInt(4) == 0) {
        bytes = mutate(ElfWriter.withSection(".BTF", bytes, mutation.nextBoolean(), ByteOrder.BIG_ENDIAN), mutation);
      }
      try {
        decodeEverything(BtfFiles.parse(ByteBuffer.wrap(bytes), null));
        parsed++;
      } catch (BtfFormatException expected) {
        assertTrue(expected.offset() >= 0 && expected.offset() <= bytes.length, "offset within the file: " + expected.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        fail("seed " + seed + ": " + e, e);
      }
    }
    // Both paths must be exercised: refusals and fully decoded mutants.
    assertTrue(parsed > ROUNDS / 20 && parsed < ROUNDS - ROUNDS / 20, parsed + " of " + ROUNDS + " mutants parsed");
  }

  @Test
  void randomMutationsOfModuleBtfOnAValidBaseNeverThrowAnythingButTheFormatException() throws Exception {
    Btf base = Btf.parse(ByteBuffer.wrap(seedBlob(ByteOrder.LITTLE_ENDIAN)));
    BtfWriter moduleWriter = new BtfWriter(base);
    int state = moduleWriter.composite(BtfKind.STRUCT, "module_state", 4, "node", 2);
    moduleWriter.kfunc("module_kfunc", moduleWriter.funcProto(moduleWriter.ptr(state), "less", 6, "n", 1));
    byte[] module = moduleWriter.build();
    Random random = new Random(1122);
    int parsed = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long seed = random.nextLong();
      byte[] bytes = mutate(module.clone(), new Random(seed));
      try {
        decodeEverything(Btf.parseSplit(ByteBuffer.wrap(bytes), base));
        parsed++;
      } catch (BtfFormatException expected) {
        // A module type may make a base type the wrong kind of type: then the offset is the base's.
        assertTrue(expected.offset() >= 0, "offset: " + expected.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        fail("seed " + seed + ": " + e, e);
      }
    }
    assertTrue(parsed > ROUNDS / 20 && parsed < ROUNDS - ROUNDS / 20, parsed + " of " + ROUNDS + " mutants parsed");
  }

  /** Everything a generator may ask of parsed BTF. */
  private static void decodeEverything(Btf btf) throws BtfFormatException {
    for (int id = 0; id < btf.typeCount(); id++) {
      btf.type(id).name();
      if (btf.kind(id) == BtfKind.FUNC) {
        btf.funcId(btf.type(id).name());
        CSignature.of(btf, id);
      } else {
        CSignature.typeText(btf, id);
      }
    }
    KernelKfuncs.of(btf);
  }

  /** Flips bits, overwrites words with small or extreme values, sometimes cuts the blob short. */
  private static byte[] mutate(byte[] bytes, Random random) {
    int count = 1 + random.nextInt(4);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0:
          bytes[at] ^= (byte) (1 << random.nextInt(8));
          break;
        case 1:
          if (at + 4 <= bytes.length) {
            int[] values = {0, 1, -1, 2, 7, 12, 0xffff, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt()};
            buffer.putInt(at - at % 4, values[random.nextInt(values.length)]);
          }
          break;
        default:
          bytes[at] = (byte) random.nextInt(256);
          break;
      }
    }
    return random.nextInt(8) == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
  }
}
