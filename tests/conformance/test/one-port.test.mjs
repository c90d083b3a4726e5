import { test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:http2";
import { ListDomainsCommand } from "@aws-sdk/client-customer-profiles";
import { ListStreamsCommand } from "@aws-sdk/client-kinesis";
import { clients, endpoint } from "../support.mjs";

test("Both default clients work against the one address the README gives, each in its own protocol", async () => {
  const c = clients();
  // Left to their defaults, the Kinesis client brings its HTTP/2 handler and the Customer Profiles client HTTP/1.1.
  assert.equal(c.kinesis.config.requestHandler.constructor.name, "NodeHttp2Handler");
  assert.equal(c.profiles.config.requestHandler.constructor.name, "NodeHttpHandler");

  const [streams, domains] = await Promise.all([
    c.kinesis.send(new ListStreamsCommand({})),
    c.profiles.send(new ListDomainsCommand({})),
  ]);
  assert.deepEqual(streams.StreamNames, []);
  assert.deepEqual(domains.Items, []);
});

test("A raw HTTP/2 connection with prior knowledge to the same port gets HTTP/2 answers", async () => {
  const session = connect(endpoint);
  try {
    const status = await new Promise((resolve, reject) => {
      const request = session.request({ ":method": "GET", ":path": "/_emulator/state" });
      request.on("response", (headers) => resolve(headers[":status"]));
      request.resume(); // read the body to its end, so the stream closes and session.close() can finish
      request.on("error", reject);
      request.end();
    });
    assert.equal(status, 200);
  } finally {
    session.close();
  }
});
