package io.ebpfdocs.site.config;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the tree's {@code mkdocs.yml} says about the site, as far as the site honours it. Empty strings
 * stand for settings that are absent.
 *
 * @param siteName {@code site_name}
 * @param siteUrl {@code site_url} without its trailing slash: absolute page URLs, canonical links, sitemap
 * @param repoUrl {@code repo_url}
 * @param editUrl the page edit links' prefix: {@code repo_url} joined with {@code edit_uri} (MkDocs' default for
 *     GitHub and GitLab when absent); empty when there is none
 * @param theme the {@code theme} section
 * @param extraCss {@code extra_css}, docs-relative
 * @param extraJavascript {@code extra_javascript}, docs-relative
 * @param analyticsProperty {@code extra.analytics.property} of the Google provider; empty for none
 * @param searchSeparator {@code plugins.search.separator}, the regular expression words are split on; empty for the default
 * @param production the production plugins
 * @param unsupported what the file configures that the site does not do, each named once
 */
public record MkDocsConfig(String siteName, String siteUrl, String repoUrl, String editUrl, Theme theme,
    List<String> extraCss, List<String> extraJavascript, String analyticsProperty, String searchSeparator,
    Production production, List<String> unsupported) {

  /** A tree without {@code mkdocs.yml}: the site's own look; the production parts run only when asked for. */
  public static final MkDocsConfig NONE = new MkDocsConfig("", "", "", "", Theme.NONE, List.of(), List.of(), "", "",
      new Production(RevisionDates.DEFAULT, false, false, ""), List.of());

  public MkDocsConfig {
    extraCss = List.copyOf(extraCss);
    extraJavascript = List.copyOf(extraJavascript);
    unsupported = List.copyOf(unsupported);
  }

  /**
   * The {@code theme} section.
   *
   * @param logo docs-relative image shown in the header; empty for the site's text badge
   * @param favicon docs-relative icon; empty for the bundled one
   * @param palette the colour schemes in toggle order; empty for the site's own colours
   * @param textFont {@code font.text}, tried first (from the reader's system, nothing is downloaded)
   * @param codeFont {@code font.code}, likewise
   * @param features {@code features}
   * @param repoIcon {@code icon.repo} as an icon name ({@code fontawesome-brands-github})
   * @param editIcon {@code icon.edit}
   * @param viewIcon {@code icon.view}
   * @param notFoundHtml the content block of {@code custom_dir/404.html}; empty for the site's own text
   */
  public record Theme(String logo, String favicon, List<Scheme> palette, String textFont, String codeFont,
      Set<String> features, String repoIcon, String editIcon, String viewIcon, String notFoundHtml) {
    static final Theme NONE = new Theme("", "", List.of(), "", "", Set.of(Features.EDIT), "fontawesome-brands-github",
        "material-pencil", "material-eye", "");

    public Theme {
      palette = List.copyOf(palette);
      features = Collections.unmodifiableSortedSet(new TreeSet<>(features)); // sorted: its text is stable between runs
    }

    public boolean has(String feature) {
      return features.contains(feature);
    }
  }

  /** The theme features the site knows. */
  public static final class Features {
    public static final String INDEXES = "navigation.indexes";
    public static final String TOP = "navigation.top";
    public static final String EDIT = "content.action.edit";
    public static final String VIEW = "content.action.view";
    public static final String ANNOTATE = "content.code.annotate";
    static final Set<String> KNOWN = Set.of(INDEXES, TOP, EDIT, VIEW, ANNOTATE);

    private Features() {}
  }

  /**
   * One entry of {@code theme.palette}.
   *
   * @param mode {@code auto} (follows the system), {@code light} or {@code dark}
   * @param primary the header colour, {@code #rrggbb}
   * @param onPrimary the text colour on it
   * @param accent the accent colour, {@code #rrggbb}
   * @param toggleIcon the icon shown while this scheme is on, as an icon name
   * @param toggleName the toggle's title while this scheme is on
   */
  public record Scheme(String mode, String primary, String onPrimary, String accent, String toggleIcon,
      String toggleName) {}

  /**
   * The {@code git-revision-date-localized} plugin.
   *
   * @param enabled its {@code enabled} setting
   * @param type {@code date}, {@code datetime}, {@code iso_date} or {@code iso_datetime}
   * @param locale a language tag
   * @param timezone a zone id
   * @param creationDate {@code enable_creation_date}
   */
  public record RevisionDates(boolean enabled, String type, String locale, String timezone, boolean creationDate) {
    public static final RevisionDates DEFAULT = new RevisionDates(false, "date", "en", "UTC", true);
  }

  /**
   * The production plugins, each with its {@code enabled} setting.
   *
   * @param dates {@code git-revision-date-localized}
   * @param committers {@code git-committers}
   * @param social {@code social}
   * @param cardLogo {@code social.cards_layout_options.logo}, relative to the tree's root; empty for the theme's logo
   */
  public record Production(RevisionDates dates, boolean committers, boolean social, String cardLogo) {
    public boolean any() {
      return dates.enabled() || committers || social;
    }
  }
}
