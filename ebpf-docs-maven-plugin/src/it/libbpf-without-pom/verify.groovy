def helper = new File(basedir, 'docs/linux/helper-function/bpf_ktime_get_ns.md').text
assert helper.contains('<!-- [HELPER_FUNC_DEF] -->\nRead a clock that counts _nanoseconds_ since boot.\n\n### Returns\n\nThe time.\n\n')
assert helper.contains('`#!c static __u64 (* const bpf_ktime_get_ns)(void) = (void *) 5;`\n<!-- [/HELPER_FUNC_DEF] -->\n')
assert helper.contains('Hand-written text stays.')
def tag = new File(basedir, 'docs/ebpf-library/libbpf/userspace/bpf_object__open.md').text
assert tag.contains('<!-- [LIBBPF_TAG] -->\n[:octicons-tag-24: 0.0.1](https://github.com/libbpf/libbpf/releases/tag/v0.0.1)\n<!-- [/LIBBPF_TAG] -->')
def log = new File(basedir, 'build.log').text
assert log.contains('scrape-helper-defs: 1 pages read, 1 regions regenerated, 1 page written')
assert log.contains('check: ') && log.contains('0 stale pages')
assert log.contains('scrape-helper-defs not run: https://raw.githubusercontent.com/libbpf/libbpf/master/src/bpf_helper_defs.h is not in the download cache')
assert log.contains('scrape-helper-defs could not read libbpf')
assert !log.contains('at io.ebpfdocs') : 'no stack trace for a missing libbpf'
