def out = new File(basedir, 'out')
def home = new File(out, 'index.html').text
assert home.contains('<title>Archive Docs</title>') // the home page's tab shows the site name alone, as MkDocs
assert home.contains('href="https://github.com/o/r/edit/master/docs/index.md"')
assert home.contains('<link rel="canonical" href="https://docs.example.org/">')
assert !home.contains('Last update')
assert new File(out, 'favicon.ico').bytes == new File(basedir, 'docs/img/icon.png').bytes
assert new File(out, 'sitemap.xml').text.contains('<loc>https://docs.example.org/</loc>')
def log = new File(basedir, 'build.log').text
assert log.count('mkdocs.yml: not supported, ignored: hook hooks/two.py') == 1
assert !log.contains('ERROR')
