/* Parting's few behaviours, in a file (the pages carry no inline script). */
"use strict";

/* Times are written on the server in the business's time zone; the reader sees them in
   their own zone and language. */
function localTimes(root) {
  var lang = document.documentElement.lang || undefined;
  var format;
  try {
    format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
  } catch (e) {
    return;
  }
  root.querySelectorAll("time[data-local-time]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (!isNaN(when.getTime())) {
      el.textContent = format.format(when);
    }
  });
}

document.addEventListener("DOMContentLoaded", function () {
  localTimes(document);
});
document.addEventListener("htmx:afterSwap", function (event) {
  localTimes(event.target.parentNode || document);
});

/* A long form (an import) says it is working and cannot be sent twice. */
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-busy")) {
    return;
  }
  if (form.classList.contains("busy")) {
    event.preventDefault();
    return;
  }
  form.classList.add("busy");
  form.setAttribute("aria-busy", "true");
  form.querySelectorAll("button[type=submit]").forEach(function (button) {
    if (button.dataset.busyLabel) {
      button.textContent = button.dataset.busyLabel;
    }
    // Disabled after the browser has taken the form's data.
    window.setTimeout(function () { button.disabled = true; }, 0);
  });
});
/* Back to a page kept in the browser's cache: the form is usable again. */
window.addEventListener("pageshow", function () {
  document.querySelectorAll("form.busy").forEach(function (form) {
    form.classList.remove("busy");
    form.removeAttribute("aria-busy");
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = false; });
  });
});

/* The language list changes the page's language as soon as one is picked. */
document.addEventListener("change", function (event) {
  var field = event.target;
  if (field instanceof HTMLSelectElement && field.hasAttribute("data-autosubmit") && field.form) {
    field.form.submit();
  }
});

/* On a narrow screen the menu folds behind one button. */
document.documentElement.classList.add("js");
document.addEventListener("click", function (event) {
  var toggle = event.target instanceof Element ? event.target.closest(".menu-toggle") : null;
  if (!toggle) {
    return;
  }
  var open = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", open ? "true" : "false");
  toggle.closest(".topbar").classList.toggle("open", open);
});

/* A printable page's "Print or save as PDF" button. */
document.addEventListener("click", function (event) {
  var button = event.target instanceof Element ? event.target.closest("[data-print]") : null;
  if (button) {
    window.print();
  }
});
