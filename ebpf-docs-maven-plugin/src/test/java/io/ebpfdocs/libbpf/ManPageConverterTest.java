package io.ebpfdocs.libbpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ManPageConverterTest {
  private static final ManPageConverter CONVERTER = ManPageConverter.standard();

  static Stream<HelperDefinition> fixtureHelpers() {
    return HelperHeader.parse(Fixtures.text("fixture_helper_defs.h")).helpers().stream();
  }

  @ParameterizedTest
  @MethodSource("fixtureHelpers")
  void rendersTheWholeRegionOfEachFixtureHelper(HelperDefinition helper) {
    assertEquals(Fixtures.text("golden/" + helper.name() + ".md"), CONVERTER.render(helper));
  }

  /** Converts comment body lines, written without the title and without the leading space. */
  private static String convert(String... body) {
    List<String> comment = new ArrayList<>(List.of(" bpf_x", ""));
    for (String line : body) {
      comment.add(line.isEmpty() ? "" : " " + line);
    }
    return CONVERTER.toMarkdown(comment);
  }

  @Test
  void textBlocksEndAtABlankLineOrAnIndentationChange() {
    assertEquals("one two\n\nthree\n\nfour\n", convert("\tone", "\ttwo", "", "\tthree", "\t\tfour"));
  }

  @Test
  void unindentedLinesAreHeadings() {
    assertEquals("### Returns\n\nvalue\n", convert("Returns", "\tvalue"));
    assertEquals("### Notes:\n", convert("   Notes:"));
  }

  @Test
  void codeBlocksKeepTheirLinesAndInnerBlankLines() {
    assertEquals("```\na;\n\n\tb;\n```\n\nafter\n", convert("\t::", "", "\t\ta;", "", "\t\t\tb;", "", "\tafter"));
  }

  @Test
  void aCodeBlockMayEndTheComment() {
    assertEquals("```\nx = *y;\n```\n", convert("\t::", "", "\t\tx = *y;"));
  }

  @Test
  void pseudoListItemsTakeTheirDeeperLines() {
    assertEquals("* **BPF_F_X**: one two\n\n* **sizeof**(_t_): three\n\nafter\n",
        convert("\t**BPF_F_X**", "\t\tone", "", "\t\ttwo", "\t**sizeof**\\ (*t*)", "\t\tthree", "\tafter"));
  }

  @Test
  void aBoldLineWithoutDeeperLinesIsText() {
    assertEquals("**BPF_F_X** and more\n", convert("\t**BPF_F_X**", "\tand more"));
  }

  @Test
  void consecutiveListItemsShareOneNewline() {
    assertEquals("intro\n\n* a b\n*\tc\n\n- not an item\n",
        convert("\tintro", "", "\t\t* a", "\t\t  b", "", "\t*\tc", "", "\t- not an item"));
  }

  @Test
  void inlineMarkupRules() {
    assertEquals("**f**() _a_ _b c_ _p->q_ _x_**->y** _x_**->z** **b** *", 
        InlineMarkup.clean("**f** () *a* *b c* *p->q* *x*\\ **->y** *x* **->z** **b** *"));
    assertEquals("_./file_ *not emphasis\\* a*b", InlineMarkup.clean("*./file* *not emphasis\\* a*b"));
  }

  @Test
  void overridesReplaceTheirLinesOnly() {
    ManPageConverter converter = new ManPageConverter(List.of(new ConversionOverride(List.of("**a,**", "**b)**"), "`a, b`")));
    List<String> comment = List.of(" t", "", " \ttext", "", " \t**a,**", " \t**b)**", "", " \t**a,**", " \tother");
    assertEquals("text\n\n`a, b`\n\n**a,** other\n", converter.toMarkdown(comment));
  }

  @Test
  void theBundledOverrideTableHasTheSockOpsExample() {
    assertEquals(1, ConversionOverrides.bundled().size());
    assertEquals(2, ConversionOverrides.bundled().get(0).lines().size());
  }

  @Test
  void anEmptyCommentGivesOnlyTheDeclaration() {
    HelperDefinition helper = new HelperDefinition("bpf_x", "static long (* const bpf_x)(void) = (void *) 1;", List.of(" bpf_x", ""), 1);
    assertEquals("`#!c static long (* const bpf_x)(void) = (void *) 1;`\n", CONVERTER.render(helper));
  }
}
