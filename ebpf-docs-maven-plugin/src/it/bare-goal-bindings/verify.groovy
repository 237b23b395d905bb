def log = new File(basedir, 'build.log').text
def helperRefs = log.indexOf('gen-helper-refs: 2 pages read')
def featureTags = log.indexOf('gen-feature-tags: 3 pages read')
def check = log.indexOf('check: 3 pages read, 5 regions regenerated, 0 stale pages')
assert helperRefs >= 0 && featureTags >= 0 && check >= 0 : 'all three goals ran'
assert log.contains('(default) @ bare-goal-bindings')
assert helperRefs < check && featureTags < check : 'generate-resources runs before verify'
def xdp = new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text
assert !xdp.contains('\nstale\n')
