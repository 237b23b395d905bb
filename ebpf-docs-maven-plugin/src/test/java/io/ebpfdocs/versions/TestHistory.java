package io.ebpfdocs.versions;

import io.ebpfdocs.data.FeatureVersions;
import io.ebpfdocs.report.DocsException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.junit.TestRepository;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** A small on-disk history built with JGit's TestRepository (one-second clock ticks). */
final class TestHistory implements AutoCloseable {
  final Path dir;
  final Repository repo;
  final TestRepository<Repository> git;

  TestHistory(Path dir) throws Exception {
    this.dir = dir;
    this.repo = FileRepositoryBuilder.create(dir.resolve(".git").toFile());
    repo.create();
    this.git = new TestRepository<>(repo);
  }

  /** A commit on top of {@code parent} (null: root) changing one file ({@code null} removes it). */
  RevCommit commit(RevCommit parent, String path, String content) throws Exception {
    git.tick(60);
    TestRepository<Repository>.CommitBuilder builder = git.commit();
    if (parent != null) {
      builder.parent(parent);
    } else {
      builder.noParents();
    }
    if (content == null) {
      builder.rm(path);
    } else {
      builder.add(path, content);
    }
    return builder.create();
  }

  RevCommit merge(RevCommit first, RevCommit second, String path, String content)
      throws Exception {
    git.tick(60);
    return git.commit().parent(first).parent(second).add(path, content).create();
  }

  void lightweightTag(String name, RevCommit commit) throws Exception {
    git.lightweightTag(name, commit);
  }

  void annotatedTag(String name, RevCommit commit) throws Exception {
    git.tick(60);
    RevTag tag = git.tag(name, commit);
    git.update("refs/tags/" + name, tag);
  }

  static PatternConfig config(List<String> files, String... features) {
    return new PatternConfig(files,
        List.of(new PatternConfig.TagRule("^v[0-9]+$", java.util.regex.Pattern.compile("^v[0-9]+$"))),
        List.of(new PatternConfig.Group("g", java.util.Arrays.stream(features)
            .map(f -> new PatternConfig.Feature(f, List.of())).toList())));
  }

  FeatureVersions find(PatternConfig config) throws IOException, DocsException {
    return run(config, Optional.empty()).data();
  }

  VersionFinder.Result run(PatternConfig config, Optional<FeatureVersions> existing)
      throws IOException, DocsException {
    return new VersionFinder(dir, config, ProgressListener.SILENT).find(existing);
  }

  @Override
  public void close() {
    git.close();
    repo.close();
  }
}
