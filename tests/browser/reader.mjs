// The reader's site in a real browser: search in the page's locale, the 404 pages,
// previous/next links, code blocks' copy button and language label, the layout fixes
// (CJK line height, code size, the narrow-screen article header, the menu backdrop,
// tab labels without scripts), pages of locales the corpus does not have (ja-jp and the
// right-to-left ar-sa), and axe-core on an article, a 404 page and the search results.
//
// Imported by site.mjs, which runs the named checks; pages, the server, axe-core and
// screenshots (target/browser-screenshots/) come from harness.mjs.

import assert from "node:assert/strict";
import { axe, screenshot } from "./harness.mjs";

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 800 };

// Each check takes the suite's `env` (site.mjs): `origin`, `browser`, the `js` and
// `noJs` contexts, and `site` (harness.site: openPage, visit, status on that origin).

/** Types `query` into the search box and waits for its results; returns their URLs. */
async function search(page, query) {
  const input = page.locator("#site-search-input");
  assert.ok(await input.isVisible(), "the search box is shown");
  const loading = await page.locator(".site-search").getAttribute("data-loading");
  // The status is emptied first, so an earlier query's results cannot pass for this one's.
  await page.evaluate(() => {
    document.querySelector(".search-status").textContent = "";
  });
  await input.fill(query);
  await page.waitForFunction((l) => {
    const t = document.querySelector(".search-status")?.textContent ?? "";
    return t !== "" && t !== l;
  }, loading);
  return page.locator(".search-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
}

export async function searchCheck(env, spec) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, spec.page);
  const locale = spec.page.split("/")[1];
  const label = await page.locator("label[for=site-search-input]").textContent();
  assert.equal(label, spec.label, "the search box is labelled in the page's language");
  const found = await search(page, spec.query);
  assert.ok(found.length > 0, `results for ${spec.query}`);
  for (const u of found) assert.ok(u.startsWith(`/${locale}/`), `${u}: results stay in ${locale}`);
  const top = found.slice(0, spec.within);
  for (const want of spec.expect) assert.ok(top.includes(want), `${want} among the first ${spec.within}: ${top.join(", ")}`);
  // Fallback copies are another locale's content: not the locale's to find.
  for (const copy of spec.absent ?? []) assert.ok(!found.includes(copy), `${copy} (a fallback copy) is not a result: ${found}`);
  for (const u of found) {
    // Only the locale's own pages are indexed: every result is a real translation.
    assert.equal(await env.site.status(u), 200, u);
  }
  const status = await page.locator(".search-status").textContent();
  assert.ok(status.startsWith(spec.resultsLabel), `status "${status}" in the page's language`);
  if (spec.substring) {
    const part = await search(page, spec.substring.query);
    assert.ok(part.includes(spec.substring.expect), `${spec.substring.query} (inside a word) finds ${spec.substring.expect}: ${part}`);
  }
  if (spec.screenshot) await screenshot(page, spec.screenshot);
  if (spec.axe) await axe(page, `the search results on ${spec.page}`);
  // Keyboard: ArrowDown reaches the first result, Escape closes the list.
  await page.locator("#site-search-input").focus();
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement?.closest(".search-list") !== null), true, "ArrowDown focuses a result");
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#site-search-results").isVisible(), false, "Escape closes the results");
  if (spec.none) {
    assert.deepEqual(await search(page, spec.none.query), []);
    const text = await page.locator(".search-status").textContent();
    assert.equal(text, spec.none.text, "the no-results sentence, in the page's language, with the query");
    assert.equal(await page.locator(".search-list li").count(), 0);
  }
  page.clean();
  await page.close();
}

export async function notFoundCheck(env, spec) {
  for (const { url, lang, title, home } of spec.pages) {
    const page = await env.site.openPage(env.js);
    await env.site.visit(page, url);
    assert.equal(await page.locator("html").getAttribute("lang"), lang, `${url} lang`);
    assert.equal((await page.locator("main h1").textContent()).trim(), title, `${url} title in its language`);
    assert.equal(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex");
    assert.ok(await page.locator("#site-search-input").isVisible(), "the search box is on the 404 page");
    const link = page.locator("main a.button");
    assert.equal(await link.getAttribute("href"), home, "a link home");
    assert.equal(await env.site.status(home), 200, `${home} exists`);
    if (spec.axe === url) await axe(page, url);
    if (spec.screenshot && url === spec.pages[0].url) await screenshot(page, spec.screenshot);
    page.clean();
    await page.close();
  }
  // A missing URL is answered with the root 404 page, its assets served from the root.
  const page = await env.js.newPage();
  const failed = [];
  page.on("response", (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== "document") failed.push(`${r.status()} ${r.url()}`);
  });
  const res = await page.goto(env.origin + spec.missing, { waitUntil: "load" });
  assert.equal(res.status(), 404, `${spec.missing} is a 404`);
  assert.equal((await page.locator("main h1").textContent()).trim(), spec.pages.find((p) => p.url === "/404.html").title);
  assert.deepEqual(failed, [], "the 404 page's styles, script and icon load from any address");
  assert.ok((await page.locator(".locale-list a").count()) >= 2, "the root 404 page lists every locale");
  await page.close();
}

export async function prevNextCheck(env, start) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, start);
  const nav = page.locator("nav.prev-next");
  assert.equal(await nav.count(), 1, "previous/next at the end of the article");
  const next = nav.locator("a[rel=next]");
  const nextName = (await next.locator(".prev-next-name").textContent()).trim();
  const nextUrl = await next.getAttribute("href");
  // The sidebar lists the next page right after this one (TOC order).
  const order = await page.evaluate(() => {
    const seen = [];
    for (const a of document.querySelectorAll("#sidebar a[href]")) {
      const href = a.getAttribute("href");
      if (!seen.includes(href)) seen.push(href);
    }
    return seen;
  });
  const here = order.indexOf(start);
  assert.ok(here >= 0, `${start} is in the TOC`);
  assert.equal(order[here + 1], nextUrl, "next is the following TOC entry");
  assert.ok(nextName.length > 0);
  await Promise.all([page.waitForURL(env.origin + nextUrl, { waitUntil: "load" }), next.click()]);
  const prev = page.locator("nav.prev-next a[rel=prev]");
  assert.equal(await prev.getAttribute("href"), start, "and its previous link leads back");
  page.clean();
  await page.close();
}

export async function codeCheck(env, spec) {
  const context = await env.browser.newContext({ viewport: WIDE });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.origin });
  try {
    const page = await env.site.openPage(context);
    await env.site.visit(page, spec.page);
    const block = page.locator(".code-block").first();
    assert.ok(await block.isVisible(), "code blocks get a header");
    const label = (await block.locator(".code-language").textContent()).trim();
    assert.equal(label, `${spec.hiddenLabel}: ${spec.language}`, "language label from the fence, hidden prefix from Fluent");
    const button = block.locator("button.code-copy");
    assert.equal((await button.textContent()).trim(), spec.copy, "copy button text from Fluent");
    // By keyboard: focus the button, press Enter.
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((t) => document.querySelector(".code-copy")?.textContent.trim() === t, spec.copied);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const code = await block.locator("pre code").textContent();
    assert.equal(copied, code, "the block's code is on the clipboard");
    page.clean();
    await page.close();
  } finally {
    await context.close();
  }
}

/** Computed metrics of the first code block and the body text on a page. */
function metrics(page) {
  return page.evaluate(() => {
    const code = document.querySelector("main pre code");
    const pre = code?.parentElement;
    const p = document.querySelector("main .content p");
    const cs = (e) => (e ? getComputedStyle(e) : null);
    return {
      codeLine: cs(code)?.lineHeight,
      preLine: cs(pre)?.lineHeight,
      codeSize: cs(code)?.fontSize,
      preSize: cs(pre)?.fontSize,
      textLine: cs(p)?.lineHeight,
      textSize: cs(p)?.fontSize,
    };
  });
}

export async function layoutCheck(env, spec) {
  // Code keeps one line height and one size in every language; Han text gets more leading.
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, spec.cjk);
  const zh = await metrics(page);
  await env.site.visit(page, spec.other);
  const ru = await metrics(page);
  assert.equal(zh.codeLine, ru.codeLine, `code line height zh ${zh.codeLine} vs ru ${ru.codeLine}`);
  assert.equal(zh.codeSize, zh.preSize, "code in a block is not shrunk twice");
  assert.equal(ru.codeSize, ru.preSize);
  assert.ok(parseFloat(zh.codeSize) >= 14, `code is readable: ${zh.codeSize}`);
  assert.ok(parseFloat(zh.textLine) / parseFloat(zh.textSize) > parseFloat(ru.textLine) / parseFloat(ru.textSize), "zh text has more leading");
  page.clean();
  await page.close();

  // Narrow screen: "In this article" under the title; the menu has a backdrop that closes it.
  const narrow = await env.browser.newContext({ viewport: NARROW });
  try {
    const p = await env.site.openPage(narrow);
    await env.site.visit(p, spec.article);
    const box = await p.evaluate(() => {
      const h1 = document.querySelector("main h1").getBoundingClientRect();
      const toc = document.querySelector(".in-this-article").getBoundingClientRect();
      return { h1Bottom: h1.bottom, tocTop: toc.top };
    });
    assert.ok(box.tocTop >= box.h1Bottom, `"In this article" below the title: ${JSON.stringify(box)}`);
    await p.locator(".menu-toggle").click();
    const backdrop = p.locator(".sidebar-backdrop");
    assert.ok(await backdrop.isVisible(), "a backdrop behind the open menu");
    if (spec.menuShot) await screenshot(p, spec.menuShot);
    // A tap outside the menu, on the backdrop.
    await p.mouse.click(NARROW.width - 10, 400);
    assert.equal(await p.locator("#sidebar").isVisible(), false, "a tap outside closes the menu");
    assert.equal(await backdrop.isVisible(), false);
    assert.equal(await p.locator(".menu-toggle").getAttribute("aria-expanded"), "false");
    p.clean();
  } finally {
    await narrow.close();
  }

  // Without scripts every tab panel shows under its own tab's label.
  const plain = await env.site.openPage(env.noJs);
  await env.site.visit(plain, spec.tabs);
  const groups = await plain.evaluate(() =>
    [...document.querySelectorAll(".tabs")].map((g) =>
      [...g.querySelectorAll("[role=tabpanel]")].map((panel) => {
        const tab = document.getElementById(panel.getAttribute("aria-labelledby"));
        const t = tab.getBoundingClientRect();
        const r = panel.getBoundingClientRect();
        return { label: tab.textContent.trim(), tabBottom: t.bottom, tabTop: t.top, panelTop: r.top, panelBottom: r.bottom, shown: t.height > 0 };
      }),
    ),
  );
  assert.ok(groups.length > 0, "the page has tab groups");
  for (const panels of groups) {
    panels.forEach((p, i) => {
      assert.ok(p.shown, `tab ${p.label} is shown`);
      assert.ok(p.tabBottom <= p.panelTop + 1, `the label ${p.label} sits right above its panel`);
      if (i > 0) assert.ok(panels[i - 1].panelBottom <= p.tabTop + 1, `${p.label} comes after the previous panel`);
    });
  }
  await plain.locator(".tabs").first().scrollIntoViewIfNeeded();
  if (spec.tabsShot) await screenshot(plain, spec.tabsShot);
  plain.clean();
  await plain.close();
}

export async function articleCheck(env, spec) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, spec.page);
  assert.equal(await page.locator('link[rel="icon"]').getAttribute("href"), "/_docloc/favicon.svg");
  assert.equal(await env.site.status("/_docloc/favicon.svg"), 200, "the favicon is served");
  if (spec.mt) assert.equal((await page.locator(".mt-notice").textContent()).trim(), spec.mt, "machine-translation notice");
  if (spec.screenshot) await screenshot(page, spec.screenshot);
  await axe(page, spec.page);
  page.clean();
  await page.close();
}

/** A page of a locale the corpus does not have: chrome, notices, date and names in its language. */
export async function localeCheck(env, spec) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, spec.page);
  const state = await page.evaluate(() => {
    const side = document.getElementById("sidebar").getBoundingClientRect();
    const main = document.getElementById("main").getBoundingClientRect();
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.body).direction,
      sidebarRight: side.left > main.left,
      skip: document.querySelector(".skip-link").textContent.trim(),
      inThis: document.querySelector(".in-this-article-title")?.textContent.trim() ?? null,
      date: document.querySelector(".article-date")?.textContent.trim() ?? null,
      notice: document.querySelector(".fallback-notice p")?.textContent.trim() ?? null,
      names: [...document.querySelectorAll(".lang-switcher nav a[hreflang]")].map((a) => a.textContent.trim()),
      // Each name in its own direction, whatever the page's.
      nameDirs: [...document.querySelectorAll(".lang-switcher nav a[hreflang]")].map(
        (a) => `${a.textContent.trim()}:${getComputedStyle(a).direction}`,
      ),
      content: (() => {
        const a = document.querySelector("article.article");
        const text = a.querySelector(".content");
        const meta = document.querySelector(".article-meta");
        const link = document.querySelector(".fallback-notice a[hreflang]");
        const rail = a.querySelector(".in-this-article").getBoundingClientRect();
        return {
          lang: a.getAttribute("lang"),
          title: getComputedStyle(a.querySelector("h1")).direction,
          direction: getComputedStyle(text).direction,
          textAlign: getComputedStyle(text.querySelector("p")).textAlign,
          metaDirection: getComputedStyle(meta).direction,
          noticeLink: link ? getComputedStyle(link).direction : null,
          // The layout is the reader's: the rail sits on the side the page reads from last.
          railLeft: rail.left < text.getBoundingClientRect().left,
        };
      })(),
      search: document.querySelector("label[for=site-search-input]").textContent.trim(),
    };
  });
  assert.equal(state.lang, spec.lang);
  assert.equal(state.dir, spec.dir);
  assert.equal(state.direction, spec.dir, "computed direction");
  assert.equal(state.sidebarRight, spec.dir === "rtl", `sidebar on the ${spec.dir === "rtl" ? "right" : "left"}`);
  assert.equal(state.skip, spec.skip);
  assert.equal(state.search, spec.search);
  if (spec.inThis) assert.equal(state.inThis, spec.inThis);
  assert.ok(state.date && state.date.startsWith(spec.datePrefix), `date line "${state.date}"`);
  assert.ok(spec.dateHas.test(state.date), `date "${state.date}" formatted for ${spec.lang}`);
  if (spec.notice) assert.ok(state.notice && state.notice.startsWith(spec.notice), `fallback notice "${state.notice}"`);
  else assert.equal(state.notice, null);
  assert.deepEqual(state.names.sort(), [...spec.names].sort(), "switcher names in their own languages");
  assert.deepEqual(state.nameDirs.sort(), [...spec.nameDirs].sort(), "switcher names in their own directions");
  assert.deepEqual(state.content, spec.content, "the content's language and direction, the reader's chrome inside it");
  if (spec.screenshot) await screenshot(page, spec.screenshot);
  if (spec.axe) await axe(page, spec.page);
  page.clean();
  await page.close();
}
