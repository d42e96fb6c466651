// Dashboard: copies the drafted cover summary to the clipboard.
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.querySelector(button.dataset.copy);
      if (!source) return;
      var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy"; }, 2000); };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
      } else {
        source.select(); document.execCommand("copy"); done();
      }
    });
  });
})();
