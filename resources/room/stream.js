// Meshwork room: the live stream (Server-Sent Events). A first full state, then
// deltas; EventSource reconnects by itself after a dropped connection, and this
// opens it again (later, with back-off) when the server refused or closed it.
"use strict";

(function (ns) {
  const FIRST_RETRY_MS = 2000, LAST_RETRY_MS = 30000;

  // handlers: state(data), delta(data), bye(data), live(bool), closed()
  function Stream(token, device, handlers) {
    let source = null;
    let retry = FIRST_RETRY_MS;
    let timer = null;
    let stopped = false;

    function open() {
      timer = null;
      if (stopped) return;
      const url = "/api/stream?t=" + encodeURIComponent(token) + "&d=" + encodeURIComponent(device);
      source = new EventSource(url);
      source.addEventListener("state", (e) => { retry = FIRST_RETRY_MS; handlers.live(true); handlers.state(JSON.parse(e.data)); });
      source.addEventListener("delta", (e) => handlers.delta(JSON.parse(e.data)));
      source.addEventListener("bye", (e) => {
        const data = JSON.parse(e.data);
        source.close();
        handlers.live(false);
        if (data.code === "slow") later();  // read too slowly: fine to come back
        else { stopped = true; handlers.bye(data); }
      });
      source.addEventListener("error", () => {
        handlers.live(false);
        // CONNECTING: EventSource is already trying again. CLOSED: the server answered
        // with an error (not joined, rate limit, ...): the page checks why, then retries.
        if (source.readyState === EventSource.CLOSED) { handlers.closed(); later(); }
      });
    }

    function later() {
      if (stopped || timer !== null) return;
      timer = setTimeout(open, retry);
      retry = Math.min(retry * 2, LAST_RETRY_MS);
    }

    function stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (source) source.close();
    }

    open();
    return { stop, device };
  }

  ns.Stream = Stream;
})(window.Meshwork = window.Meshwork || {});
