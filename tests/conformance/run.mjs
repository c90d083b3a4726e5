// Starts the standalone emulator as the README does (one --urls address: HTTP/1.1 and cleartext HTTP/2 on the same port,
// for the JS Kinesis client speaks HTTP/2 to http:// endpoints), runs every *.test.mjs against it with node's test
// runner and the official clients' default settings, and stops it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const configuration = process.env.CONFIGURATION ?? "Debug";
const dll = process.env.EMULATOR_DLL ??
  resolve(here, `../../src/EventStreamConsole.Emulator/bin/${configuration}/net10.0/EventStreamConsole.Emulator.dll`);
if (!existsSync(dll)) {
  console.error(`Emulator not built: ${dll} is missing. Run 'dotnet build' first (or set EMULATOR_DLL).`);
  process.exit(2);
}

const freePort = () => new Promise((resolvePort, reject) => {
  const server = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => resolvePort(port));
  });
});
const url = `http://127.0.0.1:${await freePort()}`;

const dataDir = mkdtempSync(join(tmpdir(), "esc-conformance-"));
const emulator = spawn("dotnet", [dll,
  "--urls", url,
  `--Emulator:DatabasePath=${join(dataDir, "conformance.db")}`,
  "--Emulator:HealthCheckInterval=00:00:00.250",
], { stdio: ["ignore", "pipe", "pipe"] });

const stop = () => { emulator.kill("SIGTERM"); rmSync(dataDir, { recursive: true, force: true }); };
process.on("exit", stop);

await new Promise((resolveReady, reject) => {
  const timer = setTimeout(() => reject(new Error("The emulator did not report its addresses within 60 s.")), 60_000);
  let log = "";
  const read = (chunk) => {
    log += chunk.toString();
    if (log.includes(`Now listening on: ${url}`)) { clearTimeout(timer); resolveReady(); }
  };
  emulator.stdout.on("data", read);
  emulator.stderr.on("data", read);
  emulator.on("exit", (code) => reject(new Error(`The emulator exited with ${code} before it was ready:\n${log}`)));
});

console.log(`emulator: ${url} (HTTP/1.1 and HTTP/2)`);
const tests = spawn(process.execPath, ["--test", "--test-concurrency=1",
  "--test-reporter=spec", "--test-reporter-destination=stdout",
  "--test-reporter=tap", `--test-reporter-destination=${join(here, "results.tap")}`,
  ...(process.argv.slice(2).length ? process.argv.slice(2) : ["test/"])], {
  cwd: here, stdio: "inherit", env: { ...process.env, EMULATOR_URL: url },
});
const code = await new Promise((r) => tests.on("exit", (c) => r(c ?? 1)));
process.exit(code);
