/* Helper declarations in the layout of libbpf's generated header, for the bundled docs module.
 * The descriptions are written for this project; libbpf's own header is richer. */

struct bpf_ringbuf;

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
 * bpf_map_update_elem
 *
 * 	Store *value* in *map* under *key*. *flags* decides what happens
 * 	when the key is already there:
 *
 * 	**BPF_ANY**
 * 		Create the entry or overwrite it.
 * 	**BPF_NOEXIST**
 * 		Only create it; fail if *key* is present.
 * 	**BPF_EXIST**
 * 		Only overwrite it; fail if *key* is absent.
 *
 * 	Array maps always hold every key, so **BPF_NOEXIST** fails on them.
 *
 * Returns
 * 	0 on success, a negative error number otherwise.
 */
static long (* const bpf_map_update_elem)(void *map, const void *key, const void *value, __u64 flags) = (void *) 2;

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
 * bpf_get_current_pid_tgid
 *
 * 	Identify the task the program runs for. The kernel's thread id and
 * 	thread group id come packed in one number:
 *
 * 	::
 *
 * 		__u64 id = bpf_get_current_pid_tgid();
 * 		__u32 tgid = id >> 32;	// what user space calls the PID
 * 		__u32 pid = id;		// what user space calls the TID
 *
 * Returns
 * 	*tgid* in the upper 32 bits and *pid* in the lower 32 bits.
 */
static __u64 (* const bpf_get_current_pid_tgid)(void) = (void *) 14;

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

/*
 * bpf_ringbuf_output
 *
 * 	Copy *size* bytes from *data* into the ring buffer *ringbuf* in one
 * 	step. User space is woken up according to *flags*:
 *
 * 	* **BPF_RB_NO_WAKEUP**: never wake it up for this record.
 * 	* **BPF_RB_FORCE_WAKEUP**: always wake it up.
 * 	* 0: wake it up when it has read everything before.
 *
 * Returns
 * 	0 on success, a negative error number otherwise.
 */
static long (* const bpf_ringbuf_output)(void *ringbuf, void *data, __u64 size, __u64 flags) = (void *) 130;

/*
 * bpf_kptr_xchg
 *
 * 	Store *ptr* in the map value field *dst*, which must be a referenced
 * 	kptr, and hand back what the field held before. The program now owns
 * 	the old pointer and must release it or store it again.
 *
 * Returns
 * 	The previous pointer, or NULL when the field was empty.
 */
static void *(* const bpf_kptr_xchg)(void *dst, void *ptr) = (void *) 194;
