import { test } from "node:test";
import assert from "node:assert/strict";
import { ListDomainsCommand, CustomerProfilesServiceException } from "@aws-sdk/client-customer-profiles";
import { ListStreamsCommand, KinesisServiceException } from "@aws-sdk/client-kinesis";
import { clients, endpoint, failure, newAccount } from "../support.mjs";

test("A credential scoped to no region: InvalidSignatureException, 403 from Customer Profiles, 400 from Kinesis", async () => {
  const c = clients(newAccount(), "xx-nowhere-1", { maxAttempts: 1 });
  const profiles = await failure(() => c.profiles.send(new ListDomainsCommand({})));
  assert.ok(profiles instanceof CustomerProfilesServiceException);
  assert.equal(profiles.name, "InvalidSignatureException");
  assert.equal(profiles.$metadata.httpStatusCode, 403);
  assert.match(profiles.message, /Credential should be scoped to a valid region, not 'xx-nowhere-1'/);
  const kinesis = await failure(() => c.kinesis.send(new ListStreamsCommand({})));
  assert.ok(kinesis instanceof KinesisServiceException);
  assert.equal(kinesis.name, "InvalidSignatureException");
  assert.equal(kinesis.$metadata.httpStatusCode, 400);
  assert.match(kinesis.$metadata.requestId, /^[0-9a-f-]{36}$/);
});

test("A body that is not UTF-8 is a BadRequestException with a request id, not a 500", async () => {
  const account = newAccount();
  const response = await fetch(new URL("/domains/utf8", endpoint), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `AWS4-HMAC-SHA256 Credential=${account}/20261128/us-east-1/profile/aws4_request, SignedHeaders=host, Signature=00`,
    },
    body: Buffer.concat([Buffer.from('{"DefaultExpirationDays":3,"DefaultEncryptionKey":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
  });
  assert.equal(response.status, 400);
  assert.equal(response.headers.get("x-amzn-errortype"), "BadRequestException");
  assert.match(response.headers.get("x-amzn-requestid"), /^[0-9a-f-]{36}$/);
});

test("The admin API refuses a call that changes state without JSON or the X-Emulator-Admin header", async () => {
  const response = await fetch(new URL("/_emulator/faults", endpoint), { method: "DELETE" });
  assert.equal(response.status, 403);
  const page = await fetch(new URL("/_emulator/state", endpoint), { headers: { origin: "http://evil.example" } });
  assert.equal(page.status, 403);
});
