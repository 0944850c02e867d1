(() => {
  // docloc serve: reload when a rebuilt site is published (keeping the scroll position),
  // and show the errors the edits introduced.
  const generation = document.currentScript.dataset.doclocLive;
  const key = "docloc-scroll:" + location.pathname;
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    const restore = () => window.scrollTo(0, Number(saved));
    if (document.readyState === "complete") restore(); else addEventListener("load", restore);
  }
  let overlay = null;
  const show = (errors) => {
    if (!errors.length) {
      if (overlay) { overlay.remove(); overlay = null; }
      return;
    }
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "docloc-overlay";
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" +
        "z-index:2147483647;margin:0;padding:12px 16px;background:#1e1e1e;color:#f4f4f4;" +
        "border-top:4px solid #d13438;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    const head = document.createElement("strong");
    head.textContent = "docloc serve: " + errors.length + " error(s)";
    overlay.appendChild(head);
    for (const d of errors) {
      const line = document.createElement("div");
      line.className = "docloc-overlay-error";
      line.textContent = d.location + "  " + d.rule + "  " + d.message + (d.hint ? "\n    " + d.hint : "");
      overlay.appendChild(line);
    }
  };
  const source = new EventSource("/_docloc/live");
  source.addEventListener("state", (e) => {
    const state = JSON.parse(e.data);
    if (String(state.generation) !== generation) {
      sessionStorage.setItem(key, String(window.scrollY));
      source.close();
      location.reload();
      return;
    }
    show(state.errors);
  });
  addEventListener("pagehide", () => source.close());
})();
