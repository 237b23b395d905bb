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
