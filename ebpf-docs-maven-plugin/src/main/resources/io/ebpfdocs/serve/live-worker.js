// The live-reload channel of ebpfdocs:serve shared by every tab of a browser: one event stream to
// the server, and a message to each tab when something changed (the tab then checks its own page).
var tabs = [];
var events = null;

// What changed: a JSON array of the changed pages' folders, or '*' (anything may have)
function tellEveryTab(changed) {
  tabs.forEach(function (tab) { tab.postMessage(changed); });
}

onconnect = function (connection) {
  var tab = connection.ports[0];
  tabs.push(tab);
  tab.onmessage = function (message) {
    if (message.data === 'bye') {
      tabs = tabs.filter(function (other) { return other !== tab; });
    }
  };
  tab.start();
  if (!events) {
    events = new EventSource('/__ebpfdocs/events');
    events.addEventListener('changed', function (event) { tellEveryTab(event.data); });
    // (re)opened, after a server restart say: anything may have changed meanwhile
    events.onopen = function () { tellEveryTab('*'); };
  }
};
