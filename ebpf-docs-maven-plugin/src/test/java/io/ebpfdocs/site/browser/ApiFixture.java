package io.ebpfdocs.site.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small JSON API (api/v1/) in the shapes of the API contract, for the pages of the bundled docs
 * module: the JSON files, and api.js holding the same arrays for file:// use. Made-up per-type dates
 * (bpf_redirect and bpf_ringbuf_output in XDP) and an "until" exercise every list of the explorer.
 */
final class ApiFixture {
  /** api.js key -> file, as the contract names them. */
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("features", "features.json");
    FILES.put("programTypes", "program-types.json");
    FILES.put("helpers", "helpers.json");
    FILES.put("kfuncs", "kfuncs.json");
    FILES.put("mapTypes", "map-types.json");
    FILES.put("kfuncFlags", "kfunc-flags.json");
  }

  private ApiFixture() {}

  static void writeTo(Path site) throws IOException {
    Path api = Files.createDirectories(site.resolve("api/v1"));
    StringBuilder script = new StringBuilder("window.__ebpfdocsApi = {");
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      String json = resource(file.getValue());
      Files.writeString(api.resolve(file.getValue()), json);
      script.append(script.charAt(script.length() - 1) == '{' ? "" : ",\n").append(file.getKey()).append(": ")
          .append(json.strip());
    }
    Files.writeString(api.resolve("api.js"), script.append("};\n").toString());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ApiFixture.class.getResourceAsStream("/io/ebpfdocs/site/api-v1/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource api-v1/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
