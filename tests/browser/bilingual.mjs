#!/usr/bin/env node
// Bilingual (sxs) pages in a real browser: each sentence's English source shows on
// hover, keyboard focus and tap, marked lang="en"; the page-level toggle shows the
// English instead of the translation and is remembered; the English is never in the
// headings' text, the "In this article" list or the title; axe-core finds no violation.
//
// Usage: node bilingual.mjs <site-dir>   (a build of ../shared/corpus-sxs)

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { checks, launch, openPage, screenshotDir, serve } from "./harness.mjs";

const PAGE = "/zh-cn/partner-center/submit-osa-claim/";
const root = path.resolve(process.argv[2] ?? "");
if (!fs.existsSync(path.join(root, "index.html"))) {
  console.error(`${root} has no index.html: not a built site\nusage: node bilingual.mjs <site-dir>`);
  process.exit(2);
}
const axeSource = fs.readFileSync(new URL("./node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const { server, origin } = await serve(root);
const browser = await launch();
const { check, finish } = checks();
const shots = screenshotDir();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await openPage(origin, context);
  await page.goto(origin + PAGE, { waitUntil: "load" });

  await check("no English in headings, the title or In this article", async () => {
    const h1 = await page.locator("h1").innerText();
    assert.ok(!/[A-Za-z]{4,}.*Customer associations/.test(h1) && !h1.includes("Customer associations"), h1);
    const toc = await page.locator(".in-this-article").innerText();
    assert.ok(!toc.includes("Create a customer association") && !toc.includes("Next steps"), toc);
    assert.ok(!(await page.title()).includes("Create a customer association"));
    const ids = await page.locator("h2[id]").evaluateAll((hs) => hs.map((h) => h.id));
    assert.ok(ids.includes("create-a-customer-association"), ids.join(","));
  });

  await check("hover shows a sentence's English source, marked lang=en", async () => {
    const sentence = page.locator(".content p .sxs").first();
    const source = page.locator(".content p .sxs + .sxs-source").first();
    assert.equal(await source.isVisible(), false, "hidden at first");
    await sentence.hover();
    assert.equal(await source.isVisible(), true, "shown on hover");
    assert.equal(await source.getAttribute("lang"), "en");
    assert.equal(await source.getAttribute("role"), "tooltip");
    const id = await source.getAttribute("id");
    assert.equal(await sentence.getAttribute("aria-describedby"), id);
    assert.match(await source.innerText(), /[A-Za-z]/);
    await page.mouse.move(0, 0);
  });

  await check("keyboard focus shows it too", async () => {
    await page.locator(".content p .sxs").nth(1).focus();
    assert.equal(await page.locator(".content p .sxs + .sxs-source").nth(1).isVisible(), true);
    await page.keyboard.press("Tab");
    assert.equal(await page.locator(".content p .sxs + .sxs-source").nth(1).isVisible(), false);
  });

  await check("the toggle switches the whole page and is remembered", async () => {
    const toggle = page.locator("[data-bilingual-toggle]");
    assert.equal(await toggle.isVisible(), true);
    const before = await toggle.innerText();
    await toggle.click();
    assert.notEqual(await toggle.innerText(), before, "the label says what the next click does");
    assert.equal(await page.locator(".content .sxs").first().isVisible(), false, "translation hidden");
    assert.equal(await page.locator(".content .sxs-source").first().isVisible(), true, "English shown");
    await page.screenshot({ path: path.join(shots, "bilingual-zh-cn-english.png"), fullPage: false });
    await page.reload({ waitUntil: "load" });
    assert.equal(await page.locator(".content .sxs-source").first().isVisible(), true, "remembered after reload");
    await page.locator("[data-bilingual-toggle]").click();
    assert.equal(await page.locator(".content .sxs").first().isVisible(), true, "back to the translation");
    await page.screenshot({ path: path.join(shots, "bilingual-zh-cn.png"), fullPage: false });
  });

  await check("touch: a tap shows the source", async () => {
    const mobile = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const p = await openPage(origin, mobile);
    await p.goto(origin + PAGE, { waitUntil: "load" });
    const sentence = p.locator(".content p .sxs").first();
    await sentence.tap();
    assert.equal(await p.locator(".content p .sxs + .sxs-source").first().isVisible(), true);
    p.clean();
    await mobile.close();
  });

  await check("without scripts the page reads as a translation, the toggle stays hidden", async () => {
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const p = await openPage(origin, nojs);
    await p.goto(origin + PAGE, { waitUntil: "load" });
    assert.equal(await p.locator("[data-bilingual-toggle]").isVisible(), false);
    assert.equal(await p.locator(".content .sxs-source").first().isVisible(), false);
    p.clean();
    await nojs.close();
  });

  await check("axe-core finds no violation", async () => {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
    );
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0]?.target})`);
    assert.deepEqual(found, []);
  });

  await check("no console errors or failed requests", async () => page.clean());
} finally {
  await browser.close();
  server.close();
}
finish();
