// Names for what Django's admin widgets leave unnamed (WCAG 4.1.2): the autocomplete
// boxes (select2) take their field's label, and the search icons of the owners picker
// are images with a name rather than spans with a prohibited one.
(function () {
  "use strict";
  function labelIdFor(select) {
    var label = select.id && document.querySelector("label[for='" + CSS.escape(select.id) + "']");
    if (!label) return "";
    if (!label.id) label.id = select.id + "-label";
    return label.id;
  }

  function nameAutocompletes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var box = select.nextElementSibling;
      if (!box || !box.classList.contains("select2")) return;
      var labelId = labelIdFor(select);
      if (!labelId) return;
      var combobox = box.querySelector(".select2-selection[role=combobox]");
      var shown = box.querySelector(".select2-selection__rendered");
      if (combobox) combobox.setAttribute("aria-labelledby", labelId + (shown && shown.id ? " " + shown.id : ""));
      if (shown) shown.setAttribute("aria-labelledby", labelId);
    });
    document.querySelectorAll(".search-label-icon[aria-label]").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }

  // Django sets up select2 and the owners picker when the page has loaded.
  window.addEventListener("load", function () { setTimeout(nameAutocompletes, 0); });
  document.addEventListener("formset:added", function () { setTimeout(nameAutocompletes, 0); });
})();
