/* Light or dark: the system's choice unless the reader picked the other with the toggle, which
   is remembered in localStorage. Loaded with defer and blocking="render", so a remembered choice
   is on the page before its first paint without holding up the parser. */
(function () {
  "use strict";
  var KEY = "bg-theme";
  var root = document.documentElement;
  var dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var choice = null;
  try {
    choice = localStorage.getItem(KEY);
  } catch (e) { /* storage blocked: follow the system */ }
  if (choice !== "light" && choice !== "dark") choice = null;

  function system() { return dark && dark.matches ? "dark" : "light"; }
  function current() { return choice || system(); }

  var button = document.getElementById("bgThemeToggle");
  function apply() {
    if (choice) root.setAttribute("data-theme", choice);
    else root.removeAttribute("data-theme");
    if (button) button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false");
  }
  apply();
  if (window.performance && performance.mark) performance.mark("bg-theme-applied");
  if (dark && dark.addEventListener) dark.addEventListener("change", apply);
  if (!button) return;

  button.addEventListener("click", function () {
    var next = current() === "dark" ? "light" : "dark";
    // Choosing what the system shows means "follow the system" again.
    choice = next === system() ? null : next;
    try {
      if (choice) localStorage.setItem(KEY, choice);
      else localStorage.removeItem(KEY);
    } catch (e) { /* not remembered, but this page still switches */ }
    apply();
  });
  button.hidden = false;
})();
