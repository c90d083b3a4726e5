import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CreateStreamCommand, DeleteStreamCommand, ListStreamsCommand, DescribeStreamSummaryCommand,
  ResourceNotFoundException, ResourceInUseException, InvalidArgumentException, KinesisServiceException,
} from "@aws-sdk/client-kinesis";
import { clients, failure } from "../support.mjs";

test("CreateStream, ListStreams (paged), DescribeStreamSummary and DeleteStream over awsJson1.1 and HTTP/2", async () => {
  const c = clients();
  for (const name of ["alpha", "bravo", "charlie"]) {
    await c.kinesis.send(new CreateStreamCommand({ StreamName: name, ShardCount: 2 }));
  }
  const first = await c.kinesis.send(new ListStreamsCommand({ Limit: 2 }));
  assert.deepEqual(first.StreamNames, ["alpha", "bravo"]);
  assert.equal(first.HasMoreStreams, true);
  const second = await c.kinesis.send(new ListStreamsCommand({ Limit: 2, NextToken: first.NextToken }));
  assert.deepEqual(second.StreamNames, ["charlie"]);
  assert.equal(second.HasMoreStreams, false);
  assert.equal(first.StreamSummaries[0].StreamARN, c.kinesisArn("alpha"));
  assert.equal(first.StreamSummaries[0].StreamStatus, "ACTIVE");
  assert.ok(first.StreamSummaries[0].StreamCreationTimestamp instanceof Date);

  const byName = await c.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: "bravo" }));
  const byArn = await c.kinesis.send(new DescribeStreamSummaryCommand({ StreamARN: c.kinesisArn("bravo") }));
  assert.equal(byName.StreamDescriptionSummary.OpenShardCount, 2);
  assert.equal(byArn.StreamDescriptionSummary.StreamARN, c.kinesisArn("bravo"));
  assert.equal(byArn.StreamDescriptionSummary.StreamModeDetails.StreamMode, "PROVISIONED");

  await c.kinesis.send(new DeleteStreamCommand({ StreamName: "alpha" }));
  const after = await c.kinesis.send(new ListStreamsCommand({}));
  assert.deepEqual(after.StreamNames, ["bravo", "charlie"]);
});

test("Kinesis errors arrive as the SDK's modeled types", async () => {
  const c = clients();
  const missing = await failure(() => c.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: "nope" })));
  assert.ok(missing instanceof ResourceNotFoundException && missing instanceof KinesisServiceException);
  assert.equal(missing.$metadata.httpStatusCode, 400);
  assert.match(missing.message, /Stream nope under account \d{12} not found/);

  await c.kinesis.send(new CreateStreamCommand({ StreamName: "dup", ShardCount: 1 }));
  const duplicate = await failure(() => c.kinesis.send(new CreateStreamCommand({ StreamName: "dup", ShardCount: 1 })));
  assert.ok(duplicate instanceof ResourceInUseException);

  const invalid = await failure(() => c.kinesis.send(new CreateStreamCommand({ StreamName: "no shards" })));
  assert.ok(invalid instanceof InvalidArgumentException);
});

test("ON_DEMAND streams report their mode", async () => {
  const c = clients();
  await c.kinesis.send(new CreateStreamCommand({ StreamName: "od", StreamModeDetails: { StreamMode: "ON_DEMAND" } }));
  const described = await c.kinesis.send(new DescribeStreamSummaryCommand({ StreamName: "od" }));
  assert.equal(described.StreamDescriptionSummary.StreamModeDetails.StreamMode, "ON_DEMAND");
});
