/**
 * find-versions: in which release tag, and by which commit, each configured feature name appeared
 * in a kernel clone, read from the object database only (no checkout; work tree, index, HEAD and
 * refs are never written, bare repositories work).
 *
 * <p>Rules (the original version-finder's results on the same repository and configuration):
 *
 * <ul>
 *   <li>Tags: every tag whose name contains a match of a tag rule, newest first by creation date
 *       (an annotated tag's own date, a lightweight tag's commit date), equal dates by name.
 *   <li>Files: regular files selected by the git pathspecs ({@link io.ebpfdocs.versions.Pathspecs});
 *       symlinks and submodules are not read, as {@code git grep} does not read them.
 *   <li>Presence: a line has a match of the feature's regexes (default: its name, literally) whose
 *       neighbours are not word characters, later matches in the line tried when one fails; this
 *       is {@code git grep -w}.
 *   <li>Version: walking the tags newest to oldest, the oldest tag of the first unbroken run of tags
 *       containing the feature; empty when the newest tag lacks it. Commit: empty when the oldest
 *       tag has it, else the commit {@code git bisect} between the first tag without it (good) and
 *       the version tag (bad) can name: reachable from the version tag and not from the older one,
 *       containing the feature, no parent in that range containing it. When several qualify, the
 *       oldest by committer date is chosen, equal dates by the smaller object id.
 * </ul>
 *
 * <p>Cost: each blob is read and scanned once per run (all features in one pass), each tree's
 * result is memoized by id, so a tag or commit costs only what differs from trees already seen.
 * Commit searches evaluate every commit of a tag range on these memoized trees, ranges in parallel.
 *
 * <p>Incremental runs: see {@link io.ebpfdocs.versions.Incremental}.
 */
package io.ebpfdocs.versions;
