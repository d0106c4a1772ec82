/* backpain-guide embed: replaces <div data-backpain-question="slug"> or data-backpain-tag="name"
   with a sandboxed frame of the answer and keeps the frame as tall as its content. No dependencies. */
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || !me.src) return;
  // The guide's address: this script lives at <base>embed.js or <base>embed/embed.<hash>.js.
  var base = me.src.replace(/[?#].*$/, "").replace(/(embed\/embed\.[0-9a-f]+|embed)\.js$/, "");
  var slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var frames = [];

  function make(host) {
    if (host.getAttribute("data-backpain-done")) return;
    var q = host.getAttribute("data-backpain-question");
    var name = q || host.getAttribute("data-backpain-tag");
    if (!name || !slug.test(name)) return;
    var theme = host.getAttribute("data-theme");
    var link = host.querySelector("a");
    var frame = document.createElement("iframe");
    frame.src = base + "embed/" + (q ? "questions/" : "tags/") + name + "/" +
      (theme === "light" || theme === "dark" ? "?theme=" + theme : "");
    frame.title = (link && link.textContent.trim()) || name;
    frame.loading = "lazy";
    // Scripts for the height message, popups for links; never allow-same-origin with allow-scripts.
    frame.setAttribute("sandbox", "allow-scripts allow-popups allow-popups-to-escape-sandbox");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.style.cssText = "display:block;width:100%;border:0;height:" + (q ? 600 : 400) + "px";
    host.setAttribute("data-backpain-done", "1");
    host.replaceChildren(frame);
    frames.push(frame);
  }

  function scan() {
    var hosts = document.querySelectorAll("[data-backpain-question],[data-backpain-tag]");
    for (var i = 0; i < hosts.length; i++) make(hosts[i]);
  }

  // A sandboxed frame has an opaque origin, so the sender is checked by identity: only our own
  // frames, only { bgEmbedHeight: n } with a sane n; anything else is ignored.
  window.addEventListener("message", function (e) {
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== e.source || !e.source) continue;
      var d = e.data;
      if (!d || typeof d !== "object" || Object.keys(d).length !== 1) return;
      var h = d.bgEmbedHeight;
      if (typeof h === "number" && h >= 50 && h <= 100000) frames[i].style.height = Math.ceil(h) + "px";
      return;
    }
  });

  document.addEventListener("backpain-embed-scan", scan);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
