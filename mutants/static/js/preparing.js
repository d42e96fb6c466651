// The "Preparing…" page asks the server every few seconds whether the file is ready,
// instead of reloading itself (WCAG F41), and says what happens in its role=status line.
(function () {
  "use strict";
  var box = document.querySelector("[data-export-poll]");
  if (!box) return;
  var url = box.dataset.exportPoll;
  var status = box.querySelector("[data-role=status]");
  var link = box.querySelector("[data-role=download]");
  var EVERY = 3000;
  var SLOW = 60000;
  var started = Date.now();
  var saidSlow = false;

  function check() {
    // 202 while a worker renders it; 200 with the file once it is kept.
    fetch(url, { method: "HEAD", credentials: "same-origin", cache: "no-store" }).then(function (r) {
      if (r.status === 200) {
        status.textContent = "Ready: your download has started. If it has not, use the link below.";
        link.nextElementSibling.hidden = true;
        window.location.href = url;
        return;
      }
      if (!saidSlow && Date.now() - started > SLOW) {
        saidSlow = true;
        status.textContent = "This is taking longer than usual. You can leave this page and use the link later: it will be ready.";
      }
      setTimeout(check, EVERY);
    }, function () { setTimeout(check, EVERY); });
  }
  link.nextElementSibling.hidden = true;  // the note for when scripts are off
  setTimeout(check, EVERY);
})();
