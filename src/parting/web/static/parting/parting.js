/* Parting's few behaviours, in a file (the pages carry no inline script). */
"use strict";

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
    if (field.dataset.keyed) {
      field.dataset.chosen = "1"; // sent on Enter, or when the focus leaves the list
      return;
    }
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

/* The effort chart: each dot is a link to its client (drawn on the server). The chart is
   one stop for the Tab key; the arrow keys move from dot to dot, Enter opens the client,
   and the dot's name (client, verdict, figures) shows as a tooltip on hover and focus. */
function chartDots(figure) {
  return Array.prototype.slice.call(figure.querySelectorAll("svg a"));
}

function chartTip(figure) {
  var tip = figure.querySelector(".chart-tip");
  if (!tip) {
    tip = document.createElement("div");
    tip.className = "chart-tip";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    figure.appendChild(tip);
  }
  return tip;
}

function dotName(dot) {
  var shape = dot.querySelector("[aria-label]");
  return shape ? shape.getAttribute("aria-label") : "";
}

function showTip(figure, dot) {
  var tip = chartTip(figure);
  var box = dot.getBoundingClientRect();
  var frame = figure.getBoundingClientRect();
  tip.textContent = dotName(dot);
  tip.hidden = false;
  var left = box.left - frame.left + box.width / 2 - tip.offsetWidth / 2;
  left = Math.max(0, Math.min(left, frame.width - tip.offsetWidth));
  var top = box.top - frame.top - tip.offsetHeight - 8;
  if (top < 0) {
    top = box.bottom - frame.top + 8;
  }
  tip.style.left = left + "px";
  tip.style.top = top + "px";
}

function hideTip(figure) {
  var tip = figure.querySelector(".chart-tip");
  if (tip) {
    tip.hidden = true;
  }
}

function chartLinks(root) {
  root.querySelectorAll("figure.chart-links").forEach(function (figure) {
    chartDots(figure).forEach(function (dot, i) {
      dot.setAttribute("tabindex", i === 0 ? "0" : "-1");
    });
  });
}

document.addEventListener("DOMContentLoaded", function () {
  chartLinks(document);
});

document.addEventListener("keydown", function (event) {
  var dot = event.target instanceof Element ? event.target.closest("figure.chart-links svg a") : null;
  if (!dot) {
    return;
  }
  var figure = dot.closest("figure");
  if (event.key === "Escape") {
    hideTip(figure);
    return;
  }
  var dots = chartDots(figure);
  var at = dots.indexOf(dot);
  var next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1,
               Home: 0, End: dots.length - 1 }[event.key];
  if (next === undefined) {
    return;
  }
  event.preventDefault();
  next = Math.max(0, Math.min(next, dots.length - 1));
  dot.setAttribute("tabindex", "-1");
  dots[next].setAttribute("tabindex", "0");
  dots[next].focus();
});

["focusin", "mouseover"].forEach(function (kind) {
  document.addEventListener(kind, function (event) {
    var dot = event.target instanceof Element ? event.target.closest("figure.chart-links svg a") : null;
    if (dot) {
      showTip(dot.closest("figure"), dot);
    }
  });
});
["focusout", "mouseout"].forEach(function (kind) {
  document.addEventListener(kind, function (event) {
    var dot = event.target instanceof Element ? event.target.closest("figure.chart-links svg a") : null;
    if (dot) {
      hideTip(dot.closest("figure"));
    }
  });
});

/* Keyboard: when HTMX redraws the part of the page that held the focus (a plan step just
   marked, a what-if tick), the focus comes back to the same control, or to the nearest one
   of the same form, instead of falling to the top of the page. */
var keptFocus = null;

function focusSignature(el) {
  var form = el.form || el.closest("form");
  return {
    id: el.id,
    tag: el.tagName,
    name: el.getAttribute("name"),
    value: el.getAttribute("value"),
    vals: el.getAttribute("hx-vals"),
    form: form ? (form.getAttribute("hx-post") || form.getAttribute("action")) : null
  };
}

function refocus(sig, fallback) {
  var candidates = document.querySelectorAll("a[href], button, input, select, textarea, summary");
  var same = null;
  var sameForm = null;
  for (var i = 0; i < candidates.length; i++) {
    var el = candidates[i];
    if (el.disabled || el.type === "hidden") {
      continue;
    }
    var s = focusSignature(el);
    if (sig.id && s.id === sig.id) {
      same = el;
      break;
    }
    if (!same && s.tag === sig.tag && s.name === sig.name && s.value === sig.value &&
        s.vals === sig.vals && s.form === sig.form) {
      same = el;
    }
    if (!sameForm && sig.form && s.form === sig.form && s.tag === "BUTTON") {
      sameForm = el;
    }
  }
  var target = same || sameForm;
  if (target) {
    target.focus();
  } else if (fallback && fallback.isConnected) {
    if (!fallback.hasAttribute("tabindex")) {
      fallback.setAttribute("tabindex", "-1");
    }
    fallback.focus();
  }
}

document.addEventListener("htmx:beforeSwap", function (event) {
  var el = document.activeElement;
  var target = event.detail.target;
  keptFocus = el && el !== document.body && target && target.contains(el) ? focusSignature(el) : null;
});
document.addEventListener("htmx:afterSettle", function (event) {
  if (keptFocus && (document.activeElement === document.body || !document.activeElement)) {
    refocus(keptFocus, document.getElementById(event.detail.target.id) || event.detail.target);
  }
  keptFocus = null;
});

/* A list that changes the page (the language, a letter's kind) waits for Enter, or for the
   focus to leave it, when browsed with the arrow keys: looking is not choosing. */
document.addEventListener("keydown", function (event) {
  var field = event.target;
  if (!(field instanceof HTMLSelectElement) || !field.hasAttribute("data-autosubmit")) {
    return;
  }
  if (event.key === "Enter" && field.dataset.keyed && field.form) {
    event.preventDefault();
    delete field.dataset.keyed;
    delete field.dataset.chosen;
    field.form.submit();
  } else if (event.key !== "Tab" && event.key !== "Shift") {
    field.dataset.keyed = "1";
  }
});
document.addEventListener("focusout", function (event) {
  var field = event.target;
  if (field instanceof HTMLSelectElement && field.dataset.keyed && field.form) {
    delete field.dataset.keyed;
    if (field.dataset.chosen) {
      delete field.dataset.chosen;
      field.form.submit();
    }
  }
});
