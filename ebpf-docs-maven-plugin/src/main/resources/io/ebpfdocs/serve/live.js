// Live reload of ebpfdocs:serve (never part of the static site). The server renders
// window.__ebpfdocsLive = {page, version, problems} into each page it serves; this script shows the
// problems in a banner and reloads the page when the server says its version changed.
(function () {
  var live = window.__ebpfdocsLive;
  if (!live) {
    return;
  }
  if (live.problems.length) {
    var banner = document.createElement('div');
    banner.id = 'ebpfdocs-live-problems';
    banner.setAttribute('role', 'status');
    banner.style.cssText = 'position:fixed;left:1rem;right:1rem;bottom:1rem;z-index:1000;max-height:40vh;'
      + 'overflow:auto;padding:.6rem .9rem;border-radius:.4rem;background:#fff4e5;color:#4a2a00;'
      + 'border:1px solid #f0a030;box-shadow:0 2px 8px rgba(0,0,0,.25);font:13px/1.45 monospace;';
    var title = document.createElement('strong');
    title.textContent = live.problems.length + (live.problems.length === 1 ? ' problem' : ' problems')
      + ' (ebpfdocs:serve)';
    banner.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:.3rem 0 0;padding-left:1.2rem;';
    live.problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.textContent = problem;
      list.appendChild(item);
    });
    banner.appendChild(list);
    var close = document.createElement('button');
    close.textContent = '\u00d7';
    close.setAttribute('aria-label', 'Hide');
    close.style.cssText = 'position:absolute;top:.2rem;right:.4rem;border:0;background:none;font-size:18px;cursor:pointer;';
    close.onclick = function () { banner.remove(); };
    banner.appendChild(close);
    document.body.appendChild(banner);
  }
  // A version check: the server says which version it would serve now; another one reloads the page.
  var checking = false;
  var again = false;
  function check() {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    fetch('/__ebpfdocs/version?page=' + encodeURIComponent(live.page), { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : live.version; })
      .catch(function () { return live.version; })
      .then(function (version) {
        checking = false;
        if (version !== live.version) {
          location.reload();
        } else if (again) {
          again = false;
          check();
        }
      });
  }
  // One event stream per browser, held by a SharedWorker that tells every tab of a change: a stream
  // per tab would hold one of the browser's six connections to the server each.
  if (window.SharedWorker) {
    try {
      var worker = new SharedWorker('/__ebpfdocs/live-worker.js', { name: 'ebpfdocs-live' });
      worker.port.onmessage = function (message) {
        var pages = message.data === '*' ? null : JSON.parse(message.data);
        if (!pages || pages.indexOf(live.page) >= 0) {
          check();
        } else {
          // another page changed: a link to it may have broken here; ask after the changed pages' tabs
          setTimeout(check, 300 + Math.random() * 700);
        }
      };
      worker.port.start();
      window.addEventListener('pagehide', function () { worker.port.postMessage('bye'); });
      check(); // a change made while this page loaded
      return;
    } catch (e) {
      // workers refused (a privacy setting, say): poll below
    }
  }
  // Without SharedWorker: ask every second, which holds no connection between the questions.
  check();
  setInterval(check, 1000);
})();
