/*
 * bpf_ktime_get_ns
 *
 * 	Read a clock that counts *nanoseconds* since boot.
 *
 * Returns
 * 	The time.
 */
static __u64 (* const bpf_ktime_get_ns)(void) = (void *) 5;
