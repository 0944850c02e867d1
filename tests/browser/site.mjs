#!/usr/bin/env node
// End-to-end test of a site built by `docloc build`, in a real browser (Debian's
// Chromium, driven by playwright-core over the DevTools protocol).
//
// Usage: node site.mjs <site-dir> [--suite corpus|default|locales]
//
//   corpus   a build of ../shared/corpus (the five-locale Partner Center docs set)
//   default  a build of the repository's own content/ (the small default site)
//   locales  a build of the seed articles laid out as ja-jp and ar-sa, two locales the
//            corpus does not have (ar-sa right to left, with a fallback copy from ja-jp)
//
// The reader's-site checks (search, 404 pages, previous/next, code blocks, layout,
// axe-core) live in reader.mjs; the server, browser launch, named checks and pages that
// record problems in harness.mjs.
//
// The output folder is served over HTTP on 127.0.0.1 (pages use root-relative URLs,
// so `file:` would not do; a missing URL gets the root 404.html, as on static hosts), and the theme's behaviour is checked as a reader meets it:
// the full TOC swapped in for the page's own sidebar branch, the same sidebar without
// scripts, the language switcher, fallback notices, tabs and the root's language
// redirect. Every page must load without console errors, uncaught exceptions, failed
// requests or requests leaving 127.0.0.1.
//
// Environment: DOCLOC_CHROMIUM overrides the browser binary (default /usr/bin/chromium).
// Exit status: 0 when every check passes, 1 when one fails, 2 on a usage or setup error.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import * as harness from "./harness.mjs";
import * as reader from "./reader.mjs";

const DEADLINE_MS = 5 * 60 * 1000;
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 800 };
const LOCALES = ["pl-pl", "ru-ru", "sv-se", "zh-cn", "zh-tw"];
const BCP47 = { "pl-pl": "pl-PL", "ru-ru": "ru-RU", "sv-se": "sv-SE", "zh-cn": "zh-CN", "zh-tw": "zh-TW" };

/** What each suite visits. Paths are the site's root-relative page URLs. */
const SUITES = {
  corpus: {
    // The sidebar on these pages is a small branch of a tree of about 300 links.
    tocGrowth: 3,
    tocPages: [
      "/zh-cn/partner-center/submit-osa-claim/",
      "/ru-ru/partner-center/insights-programmatic-analytics-api-try-report-queries/",
      "/pl-pl/partner-center/advisors-no-csp/",
      "/sv-se/partner-center/report-problems-with-partner-center/",
      "/zh-cn/partner-center/",
    ],
    // A fallback page whose locale's TOC does not list it: nothing is marked current.
    notInToc: ["/zh-tw/partner-center/advisors-no-csp/"],
    switcher: { from: "/zh-cn/partner-center/submit-osa-claim/", to: "ru-ru" },
    fallbacks: [{ page: "/zh-tw/partner-center/advisors-no-csp/", source: "/zh-cn/partner-center/advisors-no-csp/" }],
    notFallbacks: ["/zh-cn/partner-center/submit-osa-claim/", "/sv-se/partner-center/report-problems-with-partner-center/"],
    tabs: "/sv-se/partner-center/report-problems-with-partner-center/",
    headingLink: "/zh-cn/partner-center/submit-osa-claim/#create-a-customer-association",
    // The corpus ships its Markdown without the images it references.
    allowMissingContentImages: true,
    reader: {
      search: [
        {
          page: "/zh-cn/partner-center/submit-osa-claim/",
          label: "搜索",
          resultsLabel: "搜索结果",
          query: "客户关联",
          within: 5,
          // The zh-cn customer-association articles.
          expect: [
            "/zh-cn/partner-center/submit-osa-claim/",
            "/zh-cn/partner-center/incentives-customer-associations-intro/",
            "/zh-cn/partner-center/incentives-manage-customer-associations/",
            "/zh-cn/partner-center/incentives-customer-association-issues/",
          ],
          // 户关联 starts inside the word 客户.
          substring: { query: "户关联", expect: "/zh-cn/partner-center/submit-osa-claim/" },
          none: { query: "ξψωφ", text: "没有与“ξψωφ”匹配的结果" },
          screenshot: "search-zh-cn",
          axe: true,
        },
        {
          page: "/pl-pl/partner-center/submit-osa-claim/",
          label: "Wyszukaj",
          resultsLabel: "Wyniki wyszukiwania",
          query: "skojarzenia klienta",
          within: 4,
          expect: [
            "/pl-pl/partner-center/submit-osa-claim/",
            "/pl-pl/partner-center/incentives-customer-associations-intro/",
            "/pl-pl/partner-center/incentives-manage-customer-associations/",
            "/pl-pl/partner-center/incentives-customer-association-issues/",
          ],
          none: { query: "火星人飞船", text: "Brak wyników dla „火星人飞船”" },
          screenshot: "search-pl-pl",
        },
        {
          page: "/ru-ru/partner-center/submit-osa-claim/",
          label: "Поиск",
          resultsLabel: "Результаты поиска",
          // Russian stemming: the pages say сопоставлениях, сопоставлением, клиента.
          query: "сопоставление клиентов",
          within: 4,
          expect: [
            "/ru-ru/partner-center/submit-osa-claim/",
            "/ru-ru/partner-center/incentives-customer-associations-intro/",
            "/ru-ru/partner-center/incentives-manage-customer-associations/",
            "/ru-ru/partner-center/incentives-customer-association-issues/",
          ],
        },
        {
          page: "/zh-tw/partner-center/submit-osa-claim/",
          label: "搜尋",
          resultsLabel: "搜尋結果",
          query: "客戶關聯",
          within: 8,
          expect: [
            "/zh-tw/partner-center/submit-osa-claim/",
            "/zh-tw/partner-center/incentives-customer-associations-intro/",
            "/zh-tw/partner-center/incentives-manage-customer-associations/",
            "/zh-tw/partner-center/incentives-customer-association-issues/",
          ],
          // The simplified 顾问 is on zh-tw's pages only in its fallback copies from
          // zh-cn (advisors-no-csp among them), which are not indexed.
          none: { query: "顾问", text: "找不到與「顾问」相符的結果" },
        },
        {
          page: "/sv-se/partner-center/submit-osa-claim/",
          label: "Sök",
          resultsLabel: "Sökresultat",
          query: "kundassociation",
          within: 4,
          expect: [
            "/sv-se/partner-center/submit-osa-claim/",
            "/sv-se/partner-center/incentives-customer-associations-intro/",
            "/sv-se/partner-center/incentives-manage-customer-associations/",
            "/sv-se/partner-center/incentives-customer-association-issues/",
          ],
        },
      ],
      notFound: {
        pages: [
          { url: "/zh-cn/404.html", lang: "zh-CN", title: "找不到页面", home: "/zh-cn/partner-center/" },
          { url: "/ru-ru/404.html", lang: "ru-RU", title: "Страница не найдена", home: "/ru-ru/partner-center/" },
          { url: "/404.html", lang: "pl-PL", title: "Nie znaleziono strony", home: "/pl-pl/partner-center/" },
        ],
        missing: "/zh-cn/partner-center/no-such-page/",
        axe: "/zh-cn/404.html",
        screenshot: "404-zh-cn",
      },
      prevNext: "/zh-cn/partner-center/incentives-customer-associations-intro/",
      code: {
        page: "/zh-cn/partner-center/revoke-reinstate-csp/",
        language: "PowerShell",
        hiddenLabel: "代码语言",
        copy: "复制",
        copied: "已复制",
      },
      layout: {
        cjk: "/zh-cn/partner-center/revoke-reinstate-csp/",
        other: "/ru-ru/partner-center/revoke-reinstate-csp/",
        article: "/zh-cn/partner-center/submit-osa-claim/",
        tabs: "/sv-se/partner-center/report-problems-with-partner-center/",
        menuShot: "menu-narrow-zh-cn",
        tabsShot: "tabs-without-scripts-sv-se",
      },
      articles: [
        { page: "/zh-cn/partner-center/submit-osa-claim/", mt: "本文为机器翻译。", screenshot: "article-zh-cn" },
        { page: "/ru-ru/partner-center/revoke-reinstate-csp/", screenshot: "article-code-ru-ru" },
      ],
    },
  },
  default: {
    // The default site's tree is as small as a page's branch.
    tocGrowth: 1,
    tocPages: LOCALES.flatMap((l) => [
      `/${l}/partner-center/incentives-customer-associations-intro/`,
      `/${l}/partner-center/submit-osa-claim/`,
    ]),
    notInToc: [],
    switcher: { from: "/zh-cn/partner-center/incentives-customer-associations-intro/", to: "zh-tw" },
    fallbacks: [
      {
        page: "/zh-tw/partner-center/incentives-customer-associations-intro/",
        source: "/zh-cn/partner-center/incentives-customer-associations-intro/",
      },
      ...["zh-cn", "ru-ru", "pl-pl", "sv-se"].map((l) => ({
        page: `/${l}/partner-center/submit-osa-claim/`,
        source: "/zh-tw/partner-center/submit-osa-claim/",
      })),
    ],
    notFallbacks: ["zh-cn", "ru-ru", "pl-pl", "sv-se"]
      .map((l) => `/${l}/partner-center/incentives-customer-associations-intro/`)
      .concat(["/zh-tw/partner-center/submit-osa-claim/"]),
    tabs: null,
    headingLink: null,
    allowMissingContentImages: false,
    reader: {
      // Every locale searches its own page; "CPOR" is on every locale's page, so a
      // fallback copy in the index would be found too.
      search: [
        ["zh-cn", "搜索", "搜索结果", "incentives-customer-associations-intro", "submit-osa-claim"],
        ["zh-tw", "搜尋", "搜尋結果", "submit-osa-claim", "incentives-customer-associations-intro"],
        ["ru-ru", "Поиск", "Результаты поиска", "incentives-customer-associations-intro", "submit-osa-claim"],
        ["pl-pl", "Wyszukaj", "Wyniki wyszukiwania", "incentives-customer-associations-intro", "submit-osa-claim"],
        ["sv-se", "Sök", "Sökresultat", "incentives-customer-associations-intro", "submit-osa-claim"],
      ].map(([l, label, resultsLabel, own, copy]) => ({
        page: `/${l}/partner-center/${own}/`,
        label,
        resultsLabel,
        query: "CPOR",
        within: 1,
        expect: [`/${l}/partner-center/${own}/`],
        absent: [`/${l}/partner-center/${copy}/`],
        axe: l === "zh-tw",
      })),
      notFound: {
        pages: [
          { url: "/zh-tw/404.html", lang: "zh-TW", title: "找不到頁面", home: "/zh-tw/partner-center/incentives-customer-associations-intro/" },
          { url: "/sv-se/404.html", lang: "sv-SE", title: "Sidan hittades inte", home: "/sv-se/partner-center/incentives-customer-associations-intro/" },
          { url: "/404.html", lang: "zh-CN", title: "找不到页面", home: "/zh-cn/partner-center/incentives-customer-associations-intro/" },
        ],
        missing: "/pl-pl/partner-center/no-such-page/",
        axe: "/404.html",
      },
      prevNext: "/pl-pl/partner-center/incentives-customer-associations-intro/",
      // The default site has no code blocks and no tabs.
      code: null,
      layout: null,
      articles: [
        { page: "/zh-tw/partner-center/submit-osa-claim/", mt: "本文為機器翻譯。", screenshot: "default-article-zh-tw" },
        { page: "/ru-ru/partner-center/incentives-customer-associations-intro/", mt: "Эта статья переведена с помощью машинного перевода." },
        // A fallback copy: the notice, and zh-tw content inside a Polish page.
        { page: "/pl-pl/partner-center/submit-osa-claim/", screenshot: "default-fallback-pl-pl" },
      ],
    },
  },
  locales: {
    allowMissingContentImages: false,
    locales: [
      {
        page: "/ja-jp/partner-center/submit-osa-claim/",
        lang: "ja-JP",
        dir: "ltr",
        skip: "メイン コンテンツにスキップ",
        search: "検索",
        inThis: "この記事の内容",
        datePrefix: "最終更新日: ",
        dateHas: /2020年6月3日/,
        notice: null,
        names: ["日本語 (日本)", "العربية (المملكة العربية السعودية)"],
        nameDirs: ["日本語 (日本):ltr", "العربية (المملكة العربية السعودية):rtl"],
        content: { lang: null, title: "ltr", direction: "ltr", textAlign: "start", metaDirection: "ltr", noticeLink: null, railLeft: false },
        screenshot: "locale-ja-jp",
      },
      {
        page: "/ar-sa/partner-center/submit-osa-claim/",
        lang: "ar-SA",
        dir: "rtl",
        skip: "التخطي إلى المحتوى الرئيسي",
        search: "بحث",
        inThis: "في هذه المقالة",
        datePrefix: "آخر تحديث: ",
        dateHas: /يونيو/,
        // The Japanese name is isolated (U+2068 … U+2069) inside the Arabic sentence.
        notice: "هذه الصفحة غير متوفرة بعد باللغة العربية (المملكة العربية السعودية). أنت تقرأ النسخة باللغة \u2068日本語 (日本)\u2069.",
        names: ["日本語 (日本)", "العربية (المملكة العربية السعودية)"],
        nameDirs: ["日本語 (日本):ltr", "العربية (المملكة العربية السعودية):rtl"],
        // The Japanese fallback copy reads left to right; its date line and the layout
        // (the "In this article" rail on the left) are the reader's.
        content: { lang: "ja-JP", title: "ltr", direction: "ltr", textAlign: "start", metaDirection: "rtl", noticeLink: "ltr", railLeft: true },
        screenshot: "locale-ar-sa-rtl",
        axe: true,
      },
    ],
  },
};

function usage(message) {
  console.error(`${message}\nusage: node site.mjs <site-dir> [--suite corpus|default|locales]`);
  process.exit(2);
}

function parseArgs(argv) {
  let dir = null;
  let suite = "corpus";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--suite") {
      suite = argv[++i];
    } else if (argv[i].startsWith("--suite=")) {
      suite = argv[i].slice("--suite=".length);
    } else if (dir === null) {
      dir = argv[i];
    } else {
      usage(`unexpected argument ${argv[i]}`);
    }
  }
  if (dir === null) usage("missing <site-dir>");
  if (!Object.hasOwn(SUITES, suite)) usage(`unknown suite ${suite}`);
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, "index.html"))) usage(`${root} has no index.html: not a built site`);
  return { root, suite };
}

/** The sidebar as the reader sees it now. */
function sidebarState(page) {
  return page.evaluate(() => {
    const sidebar = document.getElementById("sidebar");
    if (!sidebar) return null;
    const current = [...sidebar.querySelectorAll("[aria-current]")];
    const first = current[0] ?? null;
    const closedAncestors = [];
    for (let el = first && first.parentElement; el && el !== sidebar; el = el.parentElement) {
      if (el.tagName === "DETAILS" && !el.open) closedAncestors.push(el.querySelector("summary")?.textContent ?? "?");
    }
    let visible = null;
    if (first) {
      const r = first.getBoundingClientRect();
      const s = sidebar.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      visible = {
        box: r.width > 0 && r.height > 0,
        inSidebar: r.top >= s.top - 1 && r.bottom <= s.bottom + 1,
        inViewport: r.top >= 0 && r.bottom <= window.innerHeight,
        onTop: hit === first || first.contains(hit),
      };
    }
    let treeLinks = null;
    if (typeof window.doclocToc === "string") {
      const t = document.createElement("template");
      t.innerHTML = window.doclocToc;
      treeLinks = t.content.querySelectorAll("a[href]").length;
    }
    return {
      dataCurrent: sidebar.getAttribute("data-current"),
      links: sidebar.querySelectorAll("a[href]").length,
      collapsed: sidebar.querySelectorAll("li.toc-collapsed").length,
      collapsedLinks: [...sidebar.querySelectorAll("li.toc-collapsed > a[href]")].map((a) => a.getAttribute("href")),
      collapsedWithoutLink: sidebar.querySelectorAll("li.toc-collapsed:not(:has(> a[href]))").length,
      current: current.map((a) => ({ tag: a.tagName, href: a.getAttribute("href"), value: a.getAttribute("aria-current") })),
      closedAncestors,
      visible,
      treeLinks,
      scrollY: window.scrollY,
      path: location.pathname,
      fallback: document.querySelector(".fallback-notice") !== null,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    };
  });
}

// ---------------------------------------------------------------------------
// Checks

async function tocCheck(env, urlPath, inToc) {
  // 1. Without scripts: the page's own branch, current page marked, other groups as links.
  const plain = await env.site.openPage(env.noJs);
  await env.site.visit(plain, urlPath);
  const before = await sidebarState(plain);
  assert.ok(before, "no nav#sidebar");
  assert.equal(before.dataCurrent, urlPath, "nav#sidebar data-current is the page URL");
  assert.equal(before.treeLinks, null, "no script ran");
  // The TOC entry of a translated page links to the page itself; that of a fallback
  // page may link to the page or to the translation it shows (its canonical URL).
  const entryUrls = before.fallback ? [urlPath, before.canonical] : [urlPath];
  if (inToc) {
    assert.equal(before.current.length, 1, `one aria-current in the static sidebar: ${JSON.stringify(before.current)}`);
    assert.equal(before.current[0].tag, "A");
    assert.equal(before.current[0].value, "page");
    assert.ok(entryUrls.includes(before.current[0].href), `static current link ${before.current[0].href} is this page`);
    assert.deepEqual(before.closedAncestors, [], "groups holding the current page are open without scripts");
    assert.ok(before.visible.box, "current link rendered without scripts");
  } else {
    assert.deepEqual(before.current, [], "a page outside its locale's TOC marks nothing");
  }
  assert.equal(before.collapsedWithoutLink, 0, "every collapsed group is a link");
  for (const href of new Set(before.collapsedLinks)) {
    assert.equal(await env.site.status(href), 200, `collapsed group link ${href}`);
  }
  assert.equal(
    await plain.locator(".menu-toggle").isVisible(),
    false,
    "the menu button stays hidden without scripts",
  );
  plain.clean();
  await plain.close();

  // 2. With scripts: the whole tree, the page's link marked and its groups opened.
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, urlPath);
  const after = await sidebarState(page);
  assert.ok(after.treeLinks > 0, "window.doclocToc holds the tree");
  assert.equal(after.links, after.treeLinks, "the sidebar holds the whole published tree");
  assert.ok(
    after.links >= before.links * env.suite.tocGrowth,
    `full tree (${after.links} links) vs the page's branch (${before.links} links)`,
  );
  assert.equal(after.collapsed, 0, "no li.toc-collapsed remains");
  if (inToc) {
    // The script marks the entry the static sidebar marked (templates/static/docloc.js,
    // setupToc): on a fallback page that entry may link to the translation shown.
    assert.equal(after.current.length, 1, `one aria-current in the sidebar: ${JSON.stringify(after.current)}`);
    assert.deepEqual(after.current[0], before.current[0], "the full tree marks the same entry as the static sidebar");
    if (!after.fallback) assert.equal(after.current[0].href, after.path, "the marked link is this page");
    assert.deepEqual(after.closedAncestors, [], "every group holding the current link is open");
    assert.ok(await page.locator('#sidebar a[aria-current="page"]').isVisible(), "current link visible");
    assert.deepEqual(
      after.visible,
      { box: true, inSidebar: true, inViewport: true, onTop: true },
      "current link scrolled into the sidebar's view and not covered",
    );
  } else {
    assert.deepEqual(after.current, [], "a page outside its locale's TOC marks nothing");
  }
  // Revealing the current link must not scroll the page itself: the reader lands on
  // the article's top (templates/static/docloc.js, setupMenu).
  assert.equal(after.scrollY, 0, "the document is not scrolled on load");
  page.clean();
  await page.close();
}

async function narrowMenuCheck(env, urlPath) {
  const context = await env.browser.newContext({ viewport: NARROW });
  try {
    const page = await env.site.openPage(context);
    await env.site.visit(page, urlPath);
    const button = page.locator(".menu-toggle");
    const sidebar = page.locator("#sidebar");
    assert.ok(await button.isVisible(), "menu button shown on a narrow screen");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await sidebar.isVisible(), false, "sidebar behind the menu button");
    await button.click();
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.ok(await sidebar.isVisible(), "menu opens the sidebar");
    const focused = await page.evaluate(() => ({
      current: document.activeElement?.getAttribute("aria-current") ?? null,
      href: document.activeElement?.getAttribute("href") ?? null,
    }));
    assert.deepEqual(focused, { current: "page", href: urlPath }, "focus moves to the current page's link");
    await page.keyboard.press("Escape");
    assert.equal(await sidebar.isVisible(), false, "Escape closes the sidebar");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.ok(await button.evaluate((b) => b === document.activeElement), "focus returns to the menu button");
    page.clean();
  } finally {
    await context.close();
  }
  // Without scripts the sidebar is simply part of the page.
  const plainContext = await env.browser.newContext({ viewport: NARROW, javaScriptEnabled: false });
  try {
    const page = await env.site.openPage(plainContext);
    await env.site.visit(page, urlPath);
    assert.ok(await page.locator("#sidebar").isVisible(), "sidebar shown without scripts");
    assert.equal(await page.locator(".menu-toggle").isVisible(), false);
    page.clean();
  } finally {
    await plainContext.close();
  }
}

async function switcherCheck(env, from, to) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, from);
  const fromLocale = from.split("/")[1];
  const rest = from.split("/").slice(2).join("/");
  const switcher = page.locator("details.lang-switcher");
  const summary = switcher.locator("summary");
  const isOpen = () => switcher.evaluate((d) => d.open);
  assert.equal(await switcher.count(), 1, "one details.lang-switcher");
  assert.equal(await isOpen(), false, "closed on load");
  assert.equal(await switcher.locator("nav").isVisible(), false);

  await summary.click();
  assert.equal(await isOpen(), true, "opens on click");
  const links = switcher.locator("nav a[hreflang]");
  assert.ok(await links.first().isVisible(), "locale list visible when open");
  const entries = await links.evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href"), hreflang: a.getAttribute("hreflang"), current: a.getAttribute("aria-current") })),
  );
  assert.deepEqual(
    entries.map((e) => e.hreflang).sort(),
    LOCALES.map((l) => BCP47[l]).sort(),
    "five locales, each with hreflang",
  );
  for (const e of entries) {
    const locale = LOCALES.find((l) => BCP47[l] === e.hreflang);
    assert.equal(e.href, `/${locale}/${rest}`, `${e.hreflang} entry links to the same page`);
    assert.equal(e.current, locale === fromLocale ? "page" : null, `aria-current of ${e.hreflang}`);
  }

  await page.keyboard.press("Escape");
  assert.equal(await isOpen(), false, "Escape closes it");
  assert.ok(await summary.evaluate((s) => s === document.activeElement), "focus back on the summary");
  await page.keyboard.press("Enter");
  assert.equal(await isOpen(), true, "Enter on the summary opens it");
  await page.locator("main h1").first().click();
  assert.equal(await isOpen(), false, "a click elsewhere closes it");

  await summary.click();
  const target = `/${to}/${rest}`;
  await Promise.all([
    page.waitForURL(env.origin + target, { waitUntil: "load" }),
    switcher.locator(`nav a[hreflang="${BCP47[to]}"]`).click(),
  ]);
  assert.equal(new URL(page.url()).pathname, target, "navigated to the same page in the other locale");
  assert.equal(await page.locator("html").getAttribute("lang"), BCP47[to], "html lang of the new page");
  assert.equal(
    await page.locator('details.lang-switcher nav a[aria-current="page"]').getAttribute("hreflang"),
    BCP47[to],
    "the new page's switcher marks its own locale",
  );
  assert.equal(await page.locator("details.lang-switcher").evaluate((d) => d.open), false, "closed on the new page");
  page.clean();
  await page.close();
}

async function fallbackCheck(env, { page: urlPath, source }) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, urlPath);
  const notice = page.locator(".fallback-notice");
  assert.equal(await notice.count(), 1, `one .fallback-notice on ${urlPath}`);
  assert.ok(await notice.isVisible(), "fallback notice visible");
  assert.equal(await notice.getAttribute("role"), "note");
  assert.equal(await page.locator('link[rel="canonical"]').getAttribute("href"), source, "canonical is the real page");
  const locale = urlPath.split("/")[1];
  const badges = await page.locator("details.lang-switcher nav li").evaluateAll((lis) =>
    lis.filter((li) => li.querySelector(".badge")).map((li) => li.querySelector("a[hreflang]")?.getAttribute("hreflang")),
  );
  assert.ok(badges.includes(BCP47[locale]), `the switcher badges the reader's locale as untranslated: ${badges}`);
  const sourceLocale = source.split("/")[1];
  const link = notice.locator(`a[href="${source}"]`);
  assert.equal(await link.getAttribute("hreflang"), BCP47[sourceLocale], "notice links to the source with hreflang");
  await Promise.all([page.waitForURL(env.origin + source, { waitUntil: "load" }), link.click()]);
  assert.equal(await page.locator(".fallback-notice").count(), 0, "the real page has no notice");
  page.clean();
  await page.close();
}

async function noFallbackCheck(env, urlPath) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, urlPath);
  assert.equal(await page.locator(".fallback-notice").count(), 0, `${urlPath} is a real translation`);
  page.clean();
  await page.close();
}

/** State of every tab group: [{ tabs: [{ data, selected, tabIndex, panelShown }], focused }]. */
function tabState(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll(".tabs")].map((group) => {
      const tabs = [...group.querySelectorAll("[role=tablist] [role=tab]")];
      return {
        focused: tabs.indexOf(document.activeElement),
        tabs: tabs.map((t) => {
          const panel = document.getElementById(t.getAttribute("aria-controls") || "");
          return {
            data: t.getAttribute("data-tab"),
            selected: t.getAttribute("aria-selected"),
            tabIndex: t.tabIndex,
            panel: panel ? panel.getAttribute("role") : null,
            panelShown: panel ? panel.checkVisibility() : null,
          };
        }),
      };
    }),
  );
}

function assertSelected(groups, expected, what) {
  // expected: one selected index per group.
  assert.equal(groups.length, expected.length, "tab groups");
  groups.forEach((g, gi) => {
    g.tabs.forEach((t, ti) => {
      const on = ti === expected[gi];
      const where = `${what}: group ${gi + 1} tab ${ti + 1} (${t.data})`;
      assert.equal(t.panel, "tabpanel", `${where} controls a tabpanel`);
      assert.equal(t.selected, on ? "true" : "false", `${where} aria-selected`);
      assert.equal(t.tabIndex, on ? 0 : -1, `${where} roving tabindex`);
      assert.equal(t.panelShown, on, `${where} panel shown only when selected`);
    });
  });
}

async function tabsCheck(env, urlPath) {
  // Without scripts every panel is shown, one after the other.
  const plain = await env.site.openPage(env.noJs);
  await env.site.visit(plain, urlPath);
  const plainGroups = await tabState(plain);
  assert.ok(plainGroups.length > 0, "the page has tab groups");
  for (const g of plainGroups) for (const t of g.tabs) assert.equal(t.panelShown, true, `panel ${t.data} shown without scripts`);
  plain.clean();
  await plain.close();

  const page = await env.site.openPage(env.js);
  await env.site.visit(page, urlPath);
  let groups = await tabState(page);
  const initial = groups.map(() => 0);
  assertSelected(groups, initial, "on load");
  const first = groups[0];
  const n = first.tabs.length;
  assert.ok(n >= 2, "the first group has at least two tabs");
  const tabs = page.locator(".tabs").first().locator("[role=tablist] [role=tab]");
  await tabs.nth(0).focus();
  const steps = [
    ["ArrowRight", 1],
    ["ArrowLeft", 0],
    ["ArrowLeft", n - 1],
    ["ArrowRight", 0],
    ["End", n - 1],
    ["Home", 0],
  ];
  for (const [key, index] of steps) {
    await page.keyboard.press(key);
    groups = await tabState(page);
    const expected = initial.slice();
    expected[0] = index;
    assertSelected(groups, expected, `after ${key}`);
    assert.equal(groups[0].focused, index, `focus follows ${key}`);
  }
  await tabs.nth(n - 1).click();
  groups = await tabState(page);
  assertSelected(groups, [n - 1, ...initial.slice(1)], "after a click");
  page.clean();
  await page.close();

  // `#tab/<id>` selects that tab in every group that has it.
  const id = first.tabs[n - 1].data;
  const expected = plainGroups.map((g) => {
    const i = g.tabs.findIndex((t) => t.data === id);
    return i < 0 ? 0 : i;
  });
  const linked = await env.site.openPage(env.js);
  await env.site.visit(linked, `${urlPath}#tab/${encodeURIComponent(id)}`);
  assertSelected(await tabState(linked), expected, `loaded with #tab/${id}`);
  const back = first.tabs[0].data;
  await linked.evaluate((h) => {
    location.hash = h;
  }, `#tab/${back}`);
  await linked.waitForFunction(
    (d) => document.querySelector(`.tabs [role=tab][data-tab="${d}"]`)?.getAttribute("aria-selected") === "true",
    back,
  );
  assertSelected(
    await tabState(linked),
    plainGroups.map((g) => Math.max(0, g.tabs.findIndex((t) => t.data === back))),
    `after hashchange to #tab/${back}`,
  );
  linked.clean();
  await linked.close();
}

async function headingLinkCheck(env, target) {
  const page = await env.site.openPage(env.js);
  await env.site.visit(page, target);
  const id = decodeURIComponent(new URL(target, env.origin).hash.slice(1));
  await page.waitForTimeout(200);
  const state = await page.evaluate((hid) => {
    const h = document.getElementById(hid);
    const header = document.querySelector(".site-header");
    return {
      found: !!h,
      top: h ? h.getBoundingClientRect().top : null,
      header: header ? header.getBoundingClientRect().bottom : 0,
      scrollY: window.scrollY,
    };
  }, id);
  assert.ok(state.found, `#${id} exists`);
  assert.ok(state.scrollY > 0, "the page scrolled to the heading");
  assert.ok(
    state.top >= state.header - 1 && state.top < state.header + 80,
    `heading #${id} at the top below the header (top ${state.top}, header ${state.header})`,
  );
  page.clean();
  await page.close();
}

async function rootCheck(env) {
  // Without scripts: the plain list of every locale.
  const plain = await env.site.openPage(env.noJs);
  await env.site.visit(plain, "/");
  const list = await plain
    .locator(".locale-list a[hreflang]")
    .evaluateAll((as) => as.map((a) => [a.getAttribute("hreflang"), a.getAttribute("href")]));
  assert.deepEqual(list.map(([h]) => h).sort(), LOCALES.map((l) => BCP47[l]).sort(), "root lists every locale");
  const home = Object.fromEntries(list);
  const fallback = await plain.locator("body").getAttribute("data-default-url");
  plain.clean();
  await plain.close();

  // With scripts: the reader's preferred language picks the locale.
  const cases = [
    ["zh-TW", home["zh-TW"]],
    ["zh-HK", home["zh-TW"]], // same script (Hant)
    ["zh-SG", home["zh-CN"]], // same script (Hans)
    ["pl", home["pl-PL"]],
    ["sv-SE", home["sv-SE"]],
    ["en-US", fallback],
  ];
  for (const [locale, expected] of cases) {
    const context = await env.browser.newContext({ locale, viewport: WIDE });
    try {
      const page = await env.site.openPage(context);
      await page.goto(env.origin + "/");
      await page.waitForURL(env.origin + expected, { waitUntil: "load" });
      assert.equal(new URL(page.url()).pathname, expected, `reader preferring ${locale}`);
      page.clean();
    } finally {
      await context.close();
    }
  }
}

// ---------------------------------------------------------------------------

async function main() {
  const { root, suite: suiteName } = parseArgs(process.argv.slice(2));
  // A hung browser must not hang the test run.
  setTimeout(() => {
    console.error(`# gave up after ${DEADLINE_MS / 1000} s`);
    process.exit(2);
  }, DEADLINE_MS).unref();
  const suite = SUITES[suiteName];
  const executablePath = process.env.DOCLOC_CHROMIUM || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    console.error(`browser not found at ${executablePath} (apt-get install chromium)`);
    process.exit(2);
  }
  // As static hosts do: a missing URL gets the site's root 404 page.
  const { server, origin } = await harness.serve(root, { notFound: "404.html" });
  const browser = await harness.launch();
  const notes = new Set();
  const env = {
    suite,
    origin,
    browser,
    js: await browser.newContext({ viewport: WIDE }),
    noJs: await browser.newContext({ viewport: WIDE, javaScriptEnabled: false }),
    // Pages that record every problem, the suite's expected misses tolerated.
    site: harness.site(origin, {
      // The corpus ships its Markdown without the images it references.
      tolerate(res) {
        const url = new URL(res.url());
        const missingImage =
          suite.allowMissingContentImages &&
          res.status() === 404 &&
          res.request().resourceType() === "image" &&
          !url.pathname.startsWith("/_docloc/");
        if (missingImage) notes.add(`content image not in the built site (the corpus ships without images): ${url.pathname}`);
        return missingImage;
      },
    }),
  };
  console.log(`# suite ${suiteName}: ${root} at ${origin}, ${browser.version()}`);
  const { check, finish } = harness.checks();
  try {
    if (suite.locales) {
      for (const l of suite.locales) await check(`locale not in the corpus ${l.page}`, () => reader.localeCheck(env, l));
    } else {
      for (const p of suite.tocPages) await check(`toc ${p}`, () => tocCheck(env, p, true));
      for (const p of suite.notInToc) await check(`toc (page outside its TOC) ${p}`, () => tocCheck(env, p, false));
      await check(`narrow-screen menu ${suite.tocPages[0]}`, () => narrowMenuCheck(env, suite.tocPages[0]));
      await check(`language switcher ${suite.switcher.from} -> ${suite.switcher.to}`, () =>
        switcherCheck(env, suite.switcher.from, suite.switcher.to),
      );
      for (const f of suite.fallbacks) await check(`fallback notice ${f.page}`, () => fallbackCheck(env, f));
      for (const p of suite.notFallbacks) await check(`no fallback notice ${p}`, () => noFallbackCheck(env, p));
      if (suite.tabs) await check(`tabs ${suite.tabs}`, () => tabsCheck(env, suite.tabs));
      if (suite.headingLink) await check(`heading link ${suite.headingLink}`, () => headingLinkCheck(env, suite.headingLink));
      await check("root language redirect /", () => rootCheck(env));
      const r = suite.reader;
      if (r) {
        for (const s of r.search) await check(`search ${s.query} on ${s.page}`, () => reader.searchCheck(env, s));
        await check("404 pages", () => reader.notFoundCheck(env, r.notFound));
        await check(`previous/next from ${r.prevNext}`, () => reader.prevNextCheck(env, r.prevNext));
        if (r.code) await check(`code copy button ${r.code.page}`, () => reader.codeCheck(env, r.code));
        if (r.layout) {
          await check("layout: line height, code size, narrow header, menu backdrop, tabs without scripts", () =>
            reader.layoutCheck(env, r.layout),
          );
        }
        for (const a of r.articles) await check(`article ${a.page} (axe-core)`, () => reader.articleCheck(env, a));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const n of [...notes].sort()) console.log(`# note: ${n}`);
  finish();
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(2);
});
