import groovy.json.JsonSlurper

def file = { path -> new File(basedir, path) }
def log = file('build.log').text

// query: a name shared by a helper and a libbpf function, on standard output (no log prefix), written as JSON too
assert log.contains('\nbpf_map_lookup_elem is a helper function and a libbpf userspace function.')
assert log.contains('\n    BPF_MAP_TYPE_HASH')
def answer = new JsonSlurper().parse(file('answer.json'))
assert answer.matches*.kind == ['helper', 'libbpf_userspace']
assert answer.matches[0].version == 'v3.18' && answer.matches[0].map_types*.name == ['BPF_MAP_TYPE_HASH']
assert answer.matches[1].page == 'ebpf-library/libbpf/userspace/bpf_map_lookup_elem/'
assert answer.notes.any { it.contains('not a promise') } && answer.notes.any { it.contains('backport') }
// query: what a program type can call on a kernel, with a per-type since
// (run with -q, which silences the log, not the answer; 'tracing' names BPF_PROG_TYPE_TRACING)
assert log.contains('BPF_PROG_TYPE_TRACING on v5.4: 0 helpers and 0 kfuncs available; 2 helpers and 2 kfuncs arrive later.')
assert !log.contains('[INFO] BPF_PROG_TYPE_TRACING on v5.4')
assert log.contains('\n  helper bpf_map_lookup_elem from v5.5 (own release v3.18, the program type itself since v5.5)')
assert log.contains('\n  helper bpf_ktime_get_ns from v5.6 (own release v4.1, for this type since v5.6)')
assert log.contains('BPF_PROG_TYPE_TRACING itself arrived in v5.5, after v5.4')
// query: an unknown name, and no question at all
assert log.contains('\nClosest: bpf_redirect')
assert log.contains('query needs either -Debpfdocs.name=NAME')
assert !log.contains('at io.ebpfdocs') : 'no stack trace for a user mistake'

// export: default folder without a POM, and an explicit one
['features.json', 'program-types.json', 'helpers.json', 'kfuncs.json', 'map-types.json', 'kfunc-flags.json', 'schema.json',
    'api.js'].each {
  assert file('target/site/api/v1/' + it).isFile()
  assert file('api/' + it).text == file('target/site/api/v1/' + it).text
}
def programTypes = new JsonSlurper().parse(file('api/program-types.json'))
assert programTypes*.name == ['BPF_PROG_TYPE_TRACING', 'BPF_PROG_TYPE_XDP']
assert programTypes[0].helpers.find { it.name == 'bpf_ktime_get_ns' }.since == 'v5.6'
assert file('api/api.js').text.startsWith('window.__ebpfdocsApi = {\n"features": [\n')
def flags = new JsonSlurper().parse(file('api/kfunc-flags.json'))
assert flags*.name == ['KF_ACQUIRE', 'KF_RCU', 'KF_RELEASE', 'KF_RET_NULL']
assert flags[0].meaning == 'Takes a reference.' && flags[1].meaning.contains('RCU') && flags[3].meaning == null

// scaffold: dry run, then the pages, then generate fills them, then nothing more to do
assert log.contains('scaffold: 5 pages would be created (dry run, nothing written)')
assert log.contains('[INFO] created docs/linux/kfuncs/bpf_task_acquire.md (kfunc), listed in docs/linux/kfuncs/SUMMARY.md')
assert log.contains('scaffold: 0 pages created')
assert file('docs/linux/kfuncs/SUMMARY.md').text == '- [`bpf_task_acquire`](bpf_task_acquire.md)\n- [`bpf_task_release`](bpf_task_release.md)\n' : 'before its neighbour in the data'
['helper-function/bpf_ktime_get_ns.md', 'helper-function/bpf_map_lookup_elem.md', 'kfuncs/bpf_task_acquire.md',
    'program-type/BPF_PROG_TYPE_TRACING.md', 'map-type/BPF_MAP_TYPE_HASH.md'].each { page ->
  def text = file('docs/linux/' + page).text
  def regions = (text =~ /(?s)<!-- \[(\w+)\](?:\([^)]*\))? -->(.*?)<!-- \[\/\1\] -->/)
  assert regions.size() >= 2 : page
  regions.each { assert !it[2].trim().isEmpty() : page + ': ' + it[1] + ' was not filled' }
}
assert file('docs/linux/kfuncs/bpf_task_acquire.md').text.contains('`#!c struct task_struct *bpf_task_acquire(struct task_struct *p)`')
assert log.contains('check: 13 pages read, 25 regions regenerated, 0 stale pages, 0 warnings')

// site writes the API into api/v1/ of the site, now with the pages scaffold created
def siteApi = file('site/api/v1/api.js').text
assert siteApi.contains('"page":"linux/kfuncs/bpf_task_acquire/"')
assert !file('api/api.js').text.contains('"page":"linux/kfuncs/bpf_task_acquire/"')
assert file('site/api/v1/schema.json').text == file('api/schema.json').text
