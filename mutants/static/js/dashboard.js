// Dashboard: copies the drafted cover summary to the clipboard, and says so in a status
// region (announced by screen readers) as well as on the button.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.querySelector(button.dataset.copy);
      var status = button.dataset.status ? document.querySelector(button.dataset.status) : null;
      if (!source) return;
      var say = function (text) {
        if (status) { status.textContent = ""; status.textContent = text; }
      };
      var done = function () {
        button.textContent = "Copied";
        say("Copied the cover summary to the clipboard.");
        setTimeout(function () { button.textContent = "Copy"; say(""); }, 4000);
      };
      var failed = function () {
        source.focus(); source.select();
        say("Could not copy: the text is selected, press Ctrl+C to copy it.");
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(done, failed);
      } else {
        source.focus(); source.select();
        try { if (document.execCommand("copy")) { done(); } else { failed(); } } catch (e) { failed(); }
      }
    });
  });
})();
