/* "Share or embed": the copy button, and on /embed/ the picker with its live preview. */
(function () {
  "use strict";
  function copy(button) {
    var pre = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentNode.querySelector(".copy-status");
    var text = pre ? pre.textContent : "";
    function said(message) { if (status) status.textContent = message; }
    function fallback() {
      var range = document.createRange();
      range.selectNodeContents(pre);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      said(button.getAttribute("data-text-fallback") || "");
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { said(button.getAttribute("data-text-copied") || ""); }, fallback);
    } else {
      fallback();
    }
  }

  var buttons = document.querySelectorAll(".copy-button[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function (e) { copy(e.currentTarget); });
  }

  var picker = document.getElementById("bgEmbedPicker");
  var code = document.querySelector("#bgShareSnippet code");
  var preview = document.getElementById("bgEmbedPreviewBox");
  if (!picker || !code || !preview) return;
  var choice = document.getElementById("bgEmbedChoice");
  var loaded = false;

  function update() {
    var option = choice.options[choice.selectedIndex];
    var checked = picker.querySelector("input[name=theme]:checked");
    var theme = checked ? checked.value : "";
    var snippet = option.getAttribute("data-snippet") || "";
    if (theme) snippet = snippet.replace(/^(<div data-backpain-(?:question|tag)="[a-z0-9-]+")/, "$1 data-theme=\"" + theme + "\"");
    code.textContent = snippet;
    // The preview is the snippet itself, parsed as inert markup: only its div is taken.
    var doc = new DOMParser().parseFromString(snippet, "text/html");
    var host = doc.querySelector("[data-backpain-question],[data-backpain-tag]");
    preview.replaceChildren();
    if (host) preview.appendChild(document.importNode(host, true));
    var script = doc.querySelector("script[src]");
    if (!loaded && script) {
      loaded = true;
      var s = document.createElement("script");
      s.src = script.getAttribute("src");
      document.head.appendChild(s);
    } else {
      document.dispatchEvent(new Event("backpain-embed-scan"));
    }
  }
  picker.addEventListener("change", update);
  picker.addEventListener("submit", function (e) { e.preventDefault(); });
  update();
})();
