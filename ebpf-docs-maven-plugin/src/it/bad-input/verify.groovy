def log = new File(basedir, 'build.log').text
assert log.contains('problem(s) in strict mode, nothing written:')
assert log.contains('docs/linux/helper-function/bpf_redirect.md:7: HELPER_FUNC_PROG_REF stop marker without a start marker; left as it is')
assert log.contains('bad-data/helpers-functions.yaml:4: not valid YAML: Duplicate field \'common\'')
assert !log.contains('at io.ebpfdocs') : 'no stack trace for bad input'
assert new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text.contains('\nstale\n') : 'nothing written'
