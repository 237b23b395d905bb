def log = new File(basedir, 'build.log').text
assert log.contains("no docs folder at ${new File(basedir, 'docs').canonicalFile}; run in a tree with docs/ and data/, or pass -Debpfdocs.root=DIR")
assert !log.contains('no docs/ here')
