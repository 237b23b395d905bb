def out = new File(basedir, 'out')
assert new File(out, 'index.html').text.contains('href="page/index.html#details"')
assert new File(out, 'page/index.html').isFile()
assert new File(out, 'assets/ebpfdocs/nav.js').isFile()
assert new File(out, 'assets/ebpfdocs/search_index.js').isFile()
assert new File(out, '404.html').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains("docs/page.md:5: link 'index.md#nowhere': no anchor '#nowhere' in docs/index.md")
assert log.contains('Site: 2 pages')
