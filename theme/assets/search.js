// Placeholder until the search index lands: "/" focuses the search box.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("bg-search-input");
    if (e.key === "/" && box && document.activeElement !== box && !/^(input|textarea|select)$/i.test(document.activeElement.tagName)) {
      e.preventDefault();
      box.focus();
    }
  });
})();
