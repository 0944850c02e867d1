#!/usr/bin/env node
// Live reload and the error overlay of `docloc serve`, in a real browser (Debian's
// Chromium driven by playwright-core). Run by tests/serve.rs against a running server.
//
// Usage: node serve.mjs <page-url> <markdown-file-of-that-page>
//
//   1. opens the page, scrolls down, appends a paragraph to the file: the page reloads
//      by itself ("reloaded"), shows the paragraph, at the same scroll position ("scroll kept");
//   2. breaks the file's front matter: the overlay appears with the error ("overlay shown");
//   3. restores the file: the overlay goes ("overlay cleared").
//
// Prints `ok - <step>` per step. Exit status: 0 when every step passes, 1 otherwise.
// Environment: DOCLOC_CHROMIUM overrides the browser binary (default /usr/bin/chromium).

import fs from "node:fs";
import { chromium } from "playwright-core";

const [url, file] = process.argv.slice(2);
if (!url || !file) {
  console.error("usage: node serve.mjs <page-url> <markdown-file>");
  process.exit(2);
}
const save = (text) => {
  fs.writeFileSync(file + ".tmp", text);
  fs.renameSync(file + ".tmp", file);
};
const original = fs.readFileSync(file, "utf8");
const browser = await chromium.launch({
  executablePath: process.env.DOCLOC_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
});
let failed = false;
const step = async (name, fn) => {
  try {
    await fn();
    console.log(`ok - ${name}`);
  } catch (e) {
    failed = true;
    console.log(`not ok - ${name}: ${e.message}`);
  }
};
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 500 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(300);
  const marker = "Docloc live reload marker " + Date.now();
  let scrolled = 0;
  await step("reloaded", async () => {
    await page.evaluate(() => window.scrollTo(0, 400));
    scrolled = await page.evaluate(() => window.scrollY);
    if (scrolled < 100) throw new Error(`the page does not scroll (${scrolled})`);
    const reloaded = page.waitForEvent("load", { timeout: 15000 });
    save(original + "\n\n" + marker + "\n");
    await reloaded;
    await page.waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: 10000 });
  });
  await step("scroll kept", async () => {
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 5, scrolled, { timeout: 5000 });
  });
  await step("overlay shown", async () => {
    save(original.replace("title:", "title: [unclosed"));
    await page.waitForSelector("#docloc-overlay", { timeout: 15000 });
    const text = await page.textContent("#docloc-overlay");
    if (!text.includes(file.split("/").slice(-3).join("/"))) throw new Error(`overlay without the file: ${text}`);
    await page.screenshot({ path: process.env.DOCLOC_SCREENSHOT || "/tmp/docloc-serve-overlay.png" });
  });
  await step("overlay cleared", async () => {
    save(original);
    await page.waitForSelector("#docloc-overlay", { state: "detached", timeout: 15000 });
  });
  if (errors.length) {
    failed = true;
    console.log(`not ok - page errors: ${errors.join("; ")}`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
