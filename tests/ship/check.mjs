// Checks a running Event Stream Console the way a user meets it: its HTTP answers and, in Chromium, that pages become
// interactive. Against a container:
//   docker run -d -p 127.0.0.1:8080:8080 -e Auth__Mode=Unsecured event-stream-console
//   node tests/ship/check.mjs http://127.0.0.1:8080
// With --publish-dir, also checks the published files themselves (tests/ship/run.mjs passes it).
// Writes TAP to tests/ship/results.tap and exits non-zero when a check fails.
import { spawn } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** Every entry under a published folder, as it is now (before the app writes its data there). */
export function listFolder(folder, into) {
  const entries = [];
  const walk = (current) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      const stat = lstatSync(path);
      entries.push({ path: relative(folder, path), symlink: stat.isSymbolicLink(), directory: stat.isDirectory() });
      if (stat.isDirectory()) walk(path);
    }
  };
  walk(folder);
  writeFileSync(into, JSON.stringify(entries));
  return into;
}

export async function check(url, publishDir, listing) {
  const tests = spawn(process.execPath, ["--test", "--test-concurrency=1",
    "--test-reporter=spec", "--test-reporter-destination=stdout",
    "--test-reporter=tap", `--test-reporter-destination=${join(here, "results.tap")}`,
    "test/"], {
    cwd: here, stdio: "inherit",
    env: {
      ...process.env,
      SHIP_URL: url,
      ...(publishDir ? { SHIP_PUBLISH_DIR: resolve(publishDir), SHIP_PUBLISH_LISTING: listing } : {}),
    },
  });
  return await new Promise((r) => tests.on("exit", (c) => r(c ?? 1)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--publish-dir");
  const publishDir = at >= 0 ? args.splice(at, 2)[1] : undefined;
  if (args.length !== 1 || !/^https?:\/\//.test(args[0])) {
    console.error("usage: node tests/ship/check.mjs <console URL, e.g. http://127.0.0.1:8080> [--publish-dir <folder>]");
    process.exit(2);
  }
  const listing = publishDir && listFolder(publishDir, join(mkdtempSync(join(tmpdir(), "esc-check-")), "listing.json"));
  process.exit(await check(args[0].replace(/\/$/, ""), publishDir, listing));
}
