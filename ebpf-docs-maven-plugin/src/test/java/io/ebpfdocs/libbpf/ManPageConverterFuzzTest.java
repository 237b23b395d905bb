package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random comments built from the pieces the converter reacts to: it never fails, never loses the declaration. */
class ManPageConverterFuzzTest {
  private static final String[] INDENTS = {"", " ", "\t", "\t\t", "\t\t\t", "\t ", " \t", "\t\t  "};
  private static final String[] PIECES = {
    "*", "**", "::", "\\ ", "()", " ", "word", "**BPF_F_X**", "*arg*", "->", "_", "-", ".", "/", ">", "`", "\t",
    "**bpf_sock_ops_cb_flags_set(bpf_sock,**", "**bpf_sock->bpf_sock_ops_cb_flags & ~BPF_SOCK_OPS_RTO_CB_FLAG)**"
  };
  private static final String DECLARATION = "static long (* const bpf_fuzz)(void *ctx) = (void *) 1;";

  @Test
  void randomCommentsAlwaysEndWithTheDeclarationLine() {
    ManPageConverter converter = ManPageConverter.standard();
    Random random = new Random(20240601L);
    for (int round = 0; round < 5_000; round++) {
      HelperDefinition helper = new HelperDefinition("bpf_fuzz", DECLARATION, randomComment(random), 1);
      String region = converter.render(helper);
      String expectedEnd = "`#!c " + DECLARATION + "`\n";
      assertTrue(region.endsWith(expectedEnd), () -> "round output lost its declaration: " + region);
      assertTrue(region.equals(expectedEnd) || region.endsWith("\n\n" + expectedEnd),
          () -> "the declaration is not set apart by a blank line: " + region);
    }
  }

  private static List<String> randomComment(Random random) {
    List<String> lines = new ArrayList<>();
    int count = random.nextInt(14);
    for (int i = 0; i < count; i++) {
      StringBuilder line = new StringBuilder(INDENTS[random.nextInt(INDENTS.length)]);
      int pieces = random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        line.append(PIECES[random.nextInt(PIECES.length)]);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
