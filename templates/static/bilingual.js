// Bilingual (sxs) pages: the page-level toggle between the translation and every
// sentence's English source. The reader's choice is remembered (localStorage, this
// browser only) for every bilingual page of the site. Each sentence's source also shows
// on hover and focus, by CSS alone.
(function () {
  "use strict";
  var KEY = "docloc:bilingual";
  var root = document.documentElement;
  var button = document.querySelector("[data-bilingual-toggle]");
  if (!button) return;
  function show(english) {
    root.classList.toggle("sxs-english", english);
    button.textContent = english ? button.dataset.showTranslation : button.dataset.showEnglish;
  }
  var saved = null;
  try {
    saved = window.localStorage.getItem(KEY);
  } catch (e) {
    saved = null;
  }
  show(saved === "en");
  button.hidden = false;
  button.addEventListener("click", function () {
    var english = !root.classList.contains("sxs-english");
    show(english);
    try {
      window.localStorage.setItem(KEY, english ? "en" : "translation");
    } catch (e) {
      // Storage may be off; the toggle still works for this page.
    }
  });
})();
