def page = { path -> new File(basedir, 'docs/linux/' + path).text }
assert page('kfuncs/bpf_task_acquire.md').contains('**Signature**\n\n<!-- [KFUNC_DEF] -->\n'
    + '`#!c struct task_struct *bpf_task_acquire(struct task_struct *p)`\n\n!!! note\n    Takes a reference.\n<!-- [/KFUNC_DEF] -->')
assert page('kfuncs/bpf_task_release.md').contains('<!-- [KFUNC_PROG_REF] -->\n'
    + '- [`BPF_PROG_TYPE_LSM`](../program-type/BPF_PROG_TYPE_LSM.md) [:octicons-tag-24: v6.10](https://github.com/torvalds/linux/commit/0123456789abcdef0123456789abcdef01234567) - \n'
    + '- [`BPF_PROG_TYPE_TRACING`](../program-type/BPF_PROG_TYPE_TRACING.md)\n<!-- [/KFUNC_PROG_REF] -->')
assert page('program-type/BPF_PROG_TYPE_TRACING.md').contains('<!-- [PROG_KFUNC_REF] -->\n??? abstract "Supported kfuncs"\n'
    + '    - [`bpf_task_acquire`](../kfuncs/bpf_task_acquire.md)\n    - [`bpf_task_release`](../kfuncs/bpf_task_release.md)\n<!-- [/PROG_KFUNC_REF] -->')
assert page('program-type/BPF_PROG_TYPE_XDP.md').contains('<!-- [PROG_KFUNC_REF] -->\nNone.\n<!-- [/PROG_KFUNC_REF] -->')
def log = new File(basedir, 'build.log').text
assert log.contains('gen-kfunc-refs: 4 pages read, 6 regions regenerated, 4 pages written, 0 warnings (gen-kfunc-refs)')
assert log.contains('check: 4 pages read, 6 regions regenerated, 0 stale pages, 0 warnings')
assert log.contains('no-such-vmlinux: no such BTF file; pass existing files with -Debpfdocs.btf=FILE[,MODULE...]')
assert !log.contains('at io.ebpfdocs') : 'no stack trace for bad input'
assert log =~ /gen-kfunc-refs: kernel BTF \S+\/tools\/kfunc-gen\/vmlinux \(0\.\d KiB, kernel release unknown: raw BTF does not name it\)/ : 'the log names the BTF read'
