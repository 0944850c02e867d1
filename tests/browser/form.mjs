#!/usr/bin/env node
// The CPOR claim form in a real browser (Debian's Chromium, driven by playwright-core).
//
// Usage: node form.mjs --dir <folder> [--locales zh-tw,ru-ru] [--page <path>]
//        node form.mjs <page-url>...        (or DOCLOC_FORM_URLS="<url> <url>")
//
// With --dir the folder is served over HTTP on 127.0.0.1 and its `<locale>/`
// pages are tested (every subfolder holding an index.html unless --locales says
// otherwise): the layout `cargo run --example form_preview -- --out <folder> …`
// writes. With --page, `<locale>/<path>` pages are tested instead: the article that
// holds the form in a site `docloc build` wrote (`--page partner-center/submit-osa-claim/`,
// every locale folder that has it). With URLs nothing is served: each page (a preview or a built article
// holding the form) is tested where it is.
//
// On every page: the form works without scripts (every field, the checklist and the
// conditional section readable, the script-only buttons hidden), axe-core finds no
// WCAG 2.1 A/AA violation (untouched, with errors, with the conditional section
// open), messages are those of the page's own locale, no request leaves the page's
// origin and a screenshot lands in target/browser-screenshots/ (DOCLOC_SCREENSHOTS
// overrides). On the zh-tw page, in addition: an invalid tenant ID shows the zh-TW
// message and aria-invalid; an empty submit focuses the error summary, which links
// to the first field; Business Applications makes the technical contact required;
// revenue association reveals its three fields; the draft survives a reload and is
// offered back; the JSON download holds exactly the values that apply; the print
// view shows the claim; Clear removes the draft; the radios work by keyboard.
//
// Environment: DOCLOC_CHROMIUM overrides the browser (default /usr/bin/chromium).
// Exit status: 0 when every check passes, 1 when one fails, 2 on a usage or setup error.

import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SCREENSHOTS = process.env.DOCLOC_SCREENSHOTS || path.resolve(HERE, "../../target/browser-screenshots");
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];
const DEADLINE_MS = 5 * 60 * 1000;
const VIEWPORT = { width: 1100, height: 900 };
const FORM = "cpor-claim";
const KEY = (locale) => `docloc:${FORM}:v1:${locale}`;
// Expected wording, written out here so the page cannot agree with itself.
const ZH_TW = {
  tenantFormat: "請以正確格式輸入目錄（租用戶）識別碼，例如 6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f",
  mpnRequired: "請輸入您的 MPN 識別碼",
  technicalNameRequired: "請輸入客戶技術連絡人的姓名",
  errorPrefix: "錯誤：",
  optional: "（選填）",
};
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

function usage(message) {
  console.error(`${message}\nusage: node form.mjs --dir <folder> [--locales a,b] | node form.mjs <url>...`);
  process.exit(2);
}

function parseArgs(argv) {
  let dir = null;
  let locales = null;
  let page = "";
  const urls = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dir") dir = argv[++i];
    else if (a === "--page") page = (argv[++i] || "").replace(/^\/+/, "");
    else if (a === "--locales") locales = (argv[++i] || "").split(",").filter(Boolean);
    else if (/^https?:\/\//.test(a)) urls.push(a);
    else usage(`unexpected argument ${a}`);
  }
  if (!dir && urls.length === 0 && process.env.DOCLOC_FORM_URLS) urls.push(...process.env.DOCLOC_FORM_URLS.split(/\s+/).filter(Boolean));
  if (!dir && urls.length === 0) usage("give --dir or page URLs");
  if (dir && urls.length) usage("give --dir or URLs, not both");
  if (dir) {
    dir = path.resolve(dir);
    if (!fs.existsSync(dir)) usage(`${dir} does not exist`);
    locales ??= fs
      .readdirSync(dir)
      .filter((d) => fs.existsSync(path.join(dir, d, page, "index.html")))
      .sort();
    if (locales.length === 0) usage(`${dir} has no <locale>/${page}index.html`);
  }
  return { dir, locales, urls, page };
}

/** Serves `root` on 127.0.0.1 (GET only; folders serve index.html). */
async function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(400).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(url.pathname === "/favicon.ico" ? 204 : 404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---------------------------------------------------------------------------
// Harness

const results = { passed: 0, failed: [] };

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.passed++;
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.failed.push(name);
    const text = String(err && err.stack ? err.stack : err)
      .split("\n")
      .filter((l) => !l.includes("node_modules"))
      .join("\n    ");
    console.log(`not ok - ${name}\n    ${text}`);
  }
}

/**
 * A fresh context and page for `url` that records every request leaving the page's
 * origin (and aborts it), console errors and uncaught exceptions; `clean()` asserts
 * there was none.
 */
async function open(env, url, options = {}) {
  const context = await env.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const origin = new URL(url).origin;
  const problems = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin + "/") || u.startsWith("blob:") || u.startsWith("data:")) return route.continue();
    problems.push(`request leaving the page: ${u}`);
    return route.abort("blockedbyclient");
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on("requestfailed", (req) => {
    if (req.url().startsWith(origin + "/")) problems.push(`request failed: ${req.url()}`);
  });
  const response = await page.goto(url, { waitUntil: "load" });
  assert.equal(response?.status(), 200, `status of ${url}`);
  page.clean = () => assert.deepEqual(problems, [], `problems on ${url}`);
  page.done = async () => {
    page.clean();
    await context.close();
  };
  return page;
}

const $ = (id) => `#${FORM}-${id}`;

/** The page's form config (rendered from Fluent). */
function config(page) {
  return page.evaluate(() => JSON.parse(document.querySelector(".docloc-form__config").textContent));
}

/** The visible text of a field's error message, without its hidden "Error:" prefix. */
function errorText(page, field) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el || el.hidden) return null;
    const copy = el.cloneNode(true);
    copy.querySelectorAll(".docloc-visually-hidden").forEach((s) => s.remove());
    return copy.textContent.trim();
  }, `${FORM}-${field}-error`);
}

async function axe(page, state) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes.map((n) => n.target.join(" ")).join("\n      ")}`,
  );
  assert.deepEqual(violations, [], `axe-core violations (${state})`);
  assert.ok(result.passes.length > 10, `axe-core ran its rules (${state})`);
}

async function fill(page, values) {
  for (const [id, v] of Object.entries(values)) await page.fill($(id), v);
}

// ---------------------------------------------------------------------------
// Checks on every page

async function withoutScripts(env, url) {
  const page = await open(env, url, { javaScriptEnabled: false });
  const c = await config(page);
  for (const f of c.fields) {
    const n = await page.locator(`[name="${f.id}"]`).count();
    assert.ok(n >= 1, `field ${f.id} is in the page`);
    assert.ok(await page.locator(`[name="${f.id}"]`).first().isVisible(), `field ${f.id} is visible without scripts`);
  }
  assert.equal(await page.locator(".docloc-form__item").count(), c.items.length, "the checklist lists every item");
  assert.ok(await page.locator(".docloc-form__when").first().isVisible(), "conditional sections say when they apply");
  assert.equal(await page.locator(".docloc-form__actions").isVisible(), false, "script-only buttons are hidden");
  assert.ok(await page.locator("noscript p, .docloc-form__note").first().isVisible(), "the note about scripts shows");
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator($("form")).isVisible(), "the blank form prints");
  await page.done();
}

async function everyPage(env, url) {
  const page = await open(env, url);
  const c = await config(page);
  assert.ok(c.locale, "config names the locale");
  // Messages are the page's own: an empty submit lists the config's messages.
  await page.click(`${$("form")} button[type="submit"]`);
  const first = c.fields[0];
  assert.equal(await errorText(page, first.id), first.messages.required, "inline error is the locale's message");
  assert.equal(await page.locator(`${$("error-summary")} a`).first().textContent(), first.messages.required);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `form-${c.locale}-errors.png`), fullPage: true });
  await axe(page, `${c.locale} with errors`);
  await page.reload({ waitUntil: "load" });
  await axe(page, `${c.locale} untouched`);
  await page.check(`${$("solution_area")}-2`);
  await page.check(`${$("claim_type")}-3`);
  await axe(page, `${c.locale} conditional section open`);
  await page.screenshot({ path: path.join(SCREENSHOTS, `form-${c.locale}.png`), fullPage: true });
  await page.done();
}

// ---------------------------------------------------------------------------
// The zh-tw scenario

async function invalidTenant(env, url) {
  const page = await open(env, url);
  const title = await page.title();
  await page.fill($("tenant_id"), "not-a-guid");
  await page.locator($("tenant_id")).blur();
  assert.equal(await errorText(page, "tenant_id"), ZH_TW.tenantFormat);
  const input = page.locator($("tenant_id"));
  assert.equal(await input.getAttribute("aria-invalid"), "true");
  assert.match(await input.getAttribute("aria-describedby"), new RegExp(`\\b${FORM}-tenant_id-error\\b`));
  assert.equal(await page.locator(`${$("tenant_id")}-error .docloc-visually-hidden`).textContent(), ZH_TW.errorPrefix);
  assert.equal(await page.title(), ZH_TW.errorPrefix + title, "the title says there is an error");
  // Fixed: the error, aria-invalid and the title prefix go away.
  await page.fill($("tenant_id"), "6B2A4E1C-93D2-4C5E-8F10-2D7B9A3C4E5F");
  await input.blur();
  assert.equal(await errorText(page, "tenant_id"), null);
  assert.equal(await input.getAttribute("aria-invalid"), null);
  assert.equal(await page.title(), title);
  await page.done();
}

async function emptySubmit(env, url) {
  const page = await open(env, url);
  await page.click(`${$("form")} button[type="submit"]`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), `${FORM}-error-summary`, "the summary has focus");
  const links = page.locator(`${$("error-summary")} a`);
  assert.equal(await links.first().getAttribute("href"), `#${FORM}-mpn_id`, "it links to the first field");
  assert.equal(await links.first().textContent(), ZH_TW.mpnRequired);
  assert.equal(await errorText(page, "mpn_id"), ZH_TW.mpnRequired, "same words beside the field");
  assert.ok((await page.title()).startsWith(ZH_TW.errorPrefix));
  // Radios link to their first option; every listed error is shown beside its field.
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes(`#${FORM}-solution_area`), `${hrefs}`);
  assert.equal(hrefs.length, await page.locator(".docloc-form__group--error").count());
  await links.first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), `${FORM}-mpn_id`, "the link moves focus to the field");
  await page.done();
}

async function technicalContact(env, url) {
  const page = await open(env, url);
  const marker = page.locator(`${$("technical_contact_name")}-group .docloc-form__optional`);
  assert.equal((await marker.textContent()).trim(), ZH_TW.optional);
  assert.ok(await marker.isVisible(), "optional before Business Applications");
  await page.check(`${$("solution_area")}-2`);
  assert.equal(await marker.isVisible(), false, "no longer optional");
  assert.equal(await page.locator($("technical_contact_name")).getAttribute("aria-required"), "true");
  await page.click(`${$("form")} button[type="submit"]`);
  assert.equal(await errorText(page, "technical_contact_name"), ZH_TW.technicalNameRequired);
  // Back to Microsoft 365: optional again, its errors gone.
  await page.check($("solution_area"));
  assert.ok(await marker.isVisible());
  assert.equal(await errorText(page, "technical_contact_name"), null);
  await page.done();
}

async function revenueAssociation(env, url) {
  const page = await open(env, url);
  const section = page.locator(`${$("claim_type")}-revenue-association-conditional`);
  const radio = page.locator(`${$("claim_type")}-3`);
  assert.equal(await radio.getAttribute("aria-controls"), `${FORM}-claim_type-revenue-association-conditional`);
  assert.equal(await section.isVisible(), false, "hidden until chosen");
  await radio.check();
  for (const id of ["dynamics_seller_name", "customer_name", "isv_solution_name"]) {
    assert.ok(await page.locator($(id)).isVisible(), `${id} revealed`);
  }
  // Without Business Applications, revenue association is an error.
  await page.check($("solution_area"));
  await page.click(`${$("form")} button[type="submit"]`);
  const c = await config(page);
  const option = c.fields.find((f) => f.id === "claim_type").options.find((o) => o.value === "revenue-association");
  assert.equal(await errorText(page, "claim_type"), option.error);
  assert.equal(await errorText(page, "dynamics_seller_name"), c.fields.find((f) => f.id === "dynamics_seller_name").messages.required);
  await page.check(`${$("claim_type")}-2`);
  assert.equal(await section.isVisible(), false, "hidden again");
  assert.equal(await errorText(page, "dynamics_seller_name"), null, "no error for a field that does not apply");
  await page.done();
}

const CLAIM = {
  mpn_id: "1234567",
  customer_domain: "contoso.onmicrosoft.com",
  tenant_id: "6b2a4e1c-93d2-4c5e-8f10-2d7b9a3c4e5f",
  customer_contact_name: "林美玲",
  customer_contact_title: "IT 經理",
  customer_contact_email: "meiling@contoso.com",
  technical_contact_name: "王大明",
  technical_contact_title: "系統管理員",
  technical_contact_email: "daming@contoso.com",
  partner_contact_name: "陳小華",
  partner_contact_email: "xiaohua@fabrikam.com",
  claim_name: "Contoso Dynamics 2024",
  products: "Dynamics 365 Sales\nDynamics 365 Customer Service",
  proof_of_execution: "由客戶簽署的工作說明書",
};

async function draftAndDownload(env, url) {
  const page = await open(env, url);
  const c = await config(page);
  assert.equal(c.storageKey, KEY("zh-tw"));
  await fill(page, CLAIM);
  await page.check(`${$("solution_area")}-2`);
  await page.check(`${$("claim_type")}-3`);
  await fill(page, { dynamics_seller_name: "Fabrikam", customer_name: "Contoso", isv_solution_name: "Contoso ERP" });
  // Usage after all: the revenue association answers no longer apply.
  await page.check(`${$("claim_type")}-2`);
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY("zh-tw")));
  assert.equal(saved.fields.dynamics_seller_name, "Fabrikam", "the draft keeps what was typed");

  await page.reload({ waitUntil: "load" });
  const banner = page.locator($("draft"));
  assert.ok(await banner.isVisible(), "the draft is offered back");
  assert.equal(await page.inputValue($("mpn_id")), "", "not restored unasked");
  await banner.locator('button[data-action="restore"]').click();
  assert.equal(await banner.isVisible(), false);
  assert.equal(await page.inputValue($("customer_contact_name")), CLAIM.customer_contact_name);
  assert.equal(await page.inputValue($("products")), CLAIM.products);
  assert.ok(await page.isChecked(`${$("claim_type")}-2`));

  await page.click(`${$("form")} button[type="submit"]`);
  assert.equal(await page.locator($("error-summary")).isVisible(), false, "the complete claim has no errors");
  assert.ok((await page.locator($("success")).textContent()).length > 0);
  const statuses = await page.locator(".docloc-form__item").evaluateAll((lis) => lis.map((li) => li.dataset.status));
  assert.deepEqual(statuses, [...Array(11).fill("complete"), "not-needed"]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-action="download"]')]);
  assert.equal(download.suggestedFilename(), "cpor-claim-zh-tw.json");
  const json = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  const expected = {
    form: "cpor-claim",
    version: 1,
    locale: "zh-tw",
    fields: { ...CLAIM, solution_area: "business-applications", claim_type: "usage" },
  };
  assert.deepEqual(json, expected);
  assert.deepEqual(Object.keys(json), ["form", "version", "locale", "fields"]);

  // Print: the claim, not the form.
  await page.evaluate(() => {
    window.print = () => {
      window.printed = true;
    };
  });
  await page.click('button[data-action="print"]');
  assert.ok(await page.evaluate(() => window.printed));
  await page.emulateMedia({ media: "print" });
  const print = page.locator($("print"));
  assert.ok(await print.isVisible(), "the print view shows");
  assert.equal(await page.locator($("form")).isVisible(), false);
  const printed = await print.textContent();
  for (const v of [CLAIM.tenant_id, CLAIM.partner_contact_email, "Business Applications"]) assert.ok(printed.includes(v), v);
  assert.ok(!printed.includes("Fabrikam"), "answers that do not apply are not printed");
  await page.emulateMedia({ media: "screen" });

  await page.click('button[data-action="clear"]');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY("zh-tw")), null, "Clear removes the draft");
  assert.equal(await page.inputValue($("mpn_id")), "");
  await page.reload({ waitUntil: "load" });
  assert.equal(await page.locator($("draft")).isVisible(), false, "nothing is offered after Clear");
  await page.done();
}

async function keyboard(env, url) {
  const page = await open(env, url);
  await page.focus($("tenant_id"));
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), `${FORM}-solution_area`, "Tab reaches the radios");
  await page.keyboard.press("ArrowDown");
  assert.ok(await page.isChecked(`${$("solution_area")}-2`), "arrow keys choose");
  assert.equal(await page.locator($("technical_contact_name")).getAttribute("aria-required"), "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.ok(await page.locator($("dynamics_seller_name")).isVisible(), "the conditional section opens by keyboard");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.id), `${FORM}-dynamics_seller_name`, "focus goes into it");
  await page.done();
}

// ---------------------------------------------------------------------------

async function main() {
  const { dir, locales, urls, page } = parseArgs(process.argv.slice(2));
  setTimeout(() => {
    console.error(`# gave up after ${DEADLINE_MS / 1000} s`);
    process.exit(2);
  }, DEADLINE_MS).unref();
  const executablePath = process.env.DOCLOC_CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    console.error(`browser not found at ${executablePath} (apt-get install chromium)`);
    process.exit(2);
  }
  let server = null;
  let pages = urls;
  if (dir) {
    const served = await serve(dir);
    server = served.server;
    pages = locales.map((l) => `${served.origin}/${l}/${page}`);
  }
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  const env = { browser };
  console.log(`# ${pages.length} page(s), ${browser.version()}`);
  try {
    let zhTw = null;
    for (const url of pages) {
      const probe = await open(env, url);
      const locale = (await config(probe)).locale;
      await probe.done();
      if (locale === "zh-tw") zhTw = url;
      await check(`${locale}: readable and printable without scripts`, () => withoutScripts(env, url));
      await check(`${locale}: own messages, axe-core clean, screenshots`, () => everyPage(env, url));
    }
    if (zhTw) {
      await check("zh-tw: invalid tenant ID", () => invalidTenant(env, zhTw));
      await check("zh-tw: empty submit", () => emptySubmit(env, zhTw));
      await check("zh-tw: Business Applications needs the technical contact", () => technicalContact(env, zhTw));
      await check("zh-tw: revenue association reveals its fields", () => revenueAssociation(env, zhTw));
      await check("zh-tw: draft, download, print, clear", () => draftAndDownload(env, zhTw));
      await check("zh-tw: keyboard", () => keyboard(env, zhTw));
    } else {
      results.failed.push("no zh-tw page among the pages tested");
      console.log("not ok - no zh-tw page among the pages tested");
    }
  } finally {
    await browser.close();
    server?.close();
  }
  const total = results.passed + results.failed.length;
  console.log(`# ${results.passed}/${total} checks passed; screenshots in ${SCREENSHOTS}`);
  if (results.failed.length) {
    console.log(`# failed: ${results.failed.join("; ")}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(2);
});
