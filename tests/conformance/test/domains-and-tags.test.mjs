import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CreateDomainCommand, GetDomainCommand, ListDomainsCommand,
  TagResourceCommand, UntagResourceCommand, ListTagsForResourceCommand,
} from "@aws-sdk/client-customer-profiles";
import { admin, clients, eventStream } from "../support.mjs";

test("CreateDomain and GetDomain round-trip the domain's settings", async () => {
  const c = clients();
  const created = await c.profiles.send(new CreateDomainCommand({
    DomainName: "retail", DefaultExpirationDays: 400, DeadLetterQueueUrl: "https://sqs.us-east-1.amazonaws.com/1/dlq", Tags: { team: "retail" },
  }));
  assert.equal(created.DomainName, "retail");
  assert.equal(created.DefaultExpirationDays, 400);
  assert.ok(created.CreatedAt instanceof Date);
  const got = await c.profiles.send(new GetDomainCommand({ DomainName: "retail" }));
  assert.equal(got.DefaultExpirationDays, 400);
  assert.equal(got.DeadLetterQueueUrl, "https://sqs.us-east-1.amazonaws.com/1/dlq");
  assert.deepEqual(got.Tags, { team: "retail" });
  assert.equal(got.CreatedAt.getTime(), created.CreatedAt.getTime());
  assert.equal(typeof got.Stats.ProfileCount, "number");
});

test("ListDomains pages with MaxResults and NextToken until the token is gone", async () => {
  const c = clients();
  const names = ["a-domain", "b-domain", "c-domain", "d-domain", "e-domain"];
  // CreateDomain is limited to 1 TPS, which the SDK does not pace; set up without throttling, then list with it.
  await admin("PUT", "/throttling", { Enabled: false });
  try {
    for (const name of names) {
      await c.profiles.send(new CreateDomainCommand({ DomainName: name, DefaultExpirationDays: 30 }));
    }
  } finally {
    await admin("PUT", "/throttling", { Enabled: true });
  }
  const seen = [];
  let NextToken;
  let pages = 0;
  do {
    const page = await c.profiles.send(new ListDomainsCommand({ MaxResults: 2, NextToken }));
    pages += 1;
    seen.push(...page.Items.map((d) => d.DomainName));
    for (const item of page.Items) {
      assert.ok(item.CreatedAt instanceof Date && item.LastUpdatedAt instanceof Date);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  assert.equal(pages, 3);
  assert.deepEqual(seen, names);
});

test("TagResource, UntagResource and ListTagsForResource use lower-case members on an event stream ARN", async () => {
  const c = clients();
  const { EventStreamArn } = await eventStream(c, "retail", "orders", "exports", { team: "retail" });
  const tagged = await c.profiles.send(new TagResourceCommand({ resourceArn: EventStreamArn, tags: { owner: "kenji", "cost:center": "CC-1" } }));
  assert.equal(tagged.$metadata.httpStatusCode, 200);
  await c.profiles.send(new UntagResourceCommand({ resourceArn: EventStreamArn, tagKeys: ["team", "missing"] }));
  const listed = await c.profiles.send(new ListTagsForResourceCommand({ resourceArn: EventStreamArn }));
  assert.deepEqual(listed.tags, { owner: "kenji", "cost:center": "CC-1" });
});

test("Tags on a domain ARN", async () => {
  const c = clients();
  await c.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  await c.profiles.send(new TagResourceCommand({ resourceArn: c.domainArn("retail"), tags: { env: "prod" } }));
  const listed = await c.profiles.send(new ListTagsForResourceCommand({ resourceArn: c.domainArn("retail") }));
  assert.deepEqual(listed.tags, { env: "prod" });
});
