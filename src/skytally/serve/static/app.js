// skytally pages: small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Clicking a figure (a row with data-ev) highlights its words in the document text.
  function show(key) {
    document.querySelectorAll("mark.flash").forEach(function (m) { m.classList.remove("flash"); });
    document.querySelectorAll("tr.selected").forEach(function (r) { r.classList.remove("selected"); });
    var marks = Array.prototype.filter.call(document.querySelectorAll("mark[data-keys]"), function (m) {
      return m.dataset.keys.split(" ").indexOf(key) >= 0;
    });
    marks.forEach(function (m) { m.classList.add("flash"); });
    document.querySelectorAll('tr[data-ev="' + CSS.escape(key) + '"]').forEach(function (r) { r.classList.add("selected"); });
    if (marks.length) { marks[0].scrollIntoView({ behavior: "smooth", block: "center" }); }
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("a")) { return; }
    var row = event.target.closest("[data-ev]");
    if (row) { show(row.dataset.ev); }
    var mark = event.target.closest("mark[data-keys]");
    if (mark) {
      var key = mark.dataset.keys.split(" ")[0];
      var target = document.querySelector('tr[data-ev="' + CSS.escape(key) + '"]');
      if (target) { show(key); target.scrollIntoView({ behavior: "smooth", block: "center" }); }
    }
  });
  document.addEventListener("keydown", function (event) {
    var row = event.target.closest && event.target.closest("[data-ev]");
    if (row && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); show(row.dataset.ev); }
  });

  // The paste box's example.
  document.querySelectorAll("[data-sample]").forEach(function (button) {
    button.addEventListener("click", function () {
      var area = button.form.querySelector("textarea");
      area.value = button.dataset.sample;
      area.focus();
    });
  });
})();
