def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile
assert log.count("ebpfdocs:check: no docs/ here (${new File(root, 'docs')})") == 2
assert log.count("ebpfdocs:check: no docs/ here (${new File(root, 'no-docs/docs')})") == 2
assert log.contains("ebpfdocs:generate: no docs/ here (${new File(root, 'docs')}), nothing to do in this module")
assert log.contains("--- ebpfdocs:generate @ docs-module ---")
assert log.contains('3 stale page(s)') : 'the first check ran in docs-module with its dataDirectory'
assert log.contains('generate: 3 pages read, 5 regions regenerated, 3 pages written, 0 warnings')
assert log.contains('check: 3 pages read, 5 regions regenerated, 0 stale pages, 0 warnings')
def xdp = new File(basedir, 'docs-module/docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text
assert xdp.contains('[:octicons-tag-24: v4.8]')
