/* Inside an embed page: apply ?theme=light|dark, and tell the host page our height (only that). */
(function () {
  "use strict";
  var root = document.documentElement;
  var theme = /[?&]theme=(light|dark)(&|$)/.exec(location.search);
  if (theme) root.setAttribute("data-theme", theme[1]);
  if (window.parent === window) return;
  var last = -1;
  function post() {
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    // The height is all we send; the host checks that the message comes from its own frame.
    window.parent.postMessage({ bgEmbedHeight: h }, "*");
  }
  if (window.ResizeObserver) new ResizeObserver(post).observe(root);
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  document.addEventListener("toggle", post, true);
})();
