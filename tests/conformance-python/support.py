"""What the tests share: clients with boto3's default configuration, the AWS CLI, the emulator's admin API.

Every client is made as a user would make it: a Session with an access key, a secret and a region, and a client
with endpoint_url. No botocore Config, no retry settings; run.py also clears every AWS_* variable and points the
shared config and credentials files at files that do not exist, so nothing on the machine changes the defaults.
"""
import json
import os
import re
import shutil
import subprocess
import threading
import time
import unittest
import urllib.error
import urllib.request
from datetime import datetime, timezone

import boto3
from botocore.exceptions import ClientError

ENDPOINT = os.environ.get("EMULATOR_URL")
if not ENDPOINT:
    raise RuntimeError("Run through run.py: EMULATOR_URL is not set.")

REQUEST_ID = re.compile(r"^[0-9a-f-]{36}$")

_next = (time.time_ns() % 1_000_000_000) * 100
_lock = threading.Lock()


def new_account():
    """A fresh 12-digit account: the emulator gives each access key of 12 digits its own world."""
    global _next
    with _lock:
        _next += 1
        return str(_next % 1_000_000_000_000).zfill(12)


class Clients:
    def __init__(self, account=None, region="us-east-1"):
        self.account = account or new_account()
        self.region = region
        # boto3's default configuration: only who (credentials), where (region) and the endpoint.
        self.session = boto3.session.Session(
            aws_access_key_id=self.account, aws_secret_access_key="conformance", region_name=region)
        self.profiles = self.session.client("customer-profiles", endpoint_url=ENDPOINT)
        self.kinesis = self.session.client("kinesis", endpoint_url=ENDPOINT)

    def kinesis_arn(self, name):
        return f"arn:aws:kinesis:{self.region}:{self.account}:stream/{name}"

    def stream_arn(self, domain, name):
        return f"arn:aws:profile:{self.region}:{self.account}:domains/{domain}/event-streams/{name}"

    def domain_arn(self, domain):
        return f"arn:aws:profile:{self.region}:{self.account}:domains/{domain}"


def event_stream(c, domain="retail", name="orders", kinesis_name="exports", tags=None):
    """A domain with a Kinesis stream and an event stream pointing at it."""
    c.profiles.create_domain(DomainName=domain, DefaultExpirationDays=365)
    c.kinesis.create_stream(StreamName=kinesis_name, ShardCount=1)
    extra = {"Tags": tags} if tags is not None else {}
    return c.profiles.create_event_stream(
        DomainName=domain, EventStreamName=name, Uri=c.kinesis_arn(kinesis_name), **extra)


def admin(method, path, body=None):
    """The emulator's admin API: JSON content type on every call, no Origin header."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"{ENDPOINT}/_emulator{path}", data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = response.read()
            return json.loads(payload) if payload else None
    except urllib.error.HTTPError as error:
        raise AssertionError(f"{method} {path}: {error.code} {error.read().decode(errors='replace')}") from None


class Throttling:
    """Switches the emulator's throttling off for a block (set-up that AWS's TPS would only slow down)."""

    def __enter__(self):
        admin("PUT", "/throttling", {"Enabled": False})

    def __exit__(self, *exc):
        admin("PUT", "/throttling", {"Enabled": True})


def failure(fn, *args, **kwargs):
    """Runs fn and returns the ClientError it raised (failing when it did not raise one)."""
    try:
        fn(*args, **kwargs)
    except ClientError as error:
        return error
    raise AssertionError("expected the call to fail, but it succeeded")


class Attempts:
    """Every HTTP attempt a client makes for one operation, seen through botocore's public 'response-received'
    event: the parsed answer of each try, also the ones its default retry handler retried and so never raised."""

    def __init__(self, client, operation):
        self.seen = []
        self._lock = threading.Lock()
        service_id = client.meta.service_model.service_id.hyphenize()
        client.meta.events.register(f"response-received.{service_id}.{operation}", self._record)

    def _record(self, parsed_response=None, exception=None, **_):
        with self._lock:
            self.seen.append(parsed_response if parsed_response is not None else {"exception": exception})

    def errors(self, code=None):
        with self._lock:
            return [p for p in self.seen if "Error" in p and (code is None or p["Error"].get("Code") == code)]


def parse_time(value):
    """A timestamp as the AWS CLI prints it: epoch seconds (v1 prints the wire value) or ISO 8601 (v2's default)."""
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, timezone.utc)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _find_cli():
    candidates = [os.environ.get("AWS_CLI"), shutil.which("aws"), "/usr/bin/aws"]
    for candidate in candidates:
        if not candidate or not os.path.exists(candidate):
            continue
        try:
            probe = subprocess.run([candidate, "--version"], capture_output=True, text=True, timeout=60)
        except OSError:
            continue
        if probe.returncode == 0:
            return candidate, (probe.stdout + probe.stderr).strip()
    return None, None


CLI, CLI_VERSION = _find_cli()


class CliResult:
    def __init__(self, args, completed):
        self.args = args
        self.code = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    @property
    def json(self):
        return json.loads(self.stdout) if self.stdout.strip() else None

    def error(self):
        """(code, operation, message) from the CLI's "An error occurred (Code) when calling the Op operation: ..."."""
        match = re.search(r"An error occurred \(([A-Za-z]+)\) when calling the (\w+) operation(?: \([^)]*\))?: (.*)", self.stderr)
        return match.groups() if match else None


def cli(*args, account, region="us-east-1", extra_env=None):
    """Runs `aws <args> --endpoint-url <emulator> --output json` with the account's key in the environment."""
    if CLI is None:
        raise AssertionError("The AWS CLI is not installed (no 'aws' on PATH, nor /usr/bin/aws); .ci/run installs awscli.")
    env = dict(os.environ)
    env.update({
        "AWS_ACCESS_KEY_ID": account, "AWS_SECRET_ACCESS_KEY": "conformance", "AWS_DEFAULT_REGION": region,
        "AWS_PAGER": "",  # CLI v2 pipes output to a pager by default
    })
    env.update(extra_env or {})
    command = [CLI, *args, "--endpoint-url", ENDPOINT, "--output", "json"]
    completed = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    return CliResult(args, completed)


# The CLI's exit code for an error the service answered: v1 exits 255, v2 254.
CLI_SERVICE_ERROR = (254, 255)


class TestCase(unittest.TestCase):
    maxDiff = None

    def assertModeled(self, error, code, status, client=None, message=None):
        """A ClientError as botocore parses a modeled error: the code, the HTTP status, a request id, a message."""
        self.assertIsInstance(error, ClientError)
        response = error.response
        self.assertEqual(response["Error"]["Code"], code, response)
        self.assertEqual(response["ResponseMetadata"]["HTTPStatusCode"], status)
        self.assertRegex(response["ResponseMetadata"]["RequestId"], REQUEST_ID)
        self.assertEqual(response["ResponseMetadata"]["HTTPHeaders"].get("x-amzn-errortype"), code)
        self.assertTrue(response["Error"]["Message"])
        if client is not None:
            # The client's modeled exception class for this code, from botocore's error factory.
            self.assertIsInstance(error, getattr(client.exceptions, code))
        if message is not None:
            self.assertRegex(response["Error"]["Message"], message)

    def assertCliError(self, result, code, operation, message=None):
        self.assertIn(result.code, CLI_SERVICE_ERROR, f"exit code {result.code}; stderr: {result.stderr}")
        self.assertEqual(result.stdout.strip(), "")
        parsed = result.error()
        self.assertIsNotNone(parsed, f"no AWS error on stderr: {result.stderr!r}")
        self.assertEqual(parsed[:2], (code, operation))
        if message is not None:
            self.assertRegex(parsed[2], message)
