// What a user of the shipped app meets: every file the pages load is served (compressed, cacheable, under the
// Content-Security-Policy), the pages become interactive in Chromium, and the published folder holds nothing it
// should not. SHIP_URL is the running app; SHIP_PUBLISH_DIR (optional) its published folder.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const base = process.env.SHIP_URL;
const publishDir = process.env.SHIP_PUBLISH_DIR;
assert.ok(base, "SHIP_URL must name the running console, e.g. http://127.0.0.1:8080");

const assetsOf = (html) => [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1])
  .filter((path) => !/^[a-z]+:/i.test(path));

describe("HTTP", () => {
  let html;
  let home;
  before(async () => {
    home = await fetch(`${base}/`);
    html = await home.text();
  });

  test("/healthz answers Healthy without sign-in", async () => {
    const answer = await fetch(`${base}/healthz`);
    assert.equal(answer.status, 200);
    assert.equal(await answer.text(), "Healthy");
  });

  test("the home page carries the security headers", () => {
    assert.equal(home.status, 200);
    const csp = home.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(home.headers.get("x-content-type-options"), "nosniff");
    assert.equal(home.headers.get("x-frame-options"), "DENY");
  });

  test("the page loads the framework script by its fingerprinted name", () => {
    const scripts = assetsOf(html);
    assert.ok(scripts.some((s) => /^_framework\/blazor\.web\.[a-z0-9]+\.js$/.test(s)),
      `no fingerprinted _framework/blazor.web.*.js among ${scripts.join(", ")}`);
    assert.ok(scripts.some((s) => /^_content\/MudBlazor\/MudBlazor\.min\.[a-z0-9]+\.js$/.test(s)), scripts.join(", "));
  });

  test("every script and style the page loads is served with its type, compressed and cacheable", async () => {
    const assets = assetsOf(html);
    assert.ok(assets.length >= 5, `only ${assets.length} assets referenced`);
    for (const asset of assets) {
      const plain = await fetch(`${base}/${asset}`, { headers: { "accept-encoding": "identity" } });
      assert.equal(plain.status, 200, `${asset}: ${plain.status}`);
      const type = plain.headers.get("content-type") ?? "";
      const expected = asset.endsWith(".js") ? /javascript/ : asset.endsWith(".css") ? /text\/css/ : /image\/svg\+xml/;
      assert.match(type, expected, `${asset} is served as ${type}`);
      assert.ok((await plain.arrayBuffer()).byteLength > 0, `${asset} is empty`);
      const compressed = await fetch(`${base}/${asset}`, { headers: { "accept-encoding": "br, gzip" }, decompress: false });
      assert.match(compressed.headers.get("content-encoding") ?? "", /^(br|gzip)$/, `${asset} is not compressed`);
      assert.match(compressed.headers.get("cache-control") ?? "", /immutable/, `${asset}: ${compressed.headers.get("cache-control")}`);
    }
  });

  test("an address that is not a page is a 404 page, not an error", async () => {
    const answer = await fetch(`${base}/_framework/no-such-file.js`);
    assert.equal(answer.status, 404);
  });
});

describe("in Chromium", () => {
  let browser;
  let page;
  const problems = [];

  before(async () => {
    browser = await chromium.launch({
      executablePath: process.env.BROWSER_PATH || "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.on("console", (message) => { if (message.type() === "error") problems.push(`console: ${message.text()}`); });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("response", (answer) => { if (answer.status() >= 400) problems.push(`${answer.status()} ${answer.url()}`); });
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  });

  after(async () => { await browser?.close(); });

  test("the home page becomes interactive and shows the demo's streams", async () => {
    await page.goto("/");
    await page.waitForSelector("[data-circuit='ready']", { timeout: 30_000 });
    assert.equal(await page.evaluate(() => typeof window.Blazor), "object");
    const rows = page.getByRole("row").filter({ has: page.getByRole("link") });
    await rows.first().waitFor({ timeout: 30_000 });
    assert.ok(await rows.count() >= 10, `only ${await rows.count()} rows`);
    assert.deepEqual(problems, []);
  });

  test("a stream page opens from the list", async () => {
    const link = page.getByRole("row").filter({ has: page.getByRole("link") }).first().getByRole("link").nth(1);
    const href = await link.getAttribute("href");
    assert.match(href ?? "", /^\/?domains\/[^/]+\/streams\//);
    // While the region's first read lands, rows re-sort (broken destinations first): click the stream we read, not
    // whatever row is first by then.
    await page.locator(`a[href="${href}"]`).first().click();
    await page.waitForFunction((p) => (location.pathname + location.search).endsWith(p.replace(/^\//, "")), href, { timeout: 15_000 });
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText("Destination", { exact: true }).first().waitFor({ timeout: 15_000 });
    assert.deepEqual(problems, []);
  });

  test("a dialog opens and closes", async () => {
    await page.getByRole("button", { name: /edit tags/i }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor({ timeout: 15_000 });
    await dialog.getByRole("button", { name: /cancel/i }).click();
    await dialog.waitFor({ state: "detached", timeout: 15_000 });
    assert.deepEqual(problems, [], "no failed request, script error or Content-Security-Policy violation");
  });
});

describe("the published folder", { skip: !publishDir && "no SHIP_PUBLISH_DIR: checking a running app only" }, () => {
  let entries;
  before(() => { entries = JSON.parse(readFileSync(process.env.SHIP_PUBLISH_LISTING, "utf8")); });

  test("holds no symlink", () => {
    assert.deepEqual(entries.filter((e) => e.symlink).map((e) => e.path), []);
  });

  test("holds no development-only file", () => {
    const developmentOnly = /(^|\/)(appsettings\.Development\.json|launchSettings\.json|[^/]+\.staticwebassets\.runtime\.json|[^/]+\.user|obj|node_modules|\.git|tests)$|\.db(-wal|-shm)?$/;
    assert.deepEqual(entries.map((e) => e.path).filter((p) => developmentOnly.test(p)), []);
  });

  test("serves the framework script from a file of its own", () => {
    assert.ok(entries.some((e) => e.path === "wwwroot/_framework/blazor.web.js" && !e.directory));
    const manifest = JSON.parse(readFileSync(join(publishDir, "EventStreamConsole.staticwebassets.endpoints.json"), "utf8"));
    assert.ok(manifest.Endpoints.some((e) => e.Route === "_framework/blazor.web.js"));
  });
});
