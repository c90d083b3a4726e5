// Starts the standalone emulator (HTTP/1.1 for Customer Profiles, h2c for Kinesis: the JS Kinesis client speaks
// HTTP/2 to http:// endpoints), runs every *.test.mjs against it with node's test runner, and stops it.
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
const http1 = `http://127.0.0.1:${await freePort()}`;
const h2c = `http://127.0.0.1:${await freePort()}`;

const dataDir = mkdtempSync(join(tmpdir(), "esc-conformance-"));
const emulator = spawn("dotnet", [dll,
  `--Kestrel:Endpoints:Http:Url=${http1}`,
  `--Kestrel:Endpoints:H2c:Url=${h2c}`,
  "--Kestrel:Endpoints:H2c:Protocols=Http2",
  `--Emulator:DatabasePath=${join(dataDir, "conformance.db")}`,
  "--Emulator:HealthCheckInterval=00:00:00.250",
], { stdio: ["ignore", "pipe", "pipe"] });

const stop = () => { emulator.kill("SIGTERM"); rmSync(dataDir, { recursive: true, force: true }); };
process.on("exit", stop);

await new Promise((resolveReady, reject) => {
  const found = [];
  const timer = setTimeout(() => reject(new Error("The emulator did not report its addresses within 60 s.")), 60_000);
  let log = "";
  const read = (chunk) => {
    log += chunk.toString();
    for (const match of log.matchAll(/Now listening on: (http:\/\/127\.0\.0\.1:\d+)/g)) {
      if (!found.includes(match[1])) found.push(match[1]);
    }
    if (found.length === 2) { clearTimeout(timer); resolveReady(); }
  };
  emulator.stdout.on("data", read);
  emulator.stderr.on("data", read);
  emulator.on("exit", (code) => reject(new Error(`The emulator exited with ${code} before it was ready:\n${log}`)));
});

console.log(`emulator: Customer Profiles ${http1}, Kinesis (h2c) ${h2c}`);
const tests = spawn(process.execPath, ["--test", "--test-concurrency=1",
  "--test-reporter=spec", "--test-reporter-destination=stdout",
  "--test-reporter=tap", `--test-reporter-destination=${join(here, "results.tap")}`,
  ...(process.argv.slice(2).length ? process.argv.slice(2) : ["test/"])], {
  cwd: here, stdio: "inherit", env: { ...process.env, EMULATOR_URL: http1, EMULATOR_H2C_URL: h2c },
});
const code = await new Promise((r) => tests.on("exit", (c) => r(c ?? 1)));
process.exit(code);
