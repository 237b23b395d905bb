def xdp = new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text
assert xdp.contains('[:octicons-tag-24: v4.8]')
assert xdp.contains('<!-- [PROG_HELPER_FUNC_REF] -->\n<!-- [/PROG_HELPER_FUNC_REF] -->\n') : 'gen-feature-tags runs only its generator'
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping generate (ebpfdocs.skip=true)')
assert log.contains('Skipping generate (ebpfdocs.generate.skip=true)')
assert log.contains('gen-feature-tags: 3 pages read, 3 regions regenerated, 3 pages written, 0 warnings (gen-feature-tags)')
assert log.contains('2 stale page(s)')
assert log.contains('Run `mvn io.ebpfdocs:ebpf-docs-maven-plugin:')
