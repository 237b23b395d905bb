def log = new File(basedir, 'build.log').text
assert log.contains('3 stale page(s): the generated regions differ from the data.')
assert log.contains('linux/program-type/BPF_PROG_TYPE_XDP.md: FEATURE_TAG (line 6), PROG_HELPER_FUNC_REF (line 12)')
assert log.contains('-stale')
assert log.contains('+[:octicons-tag-24: v4.8](https://github.com/torvalds/linux/commit/6a773a15a1e8874e5eccd2f29190c31085912c95)')
assert log.contains('Run `mvn ebpfdocs:generate -f ')
assert new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text.contains('\nstale\n') : 'check must not write'
