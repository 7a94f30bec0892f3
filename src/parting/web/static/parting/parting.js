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
