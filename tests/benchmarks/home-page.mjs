// Benchmark (not a test): the event streams page on the demo's 124 domains, with AWS's real TPS enforced by the
// embedded emulator.
//   1. Ten viewers open the home page of a cold console at once: how many inventory refreshes and AWS calls result.
//   2. With the inventory warm: time from navigation to the first rows visible, median of N fresh browser contexts.
// Usage: node tests/benchmarks/home-page.mjs [runs=9]   (needs Debian's chromium; BROWSER_PATH overrides)
import { spawn, execFileSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const runs = Number(process.argv[2] ?? 9);
const port = await new Promise((r) => { const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => r(p)); }); });
const base = `http://127.0.0.1:${port}`;

execFileSync("dotnet", ["build", "src/EventStreamConsole", "-c", "Release", "-nologo", "-clp:ErrorsOnly"], { cwd: root, stdio: "inherit" });
const app = spawn("dotnet", [resolve(root, "src/EventStreamConsole/bin/Release/net10.0/EventStreamConsole.dll"),
  "--urls", base, "--Emulator:DatabasePath=", "--environment", "Production"],
  { cwd: resolve(root, "src/EventStreamConsole"), stdio: ["ignore", "pipe", "pipe"] });
process.on("exit", () => app.kill("SIGTERM"));
const appLog = createWriteStream(process.env.APP_LOG ?? "/dev/null");
app.stdout.pipe(appLog);
app.stderr.pipe(appLog);
const emulatorUrl = await new Promise((r, reject) => {
  let log = "";
  const timer = setTimeout(() => reject(new Error("the console did not start:\n" + log)), 90_000);
  const read = (chunk) => {
    log += chunk;
    const emulator = log.match(/embedded emulator at \\?"?(http:\/\/127\.0\.0\.1:\d+\/)/);
    if (emulator && log.includes("Now listening on")) { clearTimeout(timer); r(emulator[1]); }
  };
  app.stdout.on("data", read);
  app.stderr.on("data", read);
});

const browser = await chromium.launch({ executablePath: process.env.BROWSER_PATH ?? "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const open = async () => { const context = await browser.newContext({ viewport: { width: 1400, height: 900 } }); return { context, page: await context.newPage() }; };

// 1. Ten viewers at once on a cold inventory.
const started = Date.now();
const viewers = await Promise.all(Array.from({ length: 10 }, open));
await Promise.all(viewers.map(({ page }) => page.goto(base + "/")));
await Promise.all(viewers.map(({ page }) => page.waitForSelector("text=124 of 124 domains ·", { timeout: 300_000 })));
const coldSeconds = (Date.now() - started) / 1000;
const counts = await (await fetch(new URL("_emulator/requests", emulatorUrl))).json();
const calls = (operation) => counts.filter((c) => c.Region === "us-east-1" && c.Operation === operation).reduce((n, c) => n + c.Calls, 0);
const throttled = counts.reduce((n, c) => n + c.Throttled, 0);
await Promise.all(viewers.map(({ context }) => context.close()));
console.log(`cold: 10 viewers saw all 124 domains after ${coldSeconds.toFixed(1)} s; AWS calls: ListDomains ${calls("ListDomains")}, ` +
  `ListEventStreams ${calls("ListEventStreams")}, GetEventStream ${calls("GetEventStream")}; throttled ${throttled}`);

// 2. Warm inventory: navigation to first rows.
const times = [];
for (let i = 0; i < runs; i++) {
  const { context, page } = await open();
  const t0 = performance.now();
  await page.goto(base + "/");
  await page.waitForSelector("tbody tr.mud-table-row", { timeout: 30_000 });
  times.push(performance.now() - t0);
  await context.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`warm: first rows visible after median ${(median / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)}, max ${(times.at(-1) / 1000).toFixed(2)}) over ${runs} runs`);
const after = await (await fetch(new URL("_emulator/requests", emulatorUrl))).json();
const get = after.filter((c) => c.Operation === "GetEventStream").reduce((n, c) => n + c.Calls, 0);
console.log(`GetEventStream calls during all page views: ${get}`);
await browser.close();
process.exit(0);
