// Shared pieces of the real-browser tests (Debian's Chromium driven by playwright-core):
// a static file server for a built site on 127.0.0.1, the browser launch, named checks
// with failures collected, pages that record every console error, uncaught exception,
// failed request and request leaving 127.0.0.1, axe-core and screenshots.
//
// Environment: DOCLOC_CHROMIUM overrides the browser binary (default /usr/bin/chromium).

import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

/** Flags for a headless Chromium on a machine with a closed network. */
export const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
  // Containers often give /dev/shm only 64 MB, too little for Chromium's shared memory.
  "--disable-dev-shm-usage",
];

/** Content types by file extension. */
export const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".pf_meta": "application/octet-stream",
  ".wasm": "application/wasm",
};

/** The file a URL path names inside `root` (a folder means its index.html), or null. */
export function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.resolve(root, "." + decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * A static file server for `root` on 127.0.0.1 (GET and HEAD; folders serve index.html).
 * With `notFound` (a file under `root`, such as "404.html"), a missing URL is answered
 * with that page and status 404, as static hosts serve a site's 404 page.
 */
export async function serve(root, { notFound = null } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const send = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, { allow: "GET, HEAD" }, "");
    const file = fileFor(root, url.pathname);
    if (file === null) return send(400, {}, "bad path");
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!url.pathname.endsWith("/")) return send(301, { location: url.pathname + "/" + url.search }, "");
        return sendFile(path.join(file, "index.html"));
      }
      return sendFile(file);
    });
    function sendFile(f) {
      fs.readFile(f, (err, body) => {
        if (err) {
          const plain = () => send(404, { "content-type": "text/plain; charset=utf-8" }, "not found");
          if (!notFound) return plain();
          return fs.readFile(path.join(root, notFound), (e2, page) =>
            e2 ? plain() : send(404, { "content-type": "text/html; charset=utf-8" }, page),
          );
        }
        const type = TYPES[path.extname(f).toLowerCase()] ?? "application/octet-stream";
        send(200, { "content-type": type, "content-length": body.length, "cache-control": "no-store" }, body);
      });
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Launches the browser. */
export async function launch() {
  const executablePath = process.env.DOCLOC_CHROMIUM || "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: LAUNCH_ARGS });
}

/** Named checks: `check(name, fn)` runs one, `finish()` prints the tally and exits. */
export function checks() {
  const results = { passed: 0, failed: [] };
  return {
    async check(name, fn) {
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
    },
    finish() {
      const total = results.passed + results.failed.length;
      console.log(`# ${results.passed}/${total} checks passed`);
      if (results.failed.length) {
        console.log(`# failed: ${results.failed.join("; ")}`);
        process.exit(1);
      }
      process.exit(0);
    },
  };
}

/**
 * A page of `context` that records every console error, uncaught exception, failed or
 * refused request and HTTP error for `origin`; `page.clean()` asserts there was none.
 * `tolerate(response)` may return true for an HTTP error that is expected (it is then
 * no problem, nor is the console's "Failed to load resource" line for its URL).
 */
export async function openPage(origin, context, { tolerate = () => false } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  const tolerated = new Set();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    problems.push(`request leaving 127.0.0.1: ${url}`);
    return route.abort("blockedbyclient");
  });
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const where = msg.location()?.url ?? "";
    if (tolerated.has(where) && msg.text().startsWith("Failed to load resource")) return;
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on("requestfailed", (req) => {
    // A navigation the page itself replaced (the root's language redirect) is aborted
    // by the browser, and so is the icon the browser fetches on its own after a page
    // loads when the next page replaces it; neither is a broken request (a missing icon
    // is an HTTP 404, reported below).
    const aborted = req.failure()?.errorText === "net::ERR_ABORTED";
    const icon = new URL(req.url()).pathname.endsWith("/favicon.svg");
    const superseded = aborted && (req.isNavigationRequest() || icon);
    if (req.url().startsWith(origin + "/") && !superseded) {
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    }
  });
  page.on("response", (res) => {
    if (res.status() < 400) return;
    if (tolerate(res)) {
      tolerated.add(res.url());
      return;
    }
    problems.push(`HTTP ${res.status()} for ${res.request().resourceType()} ${res.url()}`);
  });
  page.clean = () => assert.deepEqual(problems, [], `problems on ${page.url()}`);
  return page;
}

/** Loads `urlPath` of `origin` in `page` and asserts it answers 200. */
export async function visit(page, origin, urlPath) {
  const response = await page.goto(origin + urlPath, { waitUntil: "load" });
  assert.ok(response, `no response for ${urlPath}`);
  assert.equal(response.status(), 200, `status of ${urlPath}`);
}

/** The HTTP status of `urlPath` of `origin` (a HEAD request, redirects not followed). */
export async function status(origin, urlPath) {
  const res = await fetch(origin + urlPath, { method: "HEAD", redirect: "manual" });
  return res.status;
}

const AXE = fileURLToPath(new URL("./node_modules/axe-core/axe.min.js", import.meta.url));

/**
 * Runs axe-core (WCAG 2.1 A and AA rules and best practices) on `page` as it is now and
 * asserts it finds no violation; `what` names the page in the failure.
 */
export async function axe(page, what) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
    }));
  });
  assert.deepEqual(result, [], `axe-core violations on ${what}:\n${JSON.stringify(result, null, 2)}`);
}

/**
 * `openPage`, `visit` and `status` bound to the site at `origin`, pages opened with
 * `options` (see `openPage`).
 */
export function site(origin, options = {}) {
  return {
    openPage: (context) => openPage(origin, context, options),
    visit: (page, urlPath) => visit(page, origin, urlPath),
    status: (urlPath) => status(origin, urlPath),
  };
}

/** Saves a screenshot of `page`'s viewport as `<name>.png` in [`screenshotDir`]. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir(), `${name}.png`), fullPage: false });
}

/** Where screenshots go: `target/browser-screenshots/` of the repository. */
export function screenshotDir() {
  const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../target/browser-screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
