package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelperHeaderTest {
  private final HelperHeader header = HelperHeader.parse(Fixtures.text("fixture_helper_defs.h"));

  @Test
  void readsEveryDeclarationOutsideComments() {
    assertEquals(
        List.of("bpf_fixture_text", "bpf_fixture_list", "bpf_fixture_code", "bpf_fixture_bare", "bpf_fixture_old"),
        header.helpers().stream().map(HelperDefinition::name).toList());
  }

  @Test
  void keepsTheCommentLinesWithoutTheirStar() {
    HelperDefinition old = header.helpers().get(4);
    assertEquals(
        List.of(" bpf_fixture_old", "", " \tDeclared in the form of older libbpf releases.", "", " Returns", " \tThe *id*."),
        old.comment());
    assertEquals("static __u32 (*bpf_fixture_old)(void) = (void *) 5;", old.declaration());
  }

  @Test
  void warnsAboutADeclarationWithoutCommentAndAnUnclosedComment() {
    String text = Fixtures.text("fixture_helper_defs.h");
    List<String> lines = text.lines().toList();
    int bare = lines.indexOf("static long (* const bpf_fixture_bare)(__u32 id) = (void *) 4;") + 1;
    int unclosed = lines.lastIndexOf("/*") + 1;
    assertEquals(
        List.of(
            new InputWarning(bare, "helper bpf_fixture_bare has no comment block above its declaration"),
            new InputWarning(unclosed, "comment block is not closed with */ before the end of the file")),
        header.warnings());
    assertEquals(List.of(), header.helpers().get(3).comment());
  }

  @Test
  void aCommentIsUsedByOneDeclarationOnly() {
    HelperHeader twoDeclarations = HelperHeader.parse(
        "/*\n * bpf_a\n */\nstatic long (* const bpf_a)(void) = (void *) 1;\nstatic long (* const bpf_b)(void) = (void *) 2;\n");
    assertEquals(List.of(" bpf_a"), twoDeclarations.helpers().get(0).comment());
    assertEquals(List.of(), twoDeclarations.helpers().get(1).comment());
  }

  @Test
  void aLaterDeclarationReplacesAnEarlierOne() {
    HelperHeader twice = HelperHeader.parse(
        "static long (* const bpf_a)(void) = (void *) 1;\r\n/*\r\n * bpf_a\r\n */\r\nstatic int (* const bpf_a)(void) = (void *) 1;\r\n");
    assertEquals(1, twice.helpers().size());
    assertEquals("static int (* const bpf_a)(void) = (void *) 1;", twice.helpers().get(0).declaration());
    assertEquals(List.of(" bpf_a"), twice.helpers().get(0).comment());
    assertEquals(new InputWarning(5, "helper bpf_a is declared again; the later declaration is used"),
        twice.warnings().get(1));
  }

  @Test
  void oneLineCommentsAndOtherCodeAreIgnored() {
    HelperHeader none = HelperHeader.parse("/* generated */\nstruct bpf_sock;\nstatic int x = 1;\n");
    assertEquals(List.of(), none.helpers());
    assertEquals(List.of(), none.warnings());
  }
}
