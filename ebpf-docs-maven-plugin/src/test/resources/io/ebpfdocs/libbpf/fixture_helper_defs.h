/* Fixture in the layout of libbpf's generated helper header; prose written for the tests. */

struct bpf_fixture;

/*
 * bpf_fixture_text
 *
 * 	Count the *widgets* in *bucket* and store the total in
 * 	*out*, then return.
 *
 * 	Call **bpf_fixture_list**\ () first, or **bpf_fixture_code** ()
 * 	when *flags* has **FIXTURE_F_FAST** set. Reads *ctx->len*
 * 	and *tuple*\ **->ipv4**, *skb* **->hash**, then *two words* and
 * 	a* loose star.
 * 		A deeper line starts its own block.
 *
 * Returns
 * 	0 on success, or a negative error in case of failure.
 */
static long (* const bpf_fixture_text)(void *bucket, __u64 *out, __u64 flags) = (void *) 1;

/*
 * bpf_fixture_list
 *
 * 	*flags* is one of:
 *
 * 	**FIXTURE_A**
 * 		The first choice, explained over
 *
 * 		two lines with a blank between.
 * 	**FIXTURE_B**
 * 		The second choice.
 *
 * 	A real list follows:
 *
 * 		* the first item, which goes on
 * 		  over a second line;
 * 		*	an item after a tab;
 *
 * 		* an item after a blank line.
 * 	Back to text.
 *
 * Returns
 * 	Pointer to the widget, or **NULL**.
 */
static void *(* const bpf_fixture_list)(void *map, const void *key) = (void *) 2;

/*
 * bpf_fixture_code
 *
 * 	An example:
 *
 * 	::
 *
 * 		int ret;
 *
 * 		if (ret < 0)
 * 			return *ptr;	// keep the tab
 *
 * 	After the code.
 *
 * 	The flag can be cleared:
 *
 * 	**bpf_sock_ops_cb_flags_set(bpf_sock,**
 * 	**bpf_sock->bpf_sock_ops_cb_flags & ~BPF_SOCK_OPS_RTO_CB_FLAG)**
 *
 * 	as shown above.
 *
 * Returns
 * 	Nothing.
 */
static void (* const bpf_fixture_code)(void) = (void *) 3;

static long (* const bpf_fixture_bare)(__u32 id) = (void *) 4;

/*
 * bpf_fixture_old
 *
 * 	Declared in the form of older libbpf releases.
 *
 * Returns
 * 	The *id*.
 */
static __u32 (*bpf_fixture_old)(void) = (void *) 5;

/*
 * bpf_fixture_unclosed
 *
 * 	This comment never ends.
static long (* const bpf_fixture_unclosed)(void) = (void *) 6;
