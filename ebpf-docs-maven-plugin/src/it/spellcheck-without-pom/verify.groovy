def log = new File(basedir, 'build.log').text
// 1: fails, each word at its file, line and column, grouped by page, with the remedies
assert log.contains("docs/guide/page.md: 2 words")
assert log.contains("docs/guide/page.md:3:23: 'Frobnicator' (suggestions: none)")
assert log.contains("docs/guide/page.md:5:19: 'tiip' (suggestions: ")
assert log.contains("docs/index.md:3:31: 'wrod' (suggestions: ")
assert log.contains("docs/index.md:7:70: 'mistaek' (suggestions: ")
assert !log.contains("'codewrod'") && !log.contains("'nospellwrod'") && !log.contains("'kfunc'")
assert log.contains('spellcheck: 2 pages, ')
assert log.contains('.aspell.en.pws')
// 2: the extra word list is read, and fail=false only reports
assert log.contains('spellcheck: 2 pages, 24 words checked, 3 unknown (3 distinct) in 2 pages')
assert log.contains('BUILD SUCCESS')
// 3: a dictionary that is not there
assert log.contains('dict/en_XX.dic must both exist')
assert !log.contains('at io.ebpfdocs') : 'no stack trace for a missing dictionary'
