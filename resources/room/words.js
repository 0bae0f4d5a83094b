// Meshwork room: the page's words in the phone's language. The server puts them in
// the page (app/room/phone_words.py); a word without a translation stays English.
"use strict";

(function () {
  let words = {};
  try {
    words = JSON.parse(document.getElementById("words").textContent) || {};
  } catch (e) { /* no words: English */ }
  // "%1", "%2" … take the arguments in order; a translation may put them anywhere.
  const fill = (text, args) => text.replace(/%(\d)/g, (m, d) => (args[d - 1] === undefined ? m : String(args[d - 1])));
  window.t = (source, ...args) => fill(typeof words[source] === "string" ? words[source] : source, args);
  // Counted words: the server sends the form for each count it may be asked for.
  window.tn = (source, n, ...args) => {
    const forms = Array.isArray(words[source]) ? words[source] : [];
    const form = forms[Math.min(n, forms.length - 1)] || source.replace("(s)", n === 1 ? "" : "s");
    return fill(form.replace(/%n/g, String(n)), args);
  };
})();
