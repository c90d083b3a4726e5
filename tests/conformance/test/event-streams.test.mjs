import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CreateEventStreamCommand, GetEventStreamCommand, ListEventStreamsCommand, DeleteEventStreamCommand,
  CreateDomainCommand, paginateListEventStreams,
} from "@aws-sdk/client-customer-profiles";
import { clients, eventStream } from "../support.mjs";

test("CreateEventStream returns the ARN AWS forms and echoes tags", async () => {
  const c = clients();
  const created = await eventStream(c, "retail", "orders", "exports", { team: "retail" });
  assert.equal(created.EventStreamArn, c.streamArn("retail", "orders"));
  assert.deepEqual(created.Tags, { team: "retail" });
  assert.equal(created.$metadata.httpStatusCode, 200);
  assert.match(created.$metadata.requestId, /^[0-9a-f-]{36}$/);
});

test("GetEventStream returns every member, timestamps as Dates, no EventStreamName", async () => {
  const c = clients();
  await eventStream(c);
  const got = await c.profiles.send(new GetEventStreamCommand({ DomainName: "retail", EventStreamName: "orders" }));
  assert.equal(got.DomainName, "retail");
  assert.equal(got.EventStreamArn, c.streamArn("retail", "orders"));
  assert.ok(got.CreatedAt instanceof Date);
  assert.ok(Math.abs(Date.now() - got.CreatedAt.getTime()) < 60_000);
  assert.equal(got.State, "RUNNING");
  assert.equal(got.StoppedSince, undefined);
  assert.deepEqual(got.DestinationDetails, { Uri: c.kinesisArn("exports"), Status: "HEALTHY" });
  assert.equal(got.Tags, undefined);
  assert.equal(got.EventStreamName, undefined);
});

test("ListEventStreams returns summaries without Message, and the SDK paginator ends", async () => {
  const c = clients();
  await eventStream(c, "retail", "orders", "exports", { env: "prod" });
  const listed = await c.profiles.send(new ListEventStreamsCommand({ DomainName: "retail", MaxResults: 10 }));
  assert.equal(listed.NextToken, undefined);
  assert.equal(listed.Items.length, 1);
  const [item] = listed.Items;
  assert.equal(item.EventStreamName, "orders");
  assert.equal(item.DomainName, "retail");
  assert.equal(item.State, "RUNNING");
  assert.deepEqual(item.DestinationSummary, { Uri: c.kinesisArn("exports"), Status: "HEALTHY" });
  assert.deepEqual(item.Tags, { env: "prod" });

  const names = [];
  for await (const page of paginateListEventStreams({ client: c.profiles, pageSize: 1 }, { DomainName: "retail" })) {
    names.push(...page.Items.map((i) => i.EventStreamName));
  }
  assert.deepEqual(names, ["orders"]);
});

test("DeleteEventStream removes the stream; a second delete is ResourceNotFoundException", async () => {
  const c = clients();
  await eventStream(c);
  const deleted = await c.profiles.send(new DeleteEventStreamCommand({ DomainName: "retail", EventStreamName: "orders" }));
  assert.equal(deleted.$metadata.httpStatusCode, 200);
  const listed = await c.profiles.send(new ListEventStreamsCommand({ DomainName: "retail" }));
  assert.deepEqual(listed.Items, []);
  await assert.rejects(
    c.profiles.send(new DeleteEventStreamCommand({ DomainName: "retail", EventStreamName: "orders" })),
    { name: "ResourceNotFoundException", $fault: "client" });
});

test("A destination whose Kinesis stream is deleted turns UNHEALTHY with UnhealthySince and Message, then heals", async () => {
  const { DeleteStreamCommand, CreateStreamCommand } = await import("@aws-sdk/client-kinesis");
  const c = clients();
  await eventStream(c);
  await c.kinesis.send(new DeleteStreamCommand({ StreamName: "exports" }));

  const waitFor = async (status) => {
    for (let i = 0; i < 60; i++) {
      const got = await c.profiles.send(new GetEventStreamCommand({ DomainName: "retail", EventStreamName: "orders" }));
      if (got.DestinationDetails.Status === status) return got;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.fail(`destination never became ${status}`);
  };
  const unhealthy = await waitFor("UNHEALTHY");
  assert.ok(unhealthy.DestinationDetails.UnhealthySince instanceof Date);
  assert.match(unhealthy.DestinationDetails.Message, /not found/);
  const listed = await c.profiles.send(new ListEventStreamsCommand({ DomainName: "retail" }));
  assert.equal(listed.Items[0].DestinationSummary.Status, "UNHEALTHY");
  assert.ok(listed.Items[0].DestinationSummary.UnhealthySince instanceof Date);
  assert.equal(listed.Items[0].DestinationSummary.Message, undefined);

  await c.kinesis.send(new CreateStreamCommand({ StreamName: "exports", ShardCount: 1 }));
  const healthy = await waitFor("HEALTHY");
  assert.equal(healthy.DestinationDetails.UnhealthySince, undefined);
  assert.equal(healthy.DestinationDetails.Message, undefined);
});

test("Regions of one account are separate worlds", async () => {
  const east = clients();
  await east.profiles.send(new CreateDomainCommand({ DomainName: "retail", DefaultExpirationDays: 30 }));
  const west = clients(east.account, "eu-west-2");
  await assert.rejects(
    west.profiles.send(new CreateEventStreamCommand({ DomainName: "retail", EventStreamName: "orders", Uri: west.kinesisArn("x") })),
    { name: "ResourceNotFoundException" });
});
