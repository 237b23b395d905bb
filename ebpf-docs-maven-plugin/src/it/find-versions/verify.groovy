def data = new File(basedir, 'data/feature-versions.yaml').text
def array = new File(basedir, 'array-commit.txt').text.trim()
assert data == """- name: map_types
  features:
    - name: BPF_MAP_TYPE_HASH
      version: v3.15
      commit: ""
    - name: BPF_MAP_TYPE_ARRAY
      version: v10.0
      commit: ${array}
    - name: BPF_MAP_TYPE_RINGBUF
      version: ""
      commit: ""
"""
def log = new File(basedir, 'build.log').text
assert log =~ /find-versions: 3 features, 2 of 2 tags read, 1 commit searches over 2 commits, .* wrote /
assert log =~ /find-versions: 3 features, 1 of 2 tags read, 0 commit searches .* unchanged /
assert log.contains('find-versions needs a Linux clone: add -Debpfdocs.kernelDir=PATH')
assert log.contains("bad-patterns.yaml:3: tag regex '^v[4-9' is invalid")
def kernel = new File(basedir, 'kernel')
def head = ['git', 'rev-parse', 'HEAD'].execute(null, kernel).text.trim()
def status = ['git', 'status', '--porcelain'].execute(null, kernel).text.trim()
assert new File(basedir, 'head-before.txt').text == head + ' ' + status : 'the clone is untouched'
