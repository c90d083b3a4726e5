import { CustomerProfilesClient, CreateDomainCommand, CreateEventStreamCommand } from "@aws-sdk/client-customer-profiles";
import { KinesisClient, CreateStreamCommand } from "@aws-sdk/client-kinesis";

const endpoint = process.env.EMULATOR_URL;
if (!endpoint) throw new Error("Run through run.mjs: EMULATOR_URL is not set.");
export { endpoint };

let next = Number(process.hrtime.bigint() % 1_000_000_000n) * 100;
/** A fresh 12-digit account: the emulator gives each access key of 12 digits its own world. */
export function newAccount() { next += 1; return String(next % 1_000_000_000_000).padStart(12, "0"); }

export function clients(account = newAccount(), region = "us-east-1", extra = {}) {
  // The clients' default configuration: no request handler, no protocol settings; only where and who.
  const base = { region, credentials: { accessKeyId: account, secretAccessKey: "conformance" }, ...extra };
  return {
    account, region,
    profiles: new CustomerProfilesClient({ ...base, endpoint }),
    kinesis: new KinesisClient({ ...base, endpoint }),
    kinesisArn: (name) => `arn:aws:kinesis:${region}:${account}:stream/${name}`,
    streamArn: (domain, name) => `arn:aws:profile:${region}:${account}:domains/${domain}/event-streams/${name}`,
    domainArn: (domain) => `arn:aws:profile:${region}:${account}:domains/${domain}`,
  };
}

/** A domain with a Kinesis stream and an event stream pointing at it. */
export async function eventStream(c, domain = "retail", name = "orders", kinesisName = "exports", tags = undefined) {
  await c.profiles.send(new CreateDomainCommand({ DomainName: domain, DefaultExpirationDays: 365 }));
  await c.kinesis.send(new CreateStreamCommand({ StreamName: kinesisName, ShardCount: 1 }));
  return c.profiles.send(new CreateEventStreamCommand({ DomainName: domain, EventStreamName: name, Uri: c.kinesisArn(kinesisName), Tags: tags }));
}

/** The emulator's admin API; calls that change state need JSON or the X-Emulator-Admin header (cross-site protection). */
export async function admin(method, path, body) {
  const headers = { "x-emulator-admin": "conformance", ...(body ? { "content-type": "application/json" } : {}) };
  const response = await fetch(new URL(`/_emulator${path}`, endpoint), {
    method, headers, body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

/** Runs fn and returns the error it threw (failing when it did not throw). */
export async function failure(fn) {
  try { await fn(); } catch (error) { return error; }
  throw new Error("expected the call to fail, but it succeeded");
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
