package io.ebpfdocs.site.config;

import io.ebpfdocs.data.YamlFile;
import io.ebpfdocs.data.YamlNode;
import io.ebpfdocs.data.YamlReader;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code mkdocs.yml} at a tree's root into {@link MkDocsConfig}, the way MkDocs reads it: a repeated
 * key replaces the earlier one, {@code !ENV} takes the first variable set or the default, Python tags
 * ({@code !!python/name:}) are names of code we do not run. Whatever it configures that the site does
 * not do is listed in {@link MkDocsConfig#unsupported()}.
 */
public final class MkDocsConfigReader {
  public static final String FILE = "mkdocs.yml";
  private static final Set<String> KEYS = Set.of("site_name", "site_url", "repo_url", "edit_uri", "theme", "hooks",
      "markdown_extensions", "plugins", "extra_css", "extra_javascript", "extra", "docs_dir", "site_description",
      "copyright", "repo_name");
  private static final Set<String> PLUGINS = Set.of("search", "literate-nav", "git-revision-date-localized",
      "git-committers", "social");
  /** The Markdown extensions the renderer implements. */
  private static final Set<String> EXTENSIONS = Set.of("admonition", "pymdownx.details", "pymdownx.superfences",
      "footnotes", "attr_list", "pymdownx.highlight", "pymdownx.inlinehilite", "abbr", "md_in_html",
      "pymdownx.emoji", "pymdownx.tabbed", "tables", "toc", "meta");
  private static final Set<String> DATE_TYPES = Set.of("date", "datetime", "iso_date", "iso_datetime");
  private static final Pattern CONTENT_BLOCK = Pattern.compile(
      "\\{%-?\\s*block\\s+content\\s*-?%}(.*?)\\{%-?\\s*endblock\\b[^%]*%}", Pattern.DOTALL);

  private final YamlFile file;
  private final Path root;
  private final Predicate<String> knownIcon;
  private final List<String> unsupported = new ArrayList<>();

  private MkDocsConfigReader(YamlFile file, Path root, Predicate<String> knownIcon) {
    this.file = file;
    this.root = root;
    this.knownIcon = knownIcon;
  }

  /**
   * The configuration of the tree at {@code root}; {@link MkDocsConfig#NONE} without {@code mkdocs.yml}.
   *
   * @param env the environment {@code !ENV} reads
   * @param knownIcon whether the site can draw an icon ({@code material-pencil})
   */
  public static MkDocsConfig read(Path root, Map<String, String> env, Predicate<String> knownIcon)
      throws DocsException, IOException {
    Path path = root.resolve(FILE);
    if (!Files.isRegularFile(path)) {
      return MkDocsConfig.NONE;
    }
    YamlReader.Dialect mkdocs = new YamlReader.Dialect(true, (tag, value) -> resolveTag(tag, value, env));
    YamlNode node = YamlReader.parse(Files.readString(path), FILE, mkdocs);
    return new MkDocsConfigReader(new YamlFile(FILE, node), root, knownIcon).config();
  }

  /** {@code !ENV NAME} or {@code !ENV [NAME..., default]}, as MkDocs' pyyaml_env_tag resolves it. */
  private static YamlNode resolveTag(String tag, YamlNode value, Map<String, String> env) {
    if (!tag.equals("ENV")) {
      return value; // a Python name or another tool's tag: the value as written
    }
    List<YamlNode> items = value instanceof YamlNode.Sequence s ? s.items() : List.of(value);
    for (int i = 0; i < items.size(); i++) {
      String text = items.get(i) instanceof YamlNode.Scalar s ? s.text() : "";
      boolean isDefault = i == items.size() - 1 && items.size() > 1;
      if (isDefault) {
        return new YamlNode.Scalar(text, value.line());
      }
      if (env.get(text) != null) {
        return new YamlNode.Scalar(env.get(text), value.line());
      }
    }
    return new YamlNode.Scalar("", value.line());
  }

  /** YAML 1.1's true values (as PyYAML reads an environment variable's text), and non-zero numbers. */
  static boolean isTrue(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y") || t.matches("[+-]?0*[1-9][0-9]*");
  }

  private MkDocsConfig config() throws DocsException, IOException {
    Map<String, YamlNode> top = file.mapping(file.root(), FILE);
    top.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> unsupported.add("setting " + k));
    if (top.containsKey("docs_dir") && !scalar(top, "docs_dir").equals("docs")) {
      unsupported.add("docs_dir " + scalar(top, "docs_dir") + " (set ebpfdocs.docsDir instead)");
    }
    for (String hook : file.scalars(top, "hooks", "hooks")) {
      unsupported.add("hook " + hook);
    }
    for (Map.Entry<String, YamlNode> ext : named(top.get("markdown_extensions"), "markdown_extensions").entrySet()) {
      if (!EXTENSIONS.contains(ext.getKey())) {
        unsupported.add("Markdown extension " + ext.getKey());
      }
    }
    Map<String, YamlNode> plugins = named(top.get("plugins"), "plugins");
    plugins.keySet().stream().filter(p -> !PLUGINS.contains(p)).forEach(p -> unsupported.add("plugin " + p));
    String repoUrl = stripSlash(scalar(top, "repo_url"));
    Map<String, YamlNode> extra = file.mapping(top.getOrDefault("extra", empty()), "extra");
    return new MkDocsConfig(scalar(top, "site_name"), stripSlash(scalar(top, "site_url")), repoUrl,
        editUrl(repoUrl, top.containsKey("edit_uri") ? scalar(top, "edit_uri") : null),
        theme(file.mapping(top.getOrDefault("theme", empty()), "theme")), file.scalars(top, "extra_css", "extra_css"),
        file.scalars(top, "extra_javascript", "extra_javascript"), analytics(extra),
        scalar(options(plugins, "search"), "separator"), production(plugins), unsupported);
  }

  /** MkDocs' edit URL: repo_url joined with edit_uri; GitHub and GitLab repositories get a default. */
  static String editUrl(String repoUrl, String editUri) {
    if (editUri == null) {
      editUri = repoUrl.contains("github.com") || repoUrl.contains("gitlab.com") ? "edit/master/docs/" : "";
    }
    if (editUri.isEmpty() || editUri.matches("[a-z][a-z0-9+.-]*://.*")) {
      return editUri;
    }
    if (repoUrl.isEmpty()) {
      return "";
    }
    String uri = editUri.endsWith("/") ? editUri : editUri + "/";
    return uri.startsWith("/") ? repoUrl.replaceFirst("^([a-z]+://[^/]+).*", "$1") + uri : repoUrl + "/" + uri;
  }

  private MkDocsConfig.Theme theme(Map<String, YamlNode> theme) throws DocsException, IOException {
    String name = scalar(theme, "name");
    if (!name.isEmpty() && !name.equals("material")) {
      unsupported.add("theme " + name + " (the site has one look, close to Material's)");
    }
    List<String> features = file.scalars(theme, "features", "theme.features");
    features.stream().filter(f -> !MkDocsConfig.Features.KNOWN.contains(f)).forEach(f -> unsupported.add("theme feature " + f));
    Map<String, YamlNode> font = theme.get("font") instanceof YamlNode.Mapping m ? m.entries() : Map.of();
    Map<String, YamlNode> icon = file.mapping(theme.getOrDefault("icon", empty()), "theme.icon");
    MkDocsConfig.Theme none = MkDocsConfig.Theme.NONE;
    return new MkDocsConfig.Theme(scalar(theme, "logo"), scalar(theme, "favicon"), palette(theme.get("palette")),
        scalar(font, "text"), scalar(font, "code"), Set.copyOf(features),
        iconName(icon, "repo", none.repoIcon()), iconName(icon, "edit", none.editIcon()),
        iconName(icon, "view", none.viewIcon()), notFound(scalar(theme, "custom_dir")));
  }

  private String iconName(Map<String, YamlNode> icons, String key, String fallback) throws DocsException {
    String value = scalar(icons, key).trim();
    if (value.isEmpty()) {
      return fallback;
    }
    if (!knownIcon.test(value.replace('/', '-'))) {
      unsupported.add("icon " + value + " (the site's own is shown)");
      return fallback;
    }
    return value.replace('/', '-');
  }

  private List<MkDocsConfig.Scheme> palette(YamlNode node) throws DocsException {
    if (node == null) {
      return List.of();
    }
    List<YamlNode> entries = node instanceof YamlNode.Mapping ? List.of(node) : file.sequence(node, "theme.palette");
    List<MkDocsConfig.Scheme> schemes = new ArrayList<>();
    for (YamlNode entry : entries) {
      Map<String, YamlNode> e = file.mapping(entry, "theme.palette entry");
      String scheme = scalar(e, "scheme");
      String mode = scheme.equals("slate") ? "dark" : scheme.isEmpty() && !e.containsKey("media") ? "light"
          : scheme.isEmpty() ? "auto" : "light";
      String primary = color(e, "primary", MaterialColors::primary);
      String accent = color(e, "accent", MaterialColors::accent);
      Map<String, YamlNode> toggle = file.mapping(e.getOrDefault("toggle", empty()), "theme.palette toggle");
      schemes.add(new MkDocsConfig.Scheme(mode, MaterialColors.primary(primary).orElseThrow(),
          MaterialColors.onPrimary(primary), MaterialColors.accent(accent).orElseThrow(),
          iconName(toggle, "icon", ""), scalar(toggle, "name")));
    }
    return schemes;
  }

  private String color(Map<String, YamlNode> entry, String key,
      Function<String, Optional<String>> table) throws DocsException {
    String name = scalar(entry, key).trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    if (name.isEmpty()) {
      return MaterialColors.DEFAULT;
    }
    if (table.apply(name).isEmpty()) {
      unsupported.add("palette " + key + " " + name + " (indigo is used)");
      return MaterialColors.DEFAULT;
    }
    return name;
  }

  private String notFound(String customDir) throws IOException {
    if (customDir.isEmpty()) {
      return "";
    }
    Path page = root.resolve(customDir).resolve("404.html");
    if (!Files.isRegularFile(page)) {
      unsupported.add("custom_dir " + customDir + " (only its 404.html is used, and it has none)");
      return "";
    }
    Matcher block = CONTENT_BLOCK.matcher(Files.readString(page));
    if (!block.find()) {
      unsupported.add("custom_dir " + customDir + "/404.html without {% block content %}");
      return "";
    }
    return block.group(1).strip();
  }

  private String analytics(Map<String, YamlNode> extra) throws DocsException {
    Map<String, YamlNode> analytics = file.mapping(extra.getOrDefault("analytics", empty()), "extra.analytics");
    String provider = scalar(analytics, "provider");
    if (!provider.isEmpty() && !provider.equals("google")) {
      unsupported.add("analytics provider " + provider);
      return "";
    }
    return scalar(analytics, "property");
  }

  private MkDocsConfig.Production production(Map<String, YamlNode> plugins) throws DocsException {
    Map<String, YamlNode> dates = options(plugins, "git-revision-date-localized");
    String type = scalar(dates, "type");
    if (!type.isEmpty() && !DATE_TYPES.contains(type)) {
      unsupported.add("git-revision-date-localized type " + type + " (date is used)");
      type = "";
    }
    MkDocsConfig.RevisionDates defaults = MkDocsConfig.RevisionDates.DEFAULT;
    MkDocsConfig.RevisionDates revisionDates = new MkDocsConfig.RevisionDates(enabled(plugins, "git-revision-date-localized"),
        type.isEmpty() ? defaults.type() : type, orDefault(scalar(dates, "locale"), defaults.locale()),
        orDefault(scalar(dates, "timezone"), defaults.timezone()),
        dates.containsKey("enable_creation_date") && isTrue(scalar(dates, "enable_creation_date")));
    Map<String, YamlNode> social = options(plugins, "social");
    Map<String, YamlNode> layout = file.mapping(social.getOrDefault("cards_layout_options", empty()),
        "social.cards_layout_options");
    return new MkDocsConfig.Production(revisionDates, enabled(plugins, "git-committers"), enabled(plugins, "social"),
        scalar(layout, "logo"));
  }

  /** A plugin is on when listed, unless its {@code enabled} says otherwise. */
  private boolean enabled(Map<String, YamlNode> plugins, String plugin) throws DocsException {
    if (!plugins.containsKey(plugin)) {
      return false;
    }
    Map<String, YamlNode> options = options(plugins, plugin);
    return !options.containsKey("enabled") || isTrue(scalar(options, "enabled"));
  }

  private Map<String, YamlNode> options(Map<String, YamlNode> plugins, String plugin) throws DocsException {
    YamlNode node = plugins.get(plugin);
    return node == null ? Map.of() : file.mapping(node, plugin);
  }

  /** A list of names, each alone ({@code - admonition}) or with its options ({@code - search: {...}}). */
  private Map<String, YamlNode> named(YamlNode node, String what) throws DocsException {
    Map<String, YamlNode> byName = new LinkedHashMap<>();
    if (node == null) {
      return byName;
    }
    if (node instanceof YamlNode.Mapping m) {
      return new LinkedHashMap<>(m.entries());
    }
    for (YamlNode item : file.sequence(node, what)) {
      if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
        byName.putAll(m.entries());
      } else {
        byName.put(file.scalar(item, what + " entry"), empty());
      }
    }
    return byName;
  }

  private String scalar(Map<String, YamlNode> entries, String key) throws DocsException {
    return file.optionalScalar(entries, key, FILE).orElse("");
  }

  private static YamlNode empty() {
    return new YamlNode.Scalar("", 0);
  }

  private static String orDefault(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
