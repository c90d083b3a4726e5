import { test } from "node:test";
import assert from "node:assert/strict";
import {
  BadRequestException, ResourceNotFoundException, AccessDeniedException, ThrottlingException, InternalServerException,
  CustomerProfilesServiceException,
  CreateDomainCommand, GetDomainCommand, ListDomainsCommand, CreateEventStreamCommand, GetEventStreamCommand,
  TagResourceCommand, UntagResourceCommand, ListEventStreamsCommand,
} from "@aws-sdk/client-customer-profiles";
import { admin, clients, endpoint, eventStream, failure, sleep } from "../support.mjs";

function assertModeled(error, Type, status, fault) {
  assert.ok(error instanceof Type, `expected ${Type.name}, got ${error.name}: ${error.message}`);
  assert.ok(error instanceof CustomerProfilesServiceException);
  assert.equal(error.name, Type.name);
  assert.equal(error.$metadata.httpStatusCode, status);
  assert.equal(error.$fault, fault);
  assert.match(error.$metadata.requestId, /^[0-9a-f-]{36}$/);
  assert.ok(error.message.length > 0);
}

test("BadRequestException: an invalid name, named with its rule", async () => {
  const c = clients();
  const error = await failure(() => c.profiles.send(new CreateDomainCommand({ DomainName: "bad name", DefaultExpirationDays: 30 })));
  assertModeled(error, BadRequestException, 400, "client");
  assert.match(error.message, /DomainName may contain only letters, digits, hyphens \(-\) and underscores \(_\)/);
});

test("BadRequestException: DefaultExpirationDays out of range", async () => {
  const c = clients();
  const error = await failure(() => c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 5000 })));
  assertModeled(error, BadRequestException, 400, "client");
  assert.match(error.message, /DefaultExpirationDays must be between 1 and 1098/);
});

test("BadRequestException: a second event stream in a domain (quota 1, not adjustable)", async () => {
  const c = clients();
  await eventStream(c);
  await sleep(1100); // CreateEventStream is limited to 1 TPS
  const error = await failure(() => c.profiles.send(new CreateEventStreamCommand({ DomainName: "retail", EventStreamName: "second", Uri: c.kinesisArn("exports") })));
  assertModeled(error, BadRequestException, 400, "client");
  assert.match(error.message, /quota 'Event streams per domain' is 1/);
});

test("BadRequestException: a destination in another region", async () => {
  const c = clients();
  await c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  const error = await failure(() => c.profiles.send(new CreateEventStreamCommand({
    DomainName: "retail", EventStreamName: "orders", Uri: `arn:aws:kinesis:eu-west-1:${c.account}:stream/x` })));
  assertModeled(error, BadRequestException, 400, "client");
  assert.match(error.message, /region us-east-1/);
});

test("BadRequestException: a Uri that is not a Kinesis ARN", async () => {
  const c = clients();
  await c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  const error = await failure(() => c.profiles.send(new CreateEventStreamCommand({ DomainName: "retail", EventStreamName: "orders", Uri: "https://example.com" })));
  assertModeled(error, BadRequestException, 400, "client");
  assert.match(error.message, /Uri must be a Kinesis data stream ARN/);
});

test("BadRequestException: tag rules (aws: prefix, more than 50 keys)", async () => {
  const c = clients();
  const { EventStreamArn } = await eventStream(c);
  const reserved = await failure(() => c.profiles.send(new TagResourceCommand({ resourceArn: EventStreamArn, tags: { "aws:team": "x" } })));
  assertModeled(reserved, BadRequestException, 400, "client");
  assert.match(reserved.message, /must not start with 'aws:'/);
  const keys = Array.from({ length: 51 }, (_, i) => `k${i}`);
  const tooMany = await failure(() => c.profiles.send(new UntagResourceCommand({ resourceArn: EventStreamArn, tagKeys: keys })));
  assertModeled(tooMany, BadRequestException, 400, "client");
  assert.match(tooMany.message, /at most 50 keys/);
});

test("BadRequestException: a NextToken the service did not issue", async () => {
  const c = clients();
  await c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  const error = await failure(() => c.profiles.send(new ListEventStreamsCommand({ DomainName: "retail", NextToken: "forged" })));
  assertModeled(error, BadRequestException, 400, "client");
});

test("ResourceNotFoundException: a missing domain and a missing stream", async () => {
  const c = clients();
  assertModeled(await failure(() => c.profiles.send(new GetDomainCommand({ DomainName: "nope" }))), ResourceNotFoundException, 404, "client");
  await c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  const error = await failure(() => c.profiles.send(new GetEventStreamCommand({ DomainName: "retail", EventStreamName: "nope" })));
  assertModeled(error, ResourceNotFoundException, 404, "client");
  assert.equal(error.message, "Event stream 'nope' was not found in domain 'retail'.");
});

test("ThrottlingException: a burst above 5 TPS without retries", async () => {
  const c = clients(undefined, "us-east-1", { maxAttempts: 1 });
  const results = await Promise.allSettled(Array.from({ length: 12 }, () => c.profiles.send(new ListDomainsCommand({}))));
  const throttled = results.filter((r) => r.status === "rejected").map((r) => r.reason);
  assert.ok(throttled.length >= 5, `only ${throttled.length} of 12 were throttled`);
  for (const error of throttled) assertModeled(error, ThrottlingException, 429, "client");
});

test("ThrottlingException is retried by the SDK's standard retry strategy", async () => {
  const c = clients();
  await admin("PUT", "/faults/ListDomains", { FailNext: 1, ErrorType: "ThrottlingException", StatusCode: 429 });
  const listed = await c.profiles.send(new ListDomainsCommand({}));
  assert.equal(listed.$metadata.attempts, 2);
  await admin("DELETE", "/faults");
});

test("AccessDeniedException and InternalServerException (injected)", async () => {
  const c = clients(undefined, "us-east-1", { maxAttempts: 1 });
  await admin("PUT", "/faults/GetDomain", { FailNext: 1, ErrorType: "AccessDeniedException", StatusCode: 403 });
  assertModeled(await failure(() => c.profiles.send(new GetDomainCommand({ DomainName: "x" }))), AccessDeniedException, 403, "client");
  await admin("PUT", "/faults/GetDomain", { FailNext: 1, ErrorType: "InternalServerException", StatusCode: 500 });
  assertModeled(await failure(() => c.profiles.send(new GetDomainCommand({ DomainName: "x" }))), InternalServerException, 500, "server");
  await admin("DELETE", "/faults");
});

test("InternalServerException twice is retried by the SDK and the third attempt succeeds", async () => {
  const c = clients();
  await c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  await admin("PUT", "/faults/GetDomain", { FailNext: 2, ErrorType: "InternalServerException", StatusCode: 500 });
  const got = await c.profiles.send(new GetDomainCommand({ DomainName: "retail" }));
  assert.equal(got.$metadata.attempts, 3);
  await admin("DELETE", "/faults");
});

test("An unsigned request is refused with 403", async () => {
  const response = await fetch(new URL("/domains", endpoint));
  assert.equal(response.status, 403);
  assert.equal(response.headers.get("x-amzn-errortype"), "MissingAuthenticationTokenException");
});
