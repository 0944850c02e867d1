#!/usr/bin/env node
// End-to-end test of the translation parity dashboard written by
// `docloc parity --format html --out DIR` (or `docloc::parity::dashboard_files`), in a
// real browser (Debian's Chromium, driven by playwright-core).
//
// Usage: node parity.mjs <dashboard-dir>    (a dashboard of ../shared/corpus)
//
// The folder is served over HTTP on 127.0.0.1 under /_parity/, where the site build
// publishes it. Checked: the matrix lists every article with one cell per locale; the
// filters (status in a locale, folder, text) show exactly the matching rows; without
// JavaScript every row shows and the filter bar stays hidden; links lead to the locale
// and article pages, which show cohorts, outdated sections and their stylesheet; no
// console errors, uncaught exceptions or failed requests.
//
// Environment: DOCLOC_CHROMIUM overrides the browser binary (default /usr/bin/chromium).
// Exit status: 0 when every check passes, 1 when one fails, 2 on a usage or setup error.

import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-dev-shm-usage",
  "--no-first-run",
];
const PREFIX = "/_parity/";
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8" };

function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/favicon.ico") {
      // Browsers ask for it on their own; the dashboard has none.
      res.writeHead(204);
      return res.end();
    }
    if (!url.pathname.startsWith(PREFIX)) {
      res.writeHead(404);
      return res.end();
    }
    const rel = decodeURIComponent(url.pathname.slice(PREFIX.length)) || "index.html";
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) {
      res.writeHead(400);
      return res.end();
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** A page that records console errors, page errors and failed requests. */
async function watched(context, problems) {
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  return page;
}

async function visibleRows(page) {
  return page.$$eval("#matrix tbody tr", (rows) => rows.filter((r) => !r.hidden).map((r) => r.dataset.id));
}

async function main() {
  const root = process.argv[2];
  if (!root || !fs.existsSync(path.join(root, "index.html"))) {
    console.error("usage: node parity.mjs <dashboard-dir> (with index.html)");
    process.exit(2);
  }
  const executablePath = process.env.DOCLOC_CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    console.error(`browser not found at ${executablePath} (apt-get install chromium)`);
    process.exit(2);
  }
  const { server, origin } = await serve(root);
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  const problems = [];
  try {
    const context = await browser.newContext();
    const page = await watched(context, problems);
    await page.goto(`${origin}${PREFIX}index.html`);
    const all = await visibleRows(page);
    assert.equal(all.length, 388, "every article of the corpus has a row");
    assert.equal(await page.$$eval("#matrix thead th", (t) => t.length), 2 + 5, "article, words and five locales");
    assert.equal(await page.isVisible("#filters"), true, "the script shows the filter bar");
    const css = await page.$eval("td.s.stale", (td) => getComputedStyle(td).backgroundColor);
    assert.notEqual(css, "rgba(0, 0, 0, 0)", "the stylesheet colours stale cells");

    // Status in a locale: exactly the rows whose zh-tw cell is stale.
    const staleZhTw = await page.$$eval("#matrix tbody tr", (rows) =>
      rows.filter((r) => r.querySelector('td[data-locale="zh-tw"][data-status="stale"]')).length,
    );
    await page.selectOption("#f-status", "stale");
    await page.selectOption("#f-locale", "zh-tw");
    assert.equal((await visibleRows(page)).length, staleZhTw);
    assert.match(await page.textContent("#f-count"), new RegExp(`^${staleZhTw} shown$`));
    await page.selectOption("#f-status", "orphan");
    assert.equal((await visibleRows(page)).length, 15, "zh-tw has 15 orphans");
    await page.selectOption("#f-status", "");
    await page.selectOption("#f-locale", "");
    await page.selectOption("#f-folder", "partner-center/announcements");
    const ann = await visibleRows(page);
    assert.ok(ann.length > 10 && ann.every((id) => id.startsWith("partner-center/announcements/")), "folder filter");
    await page.selectOption("#f-folder", "");
    await page.fill("#f-text", "csp-overview");
    assert.deepEqual(await visibleRows(page), ["partner-center/csp-overview"]);
    await page.fill("#f-text", "");
    assert.equal((await visibleRows(page)).length, 388);

    // To an article page and a locale page.
    await page.click('#matrix tr[data-id="partner-center/overview"] td.s[data-locale="zh-tw"] a');
    assert.match(page.url(), /\/_parity\/article\/partner-center\/overview\.html$/);
    assert.match(await page.textContent("#cohorts + table"), /v1 of 4/);
    assert.match(await page.textContent("#zh-tw"), /manage-customer-software-needs/);
    assert.ok(await page.$('#locales + table a[href="/zh-tw/partner-center/overview/"]'), "links use the site's URLs");
    await page.click("nav a");
    assert.match(page.url(), /\/_parity\/index\.html$/);
    await page.click('#summary a[href="locale/ru-ru.html"]');
    assert.match(await page.textContent("h1"), /ru-ru/);
    assert.ok((await page.$$("#stale + table tbody tr")).length > 100, "ru-ru lists its stale articles");

    // Without JavaScript: everything shows, the filter bar stays hidden.
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await watched(nojs, problems);
    await plain.goto(`${origin}${PREFIX}index.html`);
    assert.equal((await visibleRows(plain)).length, 388);
    assert.equal(await plain.isVisible("#filters"), false);
    await plain.goto(`${origin}${PREFIX}article/partner-center/agreements.html`);
    assert.match(await plain.textContent("body"), /Versions/);

    assert.deepEqual(problems, [], "no console errors or failed requests");
    console.log("parity dashboard: all checks passed");
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
