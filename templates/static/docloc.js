/* docloc default theme: small, dependency-free enhancements. Every part checks
   that its elements exist, so the script is harmless on any page. */
(function () {
  "use strict";

  /* The whole TOC tree (published once per locale by the toc script loaded before this
     one) replaces the page's own branch; the page's link is marked and its groups opened. */
  function setupToc() {
    var sidebar = document.getElementById("sidebar");
    var html = window.doclocToc;
    if (!sidebar || typeof html !== "string" || !html) { return; }
    /* The entry the page's own sidebar marks (on a fallback page it may link to the
       translation shown rather than to data-current). */
    var marked = sidebar.querySelector("a[aria-current='page']");
    var current = marked ? marked.getAttribute("href") : sidebar.getAttribute("data-current");
    sidebar.innerHTML = html;
    if (!current) { return; }
    var links = sidebar.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href") !== current) { continue; }
      links[i].setAttribute("aria-current", "page");
      var group = links[i].parentNode;
      while (group && group !== sidebar) {
        if (group.tagName === "DETAILS") { group.open = true; }
        group = group.parentNode;
      }
    }
  }

  /* Navigation toggle for narrow screens. */
  function setupMenu() {
    var button = document.querySelector(".menu-toggle");
    var sidebar = document.getElementById("sidebar");
    if (!button || !sidebar) { return; }
    button.hidden = false;
    function setOpen(open) {
      sidebar.classList.toggle("open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", function () {
      var open = !sidebar.classList.contains("open");
      setOpen(open);
      if (open) {
        var current = sidebar.querySelector("[aria-current='page']") || sidebar.querySelector("a, summary");
        if (current) { current.focus(); }
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && sidebar.classList.contains("open")) {
        setOpen(false);
        button.focus();
      }
    });
    var current = sidebar.querySelector("[aria-current='page']");
    if (current && sidebar.scrollHeight > sidebar.clientHeight) {
      /* Scroll the sidebar alone: scrollIntoView would scroll the page too. */
      var box = sidebar.getBoundingClientRect();
      var link = current.getBoundingClientRect();
      sidebar.scrollTop += link.top - box.top - (sidebar.clientHeight - link.height) / 2;
    }
  }

  /* Language switcher: close on Escape or a click elsewhere. */
  function setupSwitcher() {
    var switcher = document.querySelector(".lang-switcher");
    if (!switcher) { return; }
    document.addEventListener("click", function (event) {
      if (switcher.open && !switcher.contains(event.target)) { switcher.open = false; }
    });
    switcher.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && switcher.open) {
        switcher.open = false;
        var summary = switcher.querySelector("summary");
        if (summary) { summary.focus(); }
      }
    });
  }

  /* Tabs (WAI-ARIA tabs pattern, automatic activation). */
  function tabsOf(group) {
    var list = group.querySelector("[role='tablist']");
    return list ? Array.prototype.slice.call(list.querySelectorAll("[role='tab']")) : [];
  }

  function select(tab, focus) {
    var group = tab.closest(".tabs");
    if (!group) { return; }
    tabsOf(group).forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(t.getAttribute("aria-controls") || "");
      if (panel) { panel.hidden = !on; }
    });
    if (focus) { tab.focus(); }
  }

  /* Tabs named by `#tab/ID` (DocFX links), or by the id of a tab or panel. */
  function tabsForHash(hash) {
    var name = decodeURIComponent(String(hash || "").replace(/^#/, ""));
    if (!name) { return []; }
    var found = [];
    var key = name.indexOf("tab/") === 0 ? name.slice(4) : null;
    document.querySelectorAll(".tabs [role='tab']").forEach(function (tab) {
      var id = tab.id || "";
      if (key !== null) {
        if (tab.getAttribute("data-tab") === key || id === "tab-" + key ||
            id.slice(-(key.length + 1)) === "-" + key) {
          found.push(tab);
        }
      } else if (id === name || tab.getAttribute("aria-controls") === name) {
        found.push(tab);
      }
    });
    return found;
  }

  function selectFromHash(scroll) {
    var tabs = tabsForHash(location.hash);
    tabs.forEach(function (tab) { select(tab, false); });
    if (scroll && tabs.length && tabs[0].scrollIntoView) { tabs[0].scrollIntoView({ block: "start" }); }
  }

  function setupTabs() {
    var groups = document.querySelectorAll(".tabs");
    if (!groups.length) { return; }
    groups.forEach(function (group) {
      var tabs = tabsOf(group);
      if (!tabs.length) { return; }
      var selected = tabs.filter(function (t) { return t.getAttribute("aria-selected") === "true"; })[0] || tabs[0];
      select(selected, false);
      tabs.forEach(function (tab) {
        tab.addEventListener("click", function () { select(tab, false); });
      });
      var list = group.querySelector("[role='tablist']");
      list.addEventListener("keydown", function (event) {
        var i = tabs.indexOf(document.activeElement);
        if (i < 0) { return; }
        var rtl = getComputedStyle(list).direction === "rtl";
        var next = null;
        if (event.key === "ArrowRight") { next = rtl ? i - 1 : i + 1; }
        else if (event.key === "ArrowLeft") { next = rtl ? i + 1 : i - 1; }
        else if (event.key === "Home") { next = 0; }
        else if (event.key === "End") { next = tabs.length - 1; }
        if (next === null) { return; }
        event.preventDefault();
        select(tabs[(next + tabs.length) % tabs.length], true);
      });
    });
    selectFromHash(false);
    window.addEventListener("hashchange", function () { selectFromHash(true); });
  }

  function init() {
    setupToc();
    setupMenu();
    setupSwitcher();
    setupTabs();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
