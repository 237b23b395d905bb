def xdp = new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text
assert xdp.contains('<!-- [FEATURE_TAG](BPF_PROG_TYPE_XDP) -->\n[:octicons-tag-24: v4.8](https://github.com/torvalds/linux/commit/6a773a15a1e8874e5eccd2f29190c31085912c95)\n<!-- [/FEATURE_TAG] -->')
assert xdp.contains('<!-- [PROG_HELPER_FUNC_REF] -->\n??? abstract "Supported helper functions"\n    * [`bpf_redirect`](../helper-function/bpf_redirect.md)\n<!-- [/PROG_HELPER_FUNC_REF] -->\n')
def helper = new File(basedir, 'docs/linux/helper-function/bpf_redirect.md').text
assert helper.contains('<!-- [HELPER_FUNC_PROG_REF] -->\n * [`BPF_PROG_TYPE_XDP`](../program-type/BPF_PROG_TYPE_XDP.md)\n<!-- [/HELPER_FUNC_PROG_REF] -->\n')
def timeline = new File(basedir, 'docs/linux/timeline/index.md').text
assert timeline == '---\ntitle: Timeline\n---\n\n## :octicons-tag-24: v4.4\n\n* `bpf_redirect` [27b29f6](https://github.com/torvalds/linux/commit/27b29f63058d26c6c1742f1993338280d5a41dc6) (helpers)\n\n## :octicons-tag-24: v4.8\n\n* `BPF_PROG_TYPE_XDP` [6a773a1](https://github.com/torvalds/linux/commit/6a773a15a1e8874e5eccd2f29190c31085912c95) (program_types)\n'
def log = new File(basedir, 'build.log').text
assert log.contains('generate: 3 pages read, 5 regions regenerated, 3 pages written, 0 warnings')
assert log.contains('check: 3 pages read, 5 regions regenerated, 0 stale pages, 0 warnings')
