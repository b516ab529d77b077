// Each embedded matrix (a page of the same site) grows to the height of its content, and follows
// it when a click opens the list of a cell's samples.
(function () {
  function fit(frame) {
    var doc = frame.contentDocument;
    if (!doc || !doc.body) return;
    var resize = function () {
      frame.style.height = Math.max(320, doc.documentElement.scrollHeight + 4) + "px";
    };
    resize();
    if (window.ResizeObserver) new ResizeObserver(resize).observe(doc.body);
  }
  function setup() {
    document.querySelectorAll("iframe.cm-gallery-view").forEach(function (frame) {
      frame.addEventListener("load", function () { fit(frame); });
      if (frame.contentDocument && frame.contentDocument.readyState === "complete") fit(frame);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
