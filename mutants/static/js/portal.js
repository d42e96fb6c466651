// On every page: the error summary, character counts, and the warning before an idle
// session ends. Each works without the others, and the page works without any of them.
(function () {
  "use strict";

  // The error summary (GOV.UK's pattern): focused when the page opens, so a screen reader
  // reads it first; each link puts focus in its field with the field's label in view.
  function errorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) return;
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!field) return;
      event.preventDefault();
      var label = field.id && document.querySelector("label[for='" + CSS.escape(field.id) + "']");
      (label || field).scrollIntoView({ block: "start" });
      field.focus({ preventScroll: true });
    });
  }

  // A count under a textarea with data-character-count="N": shown as you type, and told to
  // a screen reader once you pause. The server checks the limit; the browser does not cut
  // a paste short (no maxlength), so nothing typed is lost without a word.
  function characterCounts() {
    document.querySelectorAll("textarea[data-character-count]").forEach(function (area) {
      var limit = parseInt(area.dataset.characterCount, 10);
      area.removeAttribute("maxlength");
      var shown = document.createElement("div");
      shown.className = "form-text character-count";
      shown.setAttribute("aria-hidden", "true");
      var told = document.createElement("div");
      told.className = "visually-hidden";
      told.setAttribute("aria-live", "polite");
      area.insertAdjacentElement("afterend", shown);
      shown.insertAdjacentElement("afterend", told);
      var timer = null;
      function message() {
        // Counted as the server counts: code points, each line break sent as two.
        var used = Array.from(area.value.replace(/\r?\n/g, "\r\n")).length;
        var left = limit - used;
        var n = Math.abs(left).toLocaleString("en-GB");
        var noun = Math.abs(left) === 1 ? " character" : " characters";
        shown.classList.toggle("text-danger", left < 0);
        shown.classList.toggle("fw-semibold", left < 0);
        return left < 0 ? "You have " + n + noun + " too many" : "You have " + n + noun + " remaining";
      }
      shown.textContent = message();
      area.addEventListener("input", function () {
        shown.textContent = message();
        clearTimeout(timer);
        timer = setTimeout(function () { told.textContent = message(); }, 1000);
      });
    });
  }

  // The warning before an idle session ends (WCAG 2.2.1). The server ends a session
  // data-session-seconds after its last request; typing counts as activity and keeps it
  // alive. Tabs share when the session was last used, so one busy tab spares the others.
  function sessionTimeout() {
    var dialog = document.getElementById("session-dialog");  // only when signed in
    if (!dialog || typeof dialog.showModal !== "function") return;
    var total = Number(dialog.dataset.sessionSeconds) * 1000;
    var warnBefore = Math.min(Number(dialog.dataset.sessionWarningSeconds) * 1000, total);
    var pingEvery = Math.min(60000, total / 4);
    var KEY = "kpiportal.session-touched";
    var touched = 0;
    var lastPing = Date.now();
    var state = "active";
    var before = null;
    var lastSaid = "";

    function remember(when) {
      touched = Math.max(touched, when);
      try { localStorage.setItem(KEY, String(touched)); } catch (e) { /* private mode */ }
    }
    remember(Date.now());
    window.addEventListener("storage", function (event) {
      if (event.key !== KEY || !event.newValue) return;
      touched = Math.max(touched, Number(event.newValue));
      if (state === "warning" && touched + total - Date.now() > warnBefore) close();
    });

    // Other requests this page makes (the live RAG preview) push the session's end back too.
    document.addEventListener("kpiportal:server-request", function () { remember(Date.now()); });

    function keepAlive() {
      var sent = Date.now();
      lastPing = sent;
      return fetch(dialog.dataset.keepaliveUrl, {
        credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" }
      }).then(function (r) { return r.json(); }).then(function (answer) {
        if (answer.signed_in) { remember(sent); return true; }
        expire();
        return false;
      }, function () { return false; });  // offline: the countdown goes on
    }

    function words(ms) {
      var s = Math.max(0, Math.ceil(ms / 1000));
      var m = Math.floor(s / 60);
      var r = s % 60;
      var parts = [];
      if (m) parts.push(m + (m === 1 ? " minute" : " minutes"));
      if (r || !m) parts.push(r + (r === 1 ? " second" : " seconds"));
      return parts.join(" ");
    }

    function say(text) {
      if (text === lastSaid) return;
      lastSaid = text;
      dialog.querySelector("[data-role=announce]").textContent = text;
    }

    function showPart(name) {
      dialog.querySelectorAll("[data-session-state]").forEach(function (part) {
        part.hidden = part.dataset.sessionState !== name;
      });
      var suffix = name === "expired" ? "-expired" : "";
      dialog.setAttribute("aria-labelledby", "session-dialog" + suffix + "-title");
      dialog.setAttribute("aria-describedby", "session-dialog" + suffix + "-text");
    }

    function open() {
      state = "warning";
      before = document.activeElement;
      showPart("warning");
      if (!dialog.open) dialog.showModal();
      dialog.querySelector("[data-role=stay]").focus();
    }

    function close() {
      state = "active";
      if (dialog.open) dialog.close();
      if (before && document.contains(before)) before.focus();
    }

    function expire() {
      if (state === "expired") return;
      state = "expired";
      var keep = document.querySelector("form[data-keep-on-timeout]");
      showPart("expired");
      dialog.querySelector("[data-role=keep-hint]").hidden = !keep;
      dialog.querySelector("[data-role=resend]").hidden = !keep;
      dialog.querySelector("[data-role=sign-in]").hidden = !!keep;
      if (!dialog.open) dialog.showModal();
      dialog.querySelector(keep ? "[data-role=resend]" : "[data-role=sign-in]").focus();
    }

    function tick() {
      var left = touched + total - Date.now();
      if (state === "expired") return;
      if (left <= 0) { expire(); return; }
      if (state === "active" && left <= warnBefore) open();
      if (state === "warning" && left > warnBefore) close();  // kept alive meanwhile
      if (state !== "warning") return;
      dialog.querySelector("[data-role=countdown]").textContent = words(left);
      var seconds = Math.ceil(left / 1000);
      if (seconds % 60 === 0 || seconds === 20) say("You will be signed out in " + words(left) + ".");
    }

    dialog.querySelector("[data-role=stay]").addEventListener("click", function () {
      keepAlive().then(function (alive) { if (alive) close(); });
    });
    dialog.querySelector("[data-role=resend]").addEventListener("click", function () {
      var form = document.querySelector("form[data-keep-on-timeout]");
      var save = form.querySelector("[name=action][value=save]");
      if (save) form.requestSubmit(save); else form.requestSubmit();
    });
    dialog.addEventListener("cancel", function (event) {
      if (state === "warning") {  // Escape means "stay", as closing the warning says you are here
        event.preventDefault();
        keepAlive().then(function (alive) { if (alive) close(); });
      }
    });
    ["keydown", "input"].forEach(function (type) {
      document.addEventListener(type, function () {
        if (state === "active" && Date.now() - lastPing >= pingEvery) keepAlive();
      }, true);
    });
    setInterval(tick, 1000);
  }

  errorSummary();
  characterCounts();
  sessionTimeout();
})();
