package io.ebpfdocs.site;

import io.ebpfdocs.site.config.MkDocsConfig;
import io.ebpfdocs.site.history.GitHistory;
import io.ebpfdocs.site.history.PageHistory;
import io.ebpfdocs.site.history.RevisionDateFormat;
import io.ebpfdocs.site.social.SocialCards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a production build prepares before the pages render (the histories of every page from one walk,
 * the card drawer) and adds to each page as it renders. A build without production mode gets none of it.
 */
final class ProductionParts {
  private final Map<String, PageHistory> histories;
  private final SocialCards cards;
  /** The site folder, where the cards are placed. */
  private final Path site;
  private final List<String> warnings;

  private ProductionParts(Map<String, PageHistory> histories, SocialCards cards, Path site, List<String> warnings) {
    this.histories = histories;
    this.cards = cards;
    this.site = site;
    this.warnings = List.copyOf(warnings);
  }

  static ProductionParts prepare(SiteSettings settings, List<String> pages, Consumer<String> progress)
      throws IOException {
    MkDocsConfig.Production production = settings.production();
    List<String> warnings = new ArrayList<>();
    Map<String, PageHistory> histories = Map.of();
    if (production.dates().enabled() || production.committers()) {
      long start = System.nanoTime();
      Optional<Map<String, PageHistory>> read = GitHistory.read(settings.docs(), pages, settings.cacheDir());
      if (read.isEmpty()) {
        warnings.add(settings.docs() + " is not in a git repository (a source archive?): the pages get no dates "
            + "and no contributors");
      } else {
        histories = read.get();
        if (GitHistory.shallow(settings.docs())) {
          warnings.add(settings.docs() + " is in a shallow clone: the pages are dated and credited from the commits it"
              + " holds, not their whole history; clone it whole (actions/checkout: fetch-depth: 0)");
        }
        progress.accept(String.format("git history: %d of %d pages dated in %d ms", histories.size(), pages.size(),
            (System.nanoTime() - start) / 1_000_000));
      }
    }
    SocialCards cards = production.social() ? new SocialCards(style(settings), settings.cacheDir()) : null;
    return new ProductionParts(histories, cards, settings.output(), warnings);
  }

  /** The card's look: the first light or dark scheme's colours (Material's indigo without a palette). */
  private static SocialCards.Style style(SiteSettings settings) throws IOException {
    MkDocsConfig.Theme theme = settings.config().theme();
    MkDocsConfig.Scheme scheme = theme.palette().stream().filter(s -> !s.mode().equals("auto")).findFirst()
        .orElse(new MkDocsConfig.Scheme("light", "#3f51b5", "#ffffff", "", "", ""));
    String cardLogo = settings.production().cardLogo();
    Path logo = !cardLogo.isEmpty() ? settings.docs().toAbsolutePath().getParent().resolve(cardLogo)
        : theme.logo().isEmpty() ? null : settings.docs().resolve(theme.logo());
    byte[] logoBytes = logo != null && Files.isRegularFile(logo) ? Files.readAllBytes(logo) : new byte[0];
    return new SocialCards.Style(settings.siteName(), logoBytes, scheme.primary(), scheme.onPrimary(),
        theme.textFont());
  }

  /** The page's history and card (drawn or from the cache, and placed in the site). */
  PageExtras extras(String path, PageRenderer.RenderedPage page, String siteName, SiteWriter writer)
      throws IOException {
    String card = "";
    if (cards != null) {
      String title = page.model().title() == null ? siteName : page.model().title();
      card = SocialCards.path(path);
      writer.kept(cards.place(title, PageDescription.of(page), site.resolve(card)));
    }
    return new PageExtras(histories.get(path), card);
  }

  /** What production mode adds to the page's HTML beyond its Markdown and the settings: its history. */
  String inputOf(String path) {
    return String.valueOf(histories.get(path));
  }

  /** ISO dates of each page's last change, for the sitemap; empty outside production mode. */
  Map<String, String> lastModified(MkDocsConfig.RevisionDates settings) {
    RevisionDateFormat format = new RevisionDateFormat(settings);
    Map<String, String> dates = new TreeMap<>();
    histories.forEach((page, history) -> dates.put(page, format.isoDate(history.updated())));
    return dates;
  }

  List<String> warnings() {
    return warnings;
  }

  int cardsDrawn() {
    return cards == null ? 0 : cards.drawn();
  }
}
