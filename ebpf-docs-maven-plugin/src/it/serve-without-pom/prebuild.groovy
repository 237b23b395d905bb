// Runs beside the two builds (in the invoker's JVM): the first build serves on servePort, the
// second finds busyPort taken by the socket opened here (both free ports reserved by the build).
def busy = new ServerSocket(busyPort as int, 1, InetAddress.getByName('127.0.0.1'))
def page = new URL("http://127.0.0.1:${servePort}/linux/program-type/BPF_PROG_TYPE_XDP/")
def fetch = { String expected ->
  def deadline = System.currentTimeMillis() + 180_000
  while (System.currentTimeMillis() < deadline) {
    try {
      def text = page.text
      if (text.contains(expected)) {
        return text
      }
    } catch (IOException notYet) {
    }
    Thread.sleep(100)
  }
  return "not served within 180 s: ${expected}"
}
def client = new Thread({
  try {
    new File(basedir, 'served-first.html').text = fetch('First version')
    new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text = new File(basedir, 'docs/linux/program-type/BPF_PROG_TYPE_XDP.md').text.replace('First version', 'Edited version')
    new File(basedir, 'served-edited.html').text = fetch('Edited version')
  } finally {
    // Ctrl-C reaches the JVM (not the shell that may have started it)
    ProcessHandle.allProcesses().filter { p ->
      p.info().command().map { it.endsWith('/java') }.orElse(false) &&
          p.info().commandLine().map { it.contains("ebpfdocs.serve.port=${servePort}") }.orElse(false)
    }.forEach { p ->
      ['kill', '-INT', p.pid().toString()].execute().waitFor()
      try {
        p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS)
      } catch (java.util.concurrent.TimeoutException ignored) {
        p.destroy() // SIGINT is ignored where the build runs in the background: SIGTERM takes the same path
      }
    }
    Thread.sleep(60_000) // keep busyPort taken until the second build has tried it
    busy.close()
  }
}, 'serve-it-client')
client.daemon = true
client.start()
return true
