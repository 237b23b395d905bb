def first = new File(basedir, 'served-first.html').text
assert first.contains('v4.8') : 'the FEATURE_TAG badge generate would write, computed in memory'
assert !first.contains('stale')
assert first.contains('/__ebpfdocs/live.js')
assert new File(basedir, 'served-edited.html').text.contains('Edited version')
assert new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text.contains('stale') : 'the page on disk keeps its regions'
assert !new File(basedir, 'target').exists() : 'nothing written'
def log = new File(basedir, 'build.log').text
assert log.contains('Serving ') && log.contains(" at http://127.0.0.1:${servePort}/ (Ctrl-C stops)")
assert !(log =~ /\n\s+at [a-z]/) : 'Ctrl-C stops without a stack trace'
assert log.contains("port ${busyPort} on 127.0.0.1 is in use")
assert log.contains("-Debpfdocs.serve.port=${(busyPort as int) + 1}")
