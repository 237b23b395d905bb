package io.ebpfdocs.kfuncs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ebpfdocs.btf.Btf;
import io.ebpfdocs.btf.BtfFormatException;
import io.ebpfdocs.btf.BtfKind;
import io.ebpfdocs.btf.BtfWriter;
import org.junit.jupiter.api.Test;

/** Every rule of the signature text, on BTF built in memory. */
class CSignatureTest {
  private final BtfWriter w = new BtfWriter();
  private final int u32 = w.intType("u32", 4, 0);
  private final int node = w.composite(BtfKind.STRUCT, "bpf_rb_node", 8);

  private String signature(int returnType, Object... params) throws BtfFormatException {
    int func = w.func("f", w.funcProto(returnType, params));
    Btf btf = w.parse();
    return CSignature.of(btf, func);
  }

  private String type(int typeId) throws BtfFormatException {
    return CSignature.typeText(w.parse(), typeId);
  }

  @Test
  void namedTypesPrintTheirName() throws Exception {
    assertEquals("u32", type(u32));
    assertEquals("__u64", type(w.typedef("__u64", u32)));
    assertEquals("tcp_ca_event", type(w.enumeration("tcp_ca_event", false, "CA_EVENT_TX_START", 0)));
    assertEquals("wide", type(w.enum64("wide", "W", 1L << 40)));
    assertEquals("f", type(w.func("f", w.funcProto(0))));
  }

  @Test
  void structsAndUnionsArePrefixed() throws Exception {
    assertEquals("struct bpf_rb_node", type(node));
    assertEquals("union bpf_attr", type(w.composite(BtfKind.UNION, "bpf_attr", 8)));
    assertEquals("struct opaque", type(w.type(BtfKind.FWD, "opaque", 0, false, 0)));
    assertEquals("union opaque_u", type(w.type(BtfKind.FWD, "opaque_u", 0, true, 0)));
  }

  @Test
  void pointersArraysAndQualifiers() throws Exception {
    assertEquals("struct bpf_rb_node *", type(w.ptr(node)));
    assertEquals("void *", type(w.ptr(0)));
    assertEquals("u32[16]", type(w.array(u32, u32, 16)));
    assertEquals("const struct bpf_rb_node *", type(w.ptr(w.qualifier(BtfKind.CONST, node))));
    assertEquals("volatile u32", type(w.qualifier(BtfKind.VOLATILE, u32)));
    assertEquals("restrict void *", type(w.qualifier(BtfKind.RESTRICT, w.ptr(0))));
    assertEquals("void", type(0));
  }

  @Test
  void typeTags() throws Exception {
    assertEquals("__arena void *", type(w.typeTag("address_space(1)", w.ptr(0))));
    assertEquals("/* unknown type tag: user */ u32", type(w.typeTag("user", u32)));
  }

  @Test
  void kindsWithoutCTextSayWhatTheyAre() throws Exception {
    int proto = w.funcProto(0);
    assertEquals("/* no C type for BTF kind FUNC_PROTO */ *", type(w.ptr(proto)));
  }

  @Test
  void callbackParametersSpellEveryParameterAsTypeSpaceName() throws Exception {
    int bool = w.intType("bool", 1, 4);
    int less = w.funcProto(bool, "", w.ptr(node), "", w.ptr(w.qualifier(BtfKind.CONST, node)));
    assertEquals("int f(bool (less)(struct bpf_rb_node * , const struct bpf_rb_node * ))",
        signature(w.intType("int", 4, 1), "less", w.ptr(less)));
  }

  @Test
  void namedCallbackParametersKeepTheirNames() throws Exception {
    int callback = w.funcProto(w.intType("int", 4, 1), "map", w.ptr(0), "key", w.ptr(u32));
    assertEquals("void f(int (cb)(void * map, u32 * key))", signature(0, "cb", w.ptr(callback)));
  }

  @Test
  void pointerParametersAndReturnsHugTheName() throws Exception {
    assertEquals("struct bpf_rb_node *f(struct bpf_rb_node *root, u32 n)",
        signature(w.ptr(node), "root", w.ptr(node), "n", u32));
  }

  @Test
  void otherParametersAndReturnsAreTypeSpaceName() throws Exception {
    assertEquals("u32 f(const u32 size, u32[4] list)",
        signature(u32, "size", w.qualifier(BtfKind.CONST, u32), "list", w.array(u32, u32, 4)));
  }

  @Test
  void aPointerBehindATypedefIsNotAPointerParameter() throws Exception {
    int handle = w.typedef("handle_t", w.ptr(0));
    assertEquals("handle_t f(handle_t h)", signature(handle, "h", handle));
  }

  @Test
  void noParameters() throws Exception {
    assertEquals("void f()", signature(0));
  }

  @Test
  void aFuncWithoutAPrototypeIsAFormatError() throws Exception {
    int func = w.func("broken", u32);
    BtfFormatException e = assertThrows(BtfFormatException.class, () -> CSignature.of(w.parse(), func));
    assertTrue(e.getMessage().contains("type #" + u32 + " should be a FUNC_PROTO but is a INT"), e.getMessage());
    assertEquals(24, e.offset(), "the INT is the first type, right after the 24-byte header");
  }

  @Test
  void aPointerCycleIsAFormatError() throws Exception {
    int self = w.ptr(u32 + 2); // the pointer's own id: the writer hands out ids in order
    assertEquals(u32 + 2, self);
    BtfFormatException e = assertThrows(BtfFormatException.class, () -> type(self));
    assertTrue(e.getMessage().contains("deeper than 64"), e.getMessage());
    assertEquals(24 + 16 + 12, e.offset(), "the pointer, after the header, the INT (16 bytes) and the empty struct (12)");
  }
}
