def file = { new File(basedir, it) }
def log = file('build.log').text
// 1: every file written, the plugin's version pinned
['pom.xml', '.mvn/jvm.config', '.github/workflows/verify.yaml', '.github/workflows/deploy-gh-pages.yaml', '.gitignore'].each {
  assert file(it).isFile() : it
  assert log.contains('created ' + it)
}
assert file('pom.xml').text =~ /<ebpfdocs.version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/ebpfdocs.version>/
assert file('.gitignore').text == 'target/\n'
assert log.contains('mvn ebpfdocs:serve')
// 2: the second run leaves everything as it is
assert log.contains('left alone pom.xml (already as init writes it)')
assert log.contains('left alone .gitignore (already as init writes it)')
assert !file('target/ebpfdocs-init').exists()
// 3: the prefix resolves from the written POM
assert log.contains('ebpfdocs:init')
assert log.contains('ebpfdocs:serve')
// 4: verify runs check, which fails on the stale pages
assert log.contains('3 stale page(s)')
// 4: one workflow command per stale region, at the start of a line, and the job summary
assert log =~ /(?m)^::error file=docs\/linux\/program-type\/BPF_PROG_TYPE_XDP.md,line=6::stale generated region FEATURE_TAG: run ebpfdocs:generate and commit the result$/
assert log =~ /(?m)^::error file=docs\/linux\/helper-function\/bpf_redirect.md,line=8::stale generated region HELPER_FUNC_PROG_REF/
def summary = file('step-summary.md').text
assert summary.contains('### ebpfdocs:check\n\n3 pages read, ')
assert summary.contains('- error: docs/linux/program-type/BPF_PROG_TYPE_XDP.md:6: stale generated region FEATURE_TAG')
// 5: one per unknown word, with its column
assert log =~ /(?m)^::error file=docs\/linux\/program-type\/BPF_PROG_TYPE_XDP.md,line=\d+,col=\d+::unknown word '/
assert summary.contains('### ebpfdocs:spellcheck')
// 6: the words are added after the kept header and word, listed for review; 7: then it passes
def words = file('.aspell.en.pws').text.readLines()
assert words[0] == 'personal_ws-1.1 en 0' && words[1] == 'bpf'
assert words.size() > 3 && words.toSet().size() == words.size()
assert log.contains("spellcheck: added ${words.size() - 2} word(s) to .aspell.en.pws")
assert log =~ /(?m)^\[INFO\] spellcheck: .* 0 unknown \(0 distinct\) in 0 pages/
