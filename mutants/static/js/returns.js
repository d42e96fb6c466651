// My returns: shows, while the owner types, the RAG the figure would get. The server
// rates it (the same rules as a submission); this file only asks and shows the answer.
(function () {
  "use strict";
  var form = document.getElementById("returns-form");
  if (!form) return;
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var LABELS = { GREEN: "GREEN", AMBER: "AMBER", RED: "RED" };

  // The page scrolls a focused field clear of the sticky Save / Submit bar (portal.css,
  // scroll-padding-bottom); this keeps the padding as tall as the bar, which wraps when narrow.
  var bar = form.querySelector(".action-bar");
  if (bar && window.ResizeObserver) {
    new ResizeObserver(function () {
      document.documentElement.style.setProperty("--action-bar-height", bar.offsetHeight + "px");
    }).observe(bar);
  }
  // The browser leaves a field that is already partly in view where it is, which can be
  // under the bar (WCAG 2.4.11): then it is scrolled up clear of it.
  if (bar) {
    form.addEventListener("focusin", function (event) {
      if (bar.contains(event.target)) return;
      var box = event.target.getBoundingClientRect();
      var clear = bar.getBoundingClientRect().top - 12;
      if (box.bottom > clear) window.scrollBy(0, Math.min(box.bottom - clear, box.top - 12));
    });
  }

  function field(card, name) {
    return card.querySelector("[name='" + card.dataset.prefix + "-" + name + "']");
  }

  function setBadge(card, rag) {
    var holder = card.querySelector("[data-role=rag]");
    if (!holder) return;
    holder.textContent = "";
    var span = document.createElement("span");
    span.className = "rag " + (rag ? "rag-" + rag : "rag-none");
    span.textContent = rag ? LABELS[rag] : "–";
    if (!rag) {
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = " no rating yet";
      span.appendChild(hidden);
    }
    holder.appendChild(span);
  }

  function setHint(card, name, message, css) {
    var input = field(card, name);
    if (!input) return;
    var id = input.id + "-live";
    var hint = document.getElementById(id);
    if (!message) {
      if (hint) hint.remove();
      input.classList.remove("is-invalid");
      return;
    }
    if (!hint) {
      hint = document.createElement("div");
      hint.id = id;
      hint.setAttribute("role", "status");
      input.insertAdjacentElement("afterend", hint);
      input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + id).trim());
    }
    hint.className = css;
    hint.textContent = message;
    if (css.indexOf("invalid") >= 0) input.classList.add("is-invalid");
  }

  function toggleReason(card) {
    var box = field(card, "not_available");
    var wrapper = card.querySelector(".na-reason");
    if (box && wrapper) wrapper.hidden = !box.checked;
  }

  function preview(card) {
    var body = new FormData();
    card.querySelectorAll("input, textarea, select").forEach(function (el) {
      if (!el.name || el.name.indexOf(card.dataset.prefix + "-") !== 0) return;
      if (el.type === "checkbox") { if (el.checked) body.append(el.name, "on"); }
      else body.append(el.name, el.value);
    });
    document.dispatchEvent(new CustomEvent("kpiportal:server-request"));  // keeps the session alive
    fetch(card.dataset.previewUrl, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrf, "Accept": "application/json" }
    }).then(function (r) {
      // Signed out meanwhile (a redirect to the sign-in page), or a server error: no answer.
      return r.ok && !r.redirected ? r.json() : null;
    }).then(function (answer) {
      if (!answer) return;
      setBadge(card, answer.rag);
      var figure = card.querySelector("[data-role=figure]");
      if (figure) figure.textContent = answer.figure;
      var shown = card.querySelector("[data-role=shown-as]");
      if (shown) { shown.textContent = answer.shown_as; shown.hidden = !answer.shown_as; }
      var forecast = card.querySelector("[data-role=forecast]");
      if (forecast && answer.forecast) forecast.textContent = answer.forecast;
      var outlook = card.querySelector("[data-role=outlook]");
      if (outlook && answer.forecast) outlook.textContent = answer.outlook;
      ["value", "numerator", "denominator"].forEach(function (name) {
        var errors = answer.errors[name];
        setHint(card, name, errors ? errors.join(" ") : "", "invalid-feedback d-block");
      });
      var commentary = field(card, "commentary");
      // The words come from the server, where the rule lives (submissions/figures.py).
      var needs = answer.commentary_required && commentary && !commentary.value.trim();
      setHint(card, "commentary", needs ? answer.commentary_message : "",
        "form-text text-danger fw-semibold");
      var outlier = card.querySelector("[data-role=outlier]");
      var confirm = card.querySelector(".outlier-confirm");
      if (outlier) { outlier.hidden = !answer.outlier; outlier.textContent = answer.outlier; }
      if (confirm) confirm.hidden = !answer.outlier && !(field(card, "outlier_confirmed") || {}).checked;
    }).catch(function () { /* offline or signed out: the next change asks again */ });
  }

  // "Copy last month's commentary": filled in here, without a round trip; marked as copied
  // for as long as it is last month's words unedited.
  function markCopied(card) {
    var box = card.querySelector("[data-copied-text]");
    var text = field(card, "commentary");
    if (!box || !text) return;
    box.querySelector("[data-role=copied]").hidden =
      text.value.trim() !== box.dataset.copiedText.trim();
  }

  document.querySelectorAll(".return-card [data-copy-commentary]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      var card = button.closest(".return-card");
      var text = field(card, "commentary");
      if (!text) return;
      event.preventDefault();
      text.value = button.closest("[data-copied-text]").dataset.copiedText;
      text.dispatchEvent(new Event("input", { bubbles: true }));
      markCopied(card);
      text.focus();
    });
  });

  document.querySelectorAll(".return-card[data-preview-url]").forEach(function (card) {
    card.addEventListener("input", function (event) {
      if (event.target === field(card, "commentary")) markCopied(card);
    });
  });

  document.querySelectorAll(".return-card[data-preview-url]").forEach(function (card) {
    var timer = null;
    var confirm = card.querySelector(".outlier-confirm");
    // "I have checked this figure" only while the figure is an outlier (or already ticked).
    if (confirm && !("outlier" in card.dataset) && !(field(card, "outlier_confirmed") || {}).checked) confirm.hidden = true;
    toggleReason(card);
    card.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { preview(card); }, 350);
    });
    card.addEventListener("change", function (event) {
      if (event.target.name === card.dataset.prefix + "-not_available") toggleReason(card);
      // Text was asked about as it was typed; asking again when a field loses focus (to the
      // session warning, say) would push the session's end back behind the person's back.
      if (event.target.type !== "checkbox") return;
      clearTimeout(timer);
      preview(card);
    });
  });
})();
