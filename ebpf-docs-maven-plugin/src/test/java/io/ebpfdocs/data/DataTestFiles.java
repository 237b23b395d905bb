package io.ebpfdocs.data;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ebpfdocs.report.DocsException;

/** Parses fixture texts the way {@link DataFiles} parses files. */
final class DataTestFiles {
  private DataTestFiles() {}

  static YamlFile yaml(String name, String text) throws Exception {
    return new YamlFile(name, YamlReader.parse(text, name));
  }

  static HelperFunctions helpers(String text) throws Exception {
    return HelperFunctions.read(yaml("data/" + HelperFunctions.FILE, text));
  }

  static FeatureVersions features(String text) throws Exception {
    return FeatureVersions.read(yaml("data/" + FeatureVersions.FILE, text));
  }

  static KfuncSets kfuncs(String text) throws Exception {
    return KfuncSets.read(yaml("data/" + KfuncSets.FILE, text));
  }

  interface Reading {
    void read() throws Exception;
  }

  static String error(Reading reading) {
    return assertThrows(DocsException.class, reading::read).getMessage();
  }
}
