// A kernel-like clone: v3.15 (lightweight) has HASH, v10.0 (annotated) adds ARRAY in a commit of
// its own; RINGBUF exists only outside the pathspecs.
def kernel = new File(basedir, 'kernel')
kernel.mkdirs()
def day = 10
def git = { String... args ->
  day++ // every command a day later: commits and tags get distinct dates
  def date = "2020-01-${day}T00:00:00Z"
  def env = ['GIT_AUTHOR_NAME=Dev', 'GIT_AUTHOR_EMAIL=dev@example.org', 'GIT_COMMITTER_NAME=Dev',
             'GIT_COMMITTER_EMAIL=dev@example.org', 'GIT_AUTHOR_DATE=' + date,
             'GIT_COMMITTER_DATE=' + date, 'HOME=' + basedir, 'GIT_CONFIG_NOSYSTEM=1']
  def process = (['git'] + args.toList()).execute(env, kernel)
  def out = process.text
  assert process.waitFor() == 0 : "git ${args.join(' ')} failed"
  return out.trim()
}
def write = { String path, String text ->
  def file = new File(kernel, path)
  file.parentFile.mkdirs()
  file.text = text
}
git('init', '-q', '-b', 'main')
write('include/uapi/linux/bpf.h', 'enum { BPF_MAP_TYPE_HASH };\n')
write('tools/bpf.h', 'BPF_MAP_TYPE_RINGBUF\n')
git('add', '.')
git('commit', '-q', '-m', 'first')
git('tag', 'v3.15')
write('kernel/bpf/arraymap.c', 'case BPF_MAP_TYPE_ARRAY:\n')
git('add', '.')
git('commit', '-q', '-m', 'array maps')
new File(basedir, 'array-commit.txt').text = git('rev-parse', 'HEAD')
write('kernel/bpf/other.c', 'nothing\n')
git('add', '.')
git('commit', '-q', '-m', 'other')
git('tag', '-a', '-m', 'Linux 10.0', 'v10.0')
new File(basedir, 'head-before.txt').text = git('rev-parse', 'HEAD') + ' ' + git('status', '--porcelain')
return true
