/* Helper declarations in the layout of libbpf's generated header (test fixture). */

/*
 * bpf_map_lookup_elem
 *
 * 	Find the value stored in *map* under *key*. The returned pointer
 * 	refers to the map's own memory, so writes through it change the
 * 	stored value directly.
 *
 * Returns
 * 	A pointer to the value, or **NULL** when *key* is not in *map*.
 */
static void *(* const bpf_map_lookup_elem)(void *map, const void *key) = (void *) 1;

/*
 * bpf_ktime_get_ns
 *
 * 	Read the monotonic clock: the nanoseconds since the system booted,
 * 	leaving out time spent suspended. It is the clock of
 * 	**clock_gettime**\ (**CLOCK_MONOTONIC**).
 *
 * Returns
 * 	The current time in nanoseconds.
 */
static __u64 (* const bpf_ktime_get_ns)(void) = (void *) 5;

/*
 * bpf_redirect
 *
 * 	Send the packet to the network device with index *ifindex*
 * 	instead of letting it continue. The redirect happens after the
 * 	program returns the value of this call.
 *
 * 	*flags* may hold:
 *
 * 		* **BPF_F_INGRESS** to deliver the packet as received by the
 * 		  device rather than sent from it (not for XDP).
 *
 * 	See also **bpf_redirect_map**\ (), which picks the device from a map.
 *
 * Returns
 * 	**XDP_REDIRECT** or **TC_ACT_REDIRECT** on success, an error action
 * 	otherwise.
 */
static long (* const bpf_redirect)(__u32 ifindex, __u64 flags) = (void *) 23;
