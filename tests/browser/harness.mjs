// Shared pieces of the real-browser tests (Debian's Chromium driven by playwright-core):
// a static file server for a built site on 127.0.0.1, the browser launch, named checks
// with failures collected, and pages that record every console error, uncaught
// exception, failed request and request leaving 127.0.0.1.
//
// Environment: DOCLOC_CHROMIUM overrides the browser binary (default /usr/bin/chromium).

import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
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

/** A static file server for `root` on 127.0.0.1 (GET and HEAD; folders serve index.html). */
export async function serve(root) {
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
        if (err) return send(404, { "content-type": "text/plain; charset=utf-8" }, "not found");
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
 */
export async function openPage(origin, context) {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/")) return route.continue();
    problems.push(`request leaving 127.0.0.1: ${url}`);
    return route.abort("blockedbyclient");
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on("requestfailed", (req) => {
    const superseded = req.isNavigationRequest() && req.failure()?.errorText === "net::ERR_ABORTED";
    if (req.url().startsWith(origin + "/") && !superseded) {
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    }
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.request().resourceType()} ${res.url()}`);
  });
  page.clean = () => assert.deepEqual(problems, [], `problems on ${page.url()}`);
  return page;
}

/** Where screenshots go: `target/browser-screenshots/` of the repository. */
export function screenshotDir() {
  const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../target/browser-screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
