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

  /* Navigation toggle for narrow screens: the sidebar slides over the page above a
     backdrop; a tap on the backdrop, Escape or the button closes it. */
  function setupMenu() {
    var button = document.querySelector(".menu-toggle");
    var sidebar = document.getElementById("sidebar");
    if (!button || !sidebar) { return; }
    button.hidden = false;
    var backdrop = document.createElement("div");
    backdrop.className = "sidebar-backdrop";
    backdrop.hidden = true;
    sidebar.parentNode.insertBefore(backdrop, sidebar.nextSibling);
    function setOpen(open) {
      sidebar.classList.toggle("open", open);
      backdrop.hidden = !open;
      document.documentElement.classList.toggle("menu-open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    backdrop.addEventListener("click", function () {
      setOpen(false);
      button.focus();
    });
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

  /* Code blocks: the fence's language as a label and a copy button (Fluent strings from
     the body's data attributes). The button is a real <button>, so it works by keyboard. */
  var LANGUAGE_NAMES = {
    azurecli: "Azure CLI", bash: "Bash", c: "C", "c#": "C#", cli: "CLI", cmd: "Cmd", console: "Console",
    cpp: "C++", cs: "C#", csharp: "C#", css: "CSS", go: "Go", html: "HTML", http: "HTTP", java: "Java",
    javascript: "JavaScript", js: "JavaScript", json: "JSON", kusto: "Kusto", markdown: "Markdown",
    md: "Markdown", powershell: "PowerShell", ps: "PowerShell", ps1: "PowerShell", python: "Python",
    py: "Python", rest: "REST", sh: "Shell", shell: "Shell", sql: "SQL", ts: "TypeScript",
    typescript: "TypeScript", vb: "Visual Basic", xml: "XML", yaml: "YAML", yml: "YAML"
  };

  function codeLanguage(code) {
    var m = /(?:^|\s)language-(\S+)/.exec(code.className || "");
    if (!m) { return ""; }
    var raw = m[1];
    return LANGUAGE_NAMES[raw.toLowerCase()] || raw;
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function setupCode() {
    var body = document.body;
    var copyLabel = body.getAttribute("data-code-copy") || "Copy";
    var copiedLabel = body.getAttribute("data-code-copied") || copyLabel;
    var languageLabel = body.getAttribute("data-code-language") || "";
    document.querySelectorAll("main pre > code").forEach(function (code) {
      var pre = code.parentNode;
      if (pre.parentNode && pre.parentNode.classList && pre.parentNode.classList.contains("code-block")) { return; }
      var wrap = document.createElement("div");
      wrap.className = "code-block";
      var header = document.createElement("div");
      header.className = "code-header";
      var language = codeLanguage(code);
      var label = document.createElement("span");
      label.className = "code-language";
      if (language) {
        var hidden = document.createElement("span");
        hidden.className = "visually-hidden";
        hidden.textContent = languageLabel + ": ";
        label.appendChild(hidden);
        label.appendChild(document.createTextNode(language));
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "code-copy";
      button.innerHTML = '<svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16">' +
        '<rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4"/>' +
        '<path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>';
      var text = document.createElement("span");
      text.className = "code-copy-text";
      text.textContent = copyLabel;
      button.appendChild(text);
      var status = document.createElement("span");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      var timer = null;
      button.addEventListener("click", function () {
        copyText(code.textContent).then(function () {
          text.textContent = copiedLabel;
          status.textContent = copiedLabel;
          button.classList.add("copied");
          clearTimeout(timer);
          timer = setTimeout(function () {
            text.textContent = copyLabel;
            status.textContent = "";
            button.classList.remove("copied");
          }, 2000);
        }, function () { /* Nothing was copied; the button stays as it was. */ });
      });
      header.appendChild(label);
      header.appendChild(button);
      header.appendChild(status);
      /* A block wider than the page scrolls sideways: focusable, so the keyboard can. */
      pre.tabIndex = 0;
      pre.parentNode.insertBefore(wrap, pre);
      wrap.appendChild(header);
      wrap.appendChild(pre);
    });
  }

  /* Site search: the locale's Pagefind index (src/site/search.rs), loaded on first use. */
  function setupSearch() {
    var box = document.querySelector(".site-search");
    if (!box) { return; }
    var url = box.getAttribute("data-search-url");
    var form = box.querySelector("form");
    var input = box.querySelector("input[type='search']");
    var panel = document.getElementById("site-search-results");
    if (!url || !form || !input || !panel) { return; }
    var status = panel.querySelector(".search-status");
    var list = panel.querySelector(".search-list");
    var noResults = box.getAttribute("data-no-results") || "";
    var resultsLabel = box.getAttribute("data-results") || "";
    box.hidden = false;
    var loading = null;
    var generation = 0;
    var timer = null;

    function load() {
      if (!loading) {
        loading = import(url).then(function (pagefind) {
          return Promise.resolve(pagefind.options ? pagefind.options({ excerptLength: 24 }) : null)
            .then(function () { return pagefind; });
        });
        loading.catch(function () { loading = null; });
      }
      return loading;
    }

    var keepClosed = false;
    function open(show) {
      panel.hidden = !show;
    }

    function say(message) { status.textContent = message; }

    function show(results, query) {
      list.textContent = "";
      if (!results.length) {
        say(noResults.replace("\uE000", query));
        return;
      }
      say(resultsLabel + " (" + results.length + ")");
      results.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = r.url;
        a.textContent = (r.meta && r.meta.title) || r.url;
        li.appendChild(a);
        if (r.excerpt) {
          var p = document.createElement("p");
          p.className = "search-excerpt";
          /* Pagefind's excerpt: the page's own text, escaped, with <mark> around matches. */
          p.innerHTML = r.excerpt;
          li.appendChild(p);
        }
        list.appendChild(li);
      });
    }

    function run() {
      var query = input.value.trim();
      var mine = ++generation;
      if (!query) {
        list.textContent = "";
        say("");
        open(false);
        return;
      }
      open(true);
      say(box.getAttribute("data-loading") || "");
      load().then(function (pagefind) {
        return pagefind.search(query);
      }).then(function (search) {
        if (mine !== generation) { return null; }
        var top = (search && search.results ? search.results : []).slice(0, 10);
        return Promise.all(top.map(function (r) { return r.data(); }));
      }).then(function (results) {
        if (results && mine === generation) { show(results, query); }
      }, function () {
        if (mine === generation) {
          list.textContent = "";
          say(box.getAttribute("data-unavailable") || "");
        }
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    input.addEventListener("focus", function () {
      load();
      if (!keepClosed && input.value.trim() && list.children.length) { open(true); }
      keepClosed = false;
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) {
        event.preventDefault();
        open(false);
        keepClosed = document.activeElement !== input;
        input.focus();
      } else if (event.key === "ArrowDown" && event.target === input && !panel.hidden) {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    document.addEventListener("click", function (event) {
      if (!panel.hidden && !box.contains(event.target)) { open(false); }
    });
  }

  function init() {
    setupToc();
    setupMenu();
    setupSwitcher();
    setupTabs();
    setupCode();
    setupSearch();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
