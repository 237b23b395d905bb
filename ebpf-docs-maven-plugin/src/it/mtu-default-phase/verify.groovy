def xdp = new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text
assert xdp.contains('| Vendor           | Driver                | x86                            | arm                            | arm64                          | armv7                          | riscv                          |')
assert xdp.contains('| Mellanox         | MLX5                  | 3498                           | 3498                           | 3498                           | 3434                           | 3498                           |')
def log = new File(basedir, 'build.log').text
assert log.contains('gen-mtu-table (default) @ mtu-default-phase')
assert log.contains('gen-mtu-table: 1 pages read, 1 regions regenerated, 1 page written, 0 warnings (gen-mtu-table)')
