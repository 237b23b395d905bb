package io.ebpfdocs.site.history;

import java.time.Instant;
import java.util.List;

/**
 * What a page's git history says, following renames: the author dates of its oldest and newest commit
 * and its authors, most commits first.
 */
public record PageHistory(Instant created, Instant updated, List<Contributor> contributors) {
  public PageHistory {
    contributors = List.copyOf(contributors);
  }
}
