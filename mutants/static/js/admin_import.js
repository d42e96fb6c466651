// The import pages: while the server reads and checks (or saves) the file, show that it is
// working and for how long, and stop a second click from sending it twice.
(function () {
  "use strict";
  document.querySelectorAll("form").forEach(function (form) {
    var button = form.querySelector("input[type=submit][data-working]");
    var progress = form.querySelector(".import-progress") || document.querySelector(".import-progress");
    if (!button || !progress) return;
    form.addEventListener("submit", function () {
      button.value = button.dataset.working;
      setTimeout(function () { button.disabled = true; }, 0);
      progress.hidden = false;
      var started = Date.now();
      var elapsed = progress.querySelector(".import-progress-elapsed");
      setInterval(function () {
        elapsed.textContent = Math.round((Date.now() - started) / 1000) + " s";
      }, 1000);
    });
  });
})();
