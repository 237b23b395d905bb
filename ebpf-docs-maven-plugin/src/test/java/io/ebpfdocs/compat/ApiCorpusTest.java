package io.ebpfdocs.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.ebpfdocs.corpus.Corpus;
import io.ebpfdocs.generate.DocsSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API of the real tree: its lists are the generated regions of the pages (one resolution, not a
 * second implementation), it validates against its schema, and it is byte-for-byte repeatable.
 */
class ApiCorpusTest {
  /** One list entry of a generated region: the linked name, then optional since and until badges. */
  private static final Pattern ENTRY = Pattern.compile(
      "\\[`([^`]+)`\\]\\(\\.\\./[a-z-]+/[^)]+\\.md\\)( \\[:octicons-tag-24: (v[^\\]]+)\\]\\([^)]*\\))?( - ( \\[:octicons-tag-24: (v[^\\]]+)\\]\\([^)]*\\))?)?$",
      Pattern.MULTILINE);

  private static Path corpus;
  private static Compatibility compat;
  private static Map<String, String> files;

  @BeforeAll
  static void load() throws Exception {
    corpus = Corpus.location();
    compat = CompatibilityLoader.load(DocsSettings.forRoot(corpus));
    files = ApiFiles.render(compat);
  }

  @Test
  void everyProgramTypePageListsTheApisHelpersAndKfuncs() throws IOException {
    int helperRegions = 0;
    int kfuncRegions = 0;
    for (Compatibility.ProgramType type : compat.programTypes()) {
      Path page = corpus.resolve("docs/linux/program-type/" + type.name() + ".md");
      if (!Files.isRegularFile(page)) {
        continue;
      }
      String text = Files.readString(page, StandardCharsets.UTF_8);
      if (region(text, "PROG_HELPER_FUNC_REF") != null) {
        helperRegions++;
        assertEquals(entries(region(text, "PROG_HELPER_FUNC_REF")),
            type.helpers().stream().map(h -> entry(h.name(), h.since(), java.util.Optional.empty())).toList(),
            type.name() + " helpers");
      }
      if (region(text, "PROG_KFUNC_REF") != null) {
        kfuncRegions++;
        assertEquals(entries(region(text, "PROG_KFUNC_REF")),
            type.kfuncs().stream().map(k -> entry(k.name(), k.since(), k.until())).toList(), type.name() + " kfuncs");
      }
    }
    assertTrue(helperRegions >= 30, "program-type pages with a helper list: " + helperRegions);
    assertTrue(kfuncRegions >= 30, "program-type pages with a kfunc list: " + kfuncRegions);
  }

  @Test
  void theReverseViewsAreThePagesRegionsToo() throws IOException {
    int checked = 0;
    for (Compatibility.MapType type : compat.mapTypes()) {
      String region = pageRegion("map-type", type.name(), "MAP_HELPER_FUNC_REF");
      if (region != null) {
        checked++;
        assertEquals(entries(region), type.helpers().stream().map(h -> entry(h.name(), h.since(), java.util.Optional.empty())).toList(), type.name());
      }
    }
    for (Compatibility.Helper helper : compat.helpers()) {
      String programs = pageRegion("helper-function", helper.name(), "HELPER_FUNC_PROG_REF");
      if (programs != null) {
        checked++;
        assertEquals(entries(programs), uses(helper.programTypes()), helper.name() + " program types");
      }
      String maps = pageRegion("helper-function", helper.name(), "HELPER_FUNC_MAP_REF");
      if (maps != null) {
        checked++;
        assertEquals(entries(maps), uses(helper.mapTypes()), helper.name() + " map types");
      }
    }
    for (Compatibility.Kfunc kfunc : compat.kfuncs()) {
      String programs = pageRegion("kfuncs", kfunc.name(), "KFUNC_PROG_REF");
      if (programs != null) {
        checked++;
        assertEquals(entries(programs), uses(kfunc.programTypes()), kfunc.name() + " program types");
      }
    }
    assertTrue(checked > 500, "regions compared: " + checked);
  }

  @Test
  void everyFileValidatesAgainstTheSchema() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(
            "https://docs.ebpf.io/api/v1/schema.json", files.get(ApiFiles.SCHEMA)))));
    Map<String, String> definitions = Map.of("features.json", "featuresFile", "program-types.json", "programTypesFile",
        "helpers.json", "helpersFile", "kfuncs.json", "kfuncsFile", "map-types.json", "mapTypesFile",
        "kfunc-flags.json", "kfuncFlagsFile");
    JsonSchema whole = factory.getSchema(SchemaLocation.of("https://docs.ebpf.io/api/v1/schema.json"));
    for (ApiFiles.DataFile file : ApiFiles.DATA_FILES) {
      JsonNode data = mapper.readTree(files.get(file.fileName()));
      assertTrue(data.size() > 10, file.fileName() + " has " + data.size() + " entries");
      JsonSchema own = factory.getSchema(SchemaLocation.of(
          "https://docs.ebpf.io/api/v1/schema.json#/$defs/" + definitions.get(file.fileName())));
      Set<ValidationMessage> problems = own.validate(data);
      assertEquals(Set.of(), problems, file.fileName());
      assertEquals(Set.of(), whole.validate(data), file.fileName() + " against the whole schema");
    }
    JsonNode broken = mapper.readTree("[{\"name\":\"bpf_loop\",\"version\":\"v5.17\"}]");
    JsonSchema helpers = factory.getSchema(SchemaLocation.of("https://docs.ebpf.io/api/v1/schema.json#/$defs/helpersFile"));
    assertFalse(helpers.validate(broken).isEmpty(), "a helper without its lists is rejected");
  }

  @Test
  void everyFlagOfEveryKfuncIsExplainedOnceAsQuerySaysIt() throws IOException {
    JsonNode flags = new ObjectMapper().readTree(files.get("kfunc-flags.json"));
    Map<String, String> meanings = new java.util.TreeMap<>();
    flags.forEach(f -> assertTrue(meanings.put(f.get("name").asText(), f.get("meaning").asText(null)) == null,
        "listed once: " + f));
    assertEquals(List.copyOf(meanings.keySet()), java.util.stream.StreamSupport.stream(flags.spliterator(), false)
        .map(f -> f.get("name").asText()).toList(), "sorted by name");
    Set<String> used = new java.util.TreeSet<>();
    compat.kfuncs().forEach(k -> used.addAll(k.flags()));
    assertTrue(meanings.keySet().containsAll(used), "missing: " + used);
    meanings.forEach((flag, meaning) -> assertTrue(meaning != null && meaning.length() > 30, flag + ": " + meaning));
    for (Query.FlagMeaning said : new Query(compat).name("bpf_arena_alloc_pages").flags()) {
      assertEquals(said.meaning().orElseThrow(), meanings.get(said.flag()), "query and the API say the same");
    }
    assertTrue(meanings.get("KF_ACQUIRE").startsWith("This kfunc returns a pointer to a refcounted object."),
        "the data's note, as plain text: " + meanings.get("KF_ACQUIRE"));
  }

  @Test
  void theScriptHoldsTheSameArraysAsTheFiles() throws IOException {
    String script = files.get(ApiFiles.SCRIPT);
    String prefix = "window.__ebpfdocsApi = ";
    assertTrue(script.startsWith(prefix) && script.endsWith(";\n"));
    JsonNode api = new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
    for (ApiFiles.DataFile file : ApiFiles.DATA_FILES) {
      assertEquals(new ObjectMapper().readTree(files.get(file.fileName())), api.get(file.scriptKey()), file.scriptKey());
    }
    assertEquals(ApiFiles.DATA_FILES.size(), api.size());
  }

  @Test
  void sameTreeSameBytesAndASecondExportWritesNothing() throws Exception {
    assertEquals(files, ApiFiles.render(CompatibilityLoader.load(DocsSettings.forRoot(corpus))));
    Path out = Path.of("target", "api-export-test").toAbsolutePath();
    ApiFiles.write(files, out);
    assertEquals(0, ApiFiles.write(files, out));
    assertEquals(files.keySet(), Files.list(out).map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
  }

  @Test
  void versionsAreNormalisedAndTheWrittenTextKept() throws IOException {
    JsonNode features = new ObjectMapper().readTree(files.get("features.json"));
    int differentlyWritten = 0;
    for (JsonNode feature : features) {
      if (!feature.get("version").isNull()) {
        assertTrue(feature.get("version").asText().matches("v\\d+\\.\\d+"), feature.toString());
      }
      if (!feature.get("versionAsWritten").isNull()) {
        differentlyWritten++;
        assertEquals("7.1", feature.get("versionAsWritten").asText(), feature.toString());
      }
    }
    assertEquals(13, differentlyWritten, "the 13 entries the data writes as 7.1");
    JsonNode xdp = null;
    for (JsonNode feature : features) {
      if (feature.get("name").asText().equals("BPF_PROG_TYPE_XDP")) {
        xdp = feature;
      }
    }
    assertEquals("{\"name\":\"BPF_PROG_TYPE_XDP\",\"group\":\"program_types\",\"version\":\"v4.8\",\"versionAsWritten\":null,"
        + "\"commit\":\"6a773a15a1e8874e5eccd2f29190c31085912c95\",\"page\":\"linux/program-type/BPF_PROG_TYPE_XDP/\"}",
        String.valueOf(xdp));
  }

  private static String pageRegion(String folder, String name, String marker) throws IOException {
    Path page = corpus.resolve("docs/linux/" + folder + "/" + name + ".md");
    return Files.isRegularFile(page) ? region(Files.readString(page, StandardCharsets.UTF_8), marker) : null;
  }

  /** The text between the marker's start and stop comments, or null without the region. */
  static String region(String text, String marker) {
    String start = "<!-- [" + marker + "] -->";
    int from = text.indexOf(start);
    int to = text.indexOf("<!-- [/" + marker + "] -->", from + 1);
    return from < 0 || to < 0 ? null : text.substring(from + start.length(), to);
  }

  /** "name since until" of each list entry of a region. */
  static List<String> entries(String region) {
    List<String> entries = new ArrayList<>();
    Matcher m = ENTRY.matcher(region);
    while (m.find()) {
      entries.add(m.group(1) + " " + m.group(3) + " " + m.group(6));
    }
    return entries;
  }

  private static List<String> uses(List<Compatibility.TypeUse> types) {
    return types.stream().map(t -> entry(t.name(), t.since(), t.until())).toList();
  }

  private static String entry(String name, java.util.Optional<Release> since, java.util.Optional<Release> until) {
    return name + " " + since.map(Release::version).orElse(null) + " " + until.map(Release::version).orElse(null);
  }
}
