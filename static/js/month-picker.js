// Review: the month picker navigates without a separate button.
(function () {
  "use strict";
  var select = document.getElementById("review-month");
  if (select) {
    select.addEventListener("change", function () {
      window.location.href = select.dataset.navigate + encodeURIComponent(select.value) + "/";
    });
  }
})();
