// A month picker (<select data-navigate="/base/">) goes to /base/<month>/ when changed,
// without a separate button (a <noscript> one stands in when scripts are off).
(function () {
  "use strict";
  document.querySelectorAll("select[data-navigate]").forEach(function (select) {
    select.addEventListener("change", function () {
      window.location.href = select.dataset.navigate + encodeURIComponent(select.value) + "/";
    });
  });
})();
