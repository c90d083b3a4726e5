// The ship test: builds the app exactly as the Dockerfile's stages do (dockerfile_build.py runs its instructions as
// processes into a temp folder), starts the final stage's ENTRYPOINT with the image's environment — as
// `docker run -p 127.0.0.1:<port>:8080 -e Auth__Mode=Unsecured` would — and runs check.mjs against it.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { check, listFolder } from "./check.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repository = resolve(here, "../..");
const root = mkdtempSync(join(tmpdir(), "esc-ship-"));
const keep = process.env.SHIP_KEEP === "1";
let app;
const cleanUp = () => {
  app?.kill("SIGTERM");
  if (!keep) rmSync(root, { recursive: true, force: true });
};
process.on("exit", cleanUp);

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const built = await new Promise((r) => spawn("python3", [join(here, "dockerfile_build.py"),
  "--dockerfile", join(repository, "Dockerfile"), "--context", repository,
  "--root", join(root, "image"), "--describe", join(root, "image.json")], { stdio: "inherit" }).on("exit", r));
if (built !== 0) {
  console.error(`The Dockerfile's build failed (exit code ${built}).`);
  process.exit(1);
}
console.log(`== built as the Dockerfile says in ${seconds()}`);

const image = JSON.parse(readFileSync(join(root, "image.json"), "utf8"));
// The folder as the image holds it: the running app then writes its data (App_Data) there.
const listing = listFolder(image.workdir, join(root, "listing.json"));
const port = await new Promise((r, reject) => {
  const server = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
    const { port: p } = server.address();
    server.close(() => r(p));
  });
});
const url = `http://127.0.0.1:${port}`;
const [command, ...args] = [...image.entrypoint, ...(image.cmd ?? [])];
let log = "";
app = spawn(command, args, {
  cwd: image.workdir,
  env: {
    ...process.env,
    ...image.env,
    ...(image.home ? { HOME: image.home } : {}),
    // What README's `docker run -p 127.0.0.1:8080:8080 -e Auth__Mode=Unsecured` gives the app inside the container.
    ASPNETCORE_URLS: url,
    Auth__Mode: "Unsecured",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
app.stdout.on("data", (c) => { log += c; });
app.stderr.on("data", (c) => { log += c; });
const exited = new Promise((r) => app.on("exit", (code) => r(code)));

const ready = await Promise.race([
  (async () => {
    for (let i = 0; i < 120; i++) {
      try {
        const answer = await fetch(`${url}/healthz`);
        if (answer.ok) return true;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  })(),
  exited.then(() => false),
]);
if (!ready) {
  console.error(`The published app did not answer /healthz within 60 s. Its output:\n${log}`);
  process.exit(1);
}
console.log(`== the published app answers at ${url} (${seconds()})`);

const code = await check(url, image.workdir, listing);
const unhandled = log.split("\n").filter((line) => /"@l":"(Error|Fatal)"|\b(fail|crit):/.test(line));
if (unhandled.length > 0) {
  console.error(`The published app logged errors:\n${unhandled.join("\n")}`);
}
console.log(`== ship test done in ${seconds()}`);
process.exit(code !== 0 || unhandled.length > 0 ? 1 : 0);
