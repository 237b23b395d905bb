def xdp = new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text
assert xdp.contains('Hand-written text stays.\n\n<!-- [MTU_TABLE] -->\n=== "Plain XDP"\n\n')
assert xdp.contains('    | Vendor           | Driver                | x86                            | s390                           |\n')
assert xdp.contains('    | Kernel           | Veth                  | 3520                           | 3326                           |\n')
assert xdp.contains('=== "XDP with Fragments"\n\n    | Vendor           | Driver                | x86              | s390             |\n')
assert xdp.contains('    | Meta             | FBNIC                 | ∞[^2]            | ∞[^2]            |\n\n<!-- [/MTU_TABLE] -->\n\n[^2]:')
assert !xdp.contains('powerpc') : 'the failing run wrote nothing'
def log = new File(basedir, 'build.log').text
assert log.contains('gen-mtu-table: 1 pages read, 1 regions regenerated, 1 page written, 0 warnings (gen-mtu-table)')
assert log.contains('gen-mtu-table: 1 pages read, 1 regions regenerated, 0 pages written, 0 warnings (gen-mtu-table)')
assert log.contains('check: ') && log.contains('0 stale pages')
assert log.contains('Skipping gen-mtu-table (ebpfdocs.gen-mtu-table.skip=true)')
assert log.contains("bad-data/generators.yaml:4: the MTU model has no L1_CACHE_BYTES (L1 cache line size) for architecture 'powerpc'")
assert !log.contains('at io.ebpfdocs') : 'no stack trace for a bad architecture'
