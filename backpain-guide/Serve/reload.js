// The preview's live reload, added to pages by `serve` only (never part of a build). It listens
// to the preview's event stream: a tab reloads when its own page, or a file it uses, changed; a
// failed build shows an overlay with the errors (as text, never as markup) until a good build.
// A tab that follows edits (the "Follow edits" button; `serve --follow` turns it on for new
// tabs) goes to the page of the file just saved instead.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.EventSource) return;
  var base = new URL(".", new URL("..", script.src)).href; // {base}__preview/reload.js -> {base}
  var overlay = null;

  function normal(href) {
    var url = new URL(href, location.href);
    if (url.origin !== location.origin) return null;
    return url.pathname.replace(/index\.html$/, "");
  }

  function usedHere() {
    var used = new Set([normal(location.href)]);
    document.querySelectorAll("link[href], script[src], img[src]").forEach(function (el) {
      var path = normal(el.getAttribute("href") || el.getAttribute("src"));
      if (path) used.add(path);
    });
    return used;
  }

  function clearOverlay() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function style(el, rules) {
    // Set through the style object: the page's CSP refuses style attributes and inline <style>.
    Object.keys(rules).forEach(function (k) { el.style[k] = rules[k]; });
    return el;
  }

  function add(parent, tag, text, rules) {
    var el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (rules) style(el, rules);
    parent.appendChild(el);
    return el;
  }

  function showOverlay(report) {
    clearOverlay();
    overlay = style(document.createElement("div"), {
      position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto", padding: "2rem",
      background: "rgba(20, 20, 20, 0.94)", color: "#fff", font: "14px/1.5 ui-monospace, monospace"
    });
    overlay.id = "bg-preview-overlay";
    overlay.setAttribute("role", "alert");
    var n = report.count;
    add(overlay, "h2", "The site did not build: " + n + " error" + (n === 1 ? "" : "s"), { margin: "0 0 1rem", color: "#ff8a80" });
    add(overlay, "p", "The last good version stays served. Fix the file and this goes away.", { margin: "0 0 1rem" });
    report.errors.forEach(function (e) {
      var item = add(overlay, "div", undefined, { margin: "0 0 1rem" });
      item.className = "bg-preview-error";
      add(item, "div", e.file + ":" + e.line + ":" + e.column + ": " + e.code + ": " + e.message);
      if (e.source !== undefined) add(item, "pre", e.source, { margin: "0.25rem 0 0", padding: "0.5rem", background: "#000", whiteSpace: "pre-wrap" });
    });
    if (report.errors.length < n) add(overlay, "p", "and " + (n - report.errors.length) + " more in the terminal");
    document.body.appendChild(overlay);
  }

  // Following is remembered per tab (sessionStorage), so each tab keeps the reader's choice across reloads.
  var followKey = "bg-preview-follow";
  function following() {
    var stored = null;
    try { stored = sessionStorage.getItem(followKey); } catch (err) { /* storage off: use the default */ }
    return (stored || script.getAttribute("data-follow")) === "on";
  }

  function followButton() {
    var button = style(document.createElement("button"), {
      position: "fixed", right: "0.75rem", bottom: "0.75rem", zIndex: "2147483646", padding: "0.35rem 0.7rem",
      font: "13px/1.3 system-ui, sans-serif", color: "#fff", background: "rgba(20, 20, 20, 0.85)",
      border: "1px solid #fff", borderRadius: "0.3rem", cursor: "pointer"
    });
    button.type = "button";
    button.id = "bg-preview-follow";
    function show() {
      var on = following();
      button.textContent = "Follow edits: " + (on ? "on" : "off");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.title = on ? "This tab goes to the page of each file you save" : "This tab stays on its page";
    }
    button.addEventListener("click", function () {
      try { sessionStorage.setItem(followKey, following() ? "off" : "on"); } catch (err) { /* storage off */ }
      show();
    });
    show();
    document.body.appendChild(button);
  }
  followButton();

  var events = new EventSource(base + "__preview/events");
  // Once this tab is going to another page or reloading, later events (an edit's listings and
  // index follow its page a moment later) must not start a second navigation that aborts the first.
  var leaving = false;
  events.addEventListener("reload", function (e) {
    if (leaving) return;
    var data = JSON.parse(e.data);
    clearOverlay();
    var here = normal(location.href);
    var edited = (data.edited || []).filter(function (url) { return normal(url) !== null; });
    if (following() && edited.length > 0 && !edited.some(function (url) { return normal(url) === here; })) {
      leaving = true;
      location.assign(new URL(edited[0], location.href).href);
      return;
    }
    var used = usedHere();
    if (data.changed.some(function (url) { return used.has(normal(url)); })) {
      leaving = true;
      location.reload();
    }
  });
  events.addEventListener("build-error", function (e) {
    showOverlay(JSON.parse(e.data));
  });
})();
