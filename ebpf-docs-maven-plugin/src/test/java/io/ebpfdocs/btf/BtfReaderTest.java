package io.ebpfdocs.btf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.btf.BtfType.Composite;
import io.ebpfdocs.btf.BtfType.Enumeration;
import io.ebpfdocs.btf.BtfType.Enumerator;
import io.ebpfdocs.btf.BtfType.Member;
import io.ebpfdocs.btf.BtfType.Param;
import io.ebpfdocs.btf.BtfType.SectionVar;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BtfReaderTest {

  /** One type of every kind; the ids are those the writer hands out in this order. */
  private static BtfWriter everyKind() {
    BtfWriter w = new BtfWriter();
    int u32 = w.intType("u32", 4, 0); // 1
    w.ptr(u32); // 2
    w.array(u32, u32, 16); // 3
    w.type(BtfKind.STRUCT, "pair", 2, true, 8, w.string("a"), u32, 0, w.string("b"), u32, (3 << 24) | 32); // 4
    w.composite(BtfKind.UNION, "either", 4, "x", u32); // 5
    w.enumeration("signedness", true, "NEG", -1, "POS", 1); // 6
    w.type(BtfKind.FWD, "opaque", 0, true, 0); // 7
    w.typedef("__u32", u32); // 8
    w.qualifier(BtfKind.VOLATILE, u32); // 9
    w.qualifier(BtfKind.CONST, u32); // 10
    w.qualifier(BtfKind.RESTRICT, 2); // 11
    w.type(BtfKind.FUNC, "f", 1, false, 13); // 12
    w.funcProto(u32, "arg", u32, "", 0); // 13
    w.type(BtfKind.VAR, "counter", 0, false, u32, 1); // 14
    w.type(BtfKind.DATASEC, ".data", 1, false, 4, 14, 0, 4); // 15
    w.type(BtfKind.FLOAT, "double", 0, false, 8); // 16
    w.declTag("bpf_kfunc", 12, -1); // 17
    w.typeTag("address_space(1)", 2); // 18
    w.enum64("big", "HUGE", 0x1_0000_0002L); // 19
    return w;
  }

  @ParameterizedTest
  @ValueSource(strings = {"LITTLE_ENDIAN", "BIG_ENDIAN"})
  void decodesEveryKindInBothByteOrders(String orderName) throws Exception {
    ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    Btf btf = Btf.parse(ByteBuffer.wrap(everyKind().build(order)));
    assertEquals(20, btf.typeCount());
    List<BtfType> expected = List.of(
        new BtfType.Void(),
        new BtfType.IntType("u32", 4, 0, 0, 32),
        new BtfType.Ptr(1),
        new BtfType.Array(1, 1, 16),
        new Composite(BtfKind.STRUCT, "pair", 8, List.of(new Member("a", 1, 0, 0), new Member("b", 1, 32, 3))),
        new Composite(BtfKind.UNION, "either", 4, List.of(new Member("x", 1, 0, 0))),
        new Enumeration(BtfKind.ENUM, "signedness", 4, true, List.of(new Enumerator("NEG", -1), new Enumerator("POS", 1))),
        new BtfType.Fwd("opaque", true),
        new BtfType.Typedef("__u32", 1),
        new BtfType.Qualifier(BtfKind.VOLATILE, 1),
        new BtfType.Qualifier(BtfKind.CONST, 1),
        new BtfType.Qualifier(BtfKind.RESTRICT, 2),
        new BtfType.Func("f", 13, 1),
        new BtfType.FuncProto(1, List.of(new Param("arg", 1), new Param("", 0))),
        new BtfType.Var("counter", 1, 1),
        new BtfType.Datasec(".data", 4, List.of(new SectionVar(14, 0, 4))),
        new BtfType.FloatType("double", 8),
        new BtfType.DeclTag("bpf_kfunc", 12, -1),
        new BtfType.TypeTag("address_space(1)", 2),
        new Enumeration(BtfKind.ENUM64, "big", 8, false, List.of(new Enumerator("HUGE", 0x1_0000_0002L))));
    for (int id = 0; id < expected.size(); id++) {
      assertEquals(expected.get(id), btf.type(id), "type #" + id);
      assertEquals(expected.get(id).kind(), btf.kind(id), "kind of #" + id);
    }
    assertEquals(BtfKind.values().length, expected.size(), "every kind is covered");
  }

  @Test
  void unsignedEnumValuesAreNotSignExtended() throws Exception {
    BtfWriter w = new BtfWriter();
    w.enumeration("flags", false, "TOP", 0x8000_0000);
    assertEquals(List.of(new Enumerator("TOP", 0x8000_0000L)), ((Enumeration) w.parse().type(1)).values());
  }

  @Test
  void findsFunctionsByName() throws Exception {
    Btf btf = everyKind().parse();
    assertEquals(OptionalInt.of(12), btf.funcId("f"));
    assertEquals(OptionalInt.empty(), btf.funcId("u32"), "only FUNC types are indexed");
  }

  @Test
  void splitBtfContinuesTheIdsAndStringsOfItsBase() throws Exception {
    BtfWriter baseWriter = new BtfWriter();
    int u64 = baseWriter.intType("u64", 8, 0);
    int baseKfunc = baseWriter.kfunc("base_kfunc", baseWriter.funcProto(u64));
    Btf base = baseWriter.parse();

    BtfWriter module = new BtfWriter(base);
    int sk = module.composite(BtfKind.STRUCT, "module_state", 8, "value", u64);
    int proto = module.funcProto(module.ptr(sk), "size", u64);
    int func = module.kfunc("module_kfunc", proto);
    Btf split = Btf.parseSplit(ByteBuffer.wrap(module.build(ByteOrder.BIG_ENDIAN)), base);

    assertEquals(base.typeCount(), split.firstOwnId());
    assertEquals(new Composite(BtfKind.STRUCT, "module_state", 8, List.of(new Member("value", u64, 0, 0))), split.type(sk));
    assertEquals(new BtfType.IntType("u64", 8, 0, 0, 64), split.type(u64), "base types through the split BTF");
    assertEquals(OptionalInt.of(func), split.funcId("module_kfunc"));
    assertEquals(OptionalInt.of(baseKfunc), split.funcId("base_kfunc"));
    assertEquals(base, split.base());
  }

  @Test
  void splitBtfMayReferToBaseStringsAndTypesOnly() throws Exception {
    BtfWriter baseWriter = new BtfWriter();
    baseWriter.intType("int", 4, 1);
    Btf base = baseWriter.parse();
    BtfWriter module = new BtfWriter(base);
    module.type(BtfKind.TYPEDEF, "", 0, false, 1);
    byte[] blob = module.build();
    ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(24, 1); // name: offset 1 of the base, "int"
    assertEquals(new BtfType.Typedef("int", 1), Btf.parseSplit(ByteBuffer.wrap(blob), base).type(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"64 LITTLE_ENDIAN", "32 BIG_ENDIAN", "64 BIG_ENDIAN", "32 LITTLE_ENDIAN"})
  void readsTheBtfSectionOfElfFiles(String variant) throws Exception {
    boolean wide = variant.startsWith("64");
    ByteOrder order = variant.endsWith("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    byte[] elf = ElfWriter.withSection(".BTF", everyKind().build(order), wide, order);
    Btf btf = BtfFiles.parse(ByteBuffer.wrap(elf), null);
    assertEquals(new BtfType.Func("f", 13, 1), btf.type(12));
  }

  @Test
  void anElfFileWithoutBtfIsRefused() {
    byte[] elf = ElfWriter.withSection(".text", new byte[16], true, ByteOrder.LITTLE_ENDIAN);
    BtfFormatException e = assertThrows(BtfFormatException.class, () -> BtfFiles.parse(ByteBuffer.wrap(elf), null));
    assertTrue(e.getMessage().contains("without a .BTF section"), e.getMessage());
  }

  @Test
  void errorsInsideAnElfSectionNameFileOffsets() {
    byte[] btf = everyKind().build();
    btf[0] = 0;
    byte[] elf = ElfWriter.withSection(".BTF", btf, true, ByteOrder.LITTLE_ENDIAN);
    BtfFormatException e = assertThrows(BtfFormatException.class, () -> BtfFiles.parse(ByteBuffer.wrap(elf), null));
    assertEquals(64 + "\0.shstrtab\0.BTF\0".length(), e.offset(), "the section starts after the ELF header and the name table");
  }

  @Test
  void readsFilesAndModulesOnTopOfTheirBase(@TempDir Path dir) throws Exception {
    BtfWriter baseWriter = new BtfWriter();
    int u8 = baseWriter.intType("u8", 1, 0);
    Btf base = baseWriter.parse();
    BtfWriter module = new BtfWriter(base);
    module.kfunc("hid_kfunc", module.funcProto(u8));
    Path vmlinux = Files.write(dir.resolve("vmlinux"), baseWriter.build());
    Path hid = Files.write(dir.resolve("hid"), module.build());
    Btf btf = BtfFiles.read(List.of(vmlinux, hid));
    assertEquals(OptionalInt.of(3), btf.funcId("hid_kfunc"));
    assertEquals(BtfKind.INT, btf.kind(1));
  }

  @Test
  void aLongerHeaderFromANewerFormatIsSkipped() throws Exception {
    byte[] blob = everyKind().build();
    byte[] longer = new byte[blob.length + 8];
    System.arraycopy(blob, 0, longer, 0, 24);
    System.arraycopy(blob, 24, longer, 32, blob.length - 24);
    ByteBuffer.wrap(longer).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 32);
    assertEquals(new BtfType.Func("f", 13, 1), Btf.parse(ByteBuffer.wrap(longer)).type(12));
  }
}
