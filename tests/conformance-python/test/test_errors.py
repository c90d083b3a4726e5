"""Every documented error as botocore raises it: ClientError with response['Error']['Code'], the modeled HTTP status,
ResponseMetadata.RequestId, and the client's modeled exception class (client.exceptions.<Code>).

boto3's default retry mode ('legacy' in botocore 1.x: 5 attempts, exponential backoff with jitter) retries 429 and 500.
So that the suite stays fast, throttling and InternalServerException are observed per attempt through botocore's public
'response-received' event (support.Attempts) and the emulator's request counts, instead of exhausting the retries.
"""
import http.client
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

from support import ENDPOINT, REQUEST_ID, Attempts, Clients, TestCase, admin, event_stream, failure


class Faults:
    """Injected faults for the length of a block, removed even when the test fails."""

    def __init__(self, **rules):
        self.rules = rules

    def __enter__(self):
        for operation, rule in self.rules.items():
            admin("PUT", f"/faults/{operation.replace('__', '.')}", rule)

    def __exit__(self, *exc):
        admin("DELETE", "/faults")


class BadRequest(TestCase):
    def test_an_invalid_name_is_named_with_its_rule(self):
        c = Clients()
        error = failure(c.profiles.create_domain, DomainName="bad name", DefaultExpirationDays=30)
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles,
                           message=r"DomainName may contain only letters, digits, hyphens \(-\) and underscores \(_\)")

    def test_default_expiration_days_out_of_range(self):
        c = Clients()
        error = failure(c.profiles.create_domain, DomainName="retail", DefaultExpirationDays=5000)
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles,
                           message="DefaultExpirationDays must be between 1 and 1098")

    def test_a_duplicate_domain(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        # CreateDomain is limited to 1 TPS: the default retry handler waits out the 429 before the real answer.
        error = failure(c.profiles.create_domain, DomainName="retail", DefaultExpirationDays=30)
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles, message="already exists")

    def test_a_second_event_stream_in_a_domain_quota_1_not_adjustable(self):
        c = Clients()
        event_stream(c)
        # CreateEventStream is limited to 1 TPS; boto3's default retries absorb the throttling.
        error = failure(c.profiles.create_event_stream,
                        DomainName="retail", EventStreamName="second", Uri=c.kinesis_arn("exports"))
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles,
                           message="quota 'Event streams per domain' is 1")

    def test_a_destination_in_another_region(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        error = failure(c.profiles.create_event_stream, DomainName="retail", EventStreamName="orders",
                        Uri=f"arn:aws:kinesis:eu-west-1:{c.account}:stream/x")
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles, message="region us-east-1")

    def test_a_uri_that_is_not_a_kinesis_arn(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        error = failure(c.profiles.create_event_stream, DomainName="retail", EventStreamName="orders", Uri="https://example.com")
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles, message="Uri must be a Kinesis data stream ARN")

    def test_a_kinesis_stream_that_does_not_exist(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        error = failure(c.profiles.create_event_stream, DomainName="retail", EventStreamName="orders", Uri=c.kinesis_arn("absent"))
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles, message="'absent' does not exist")

    def test_tag_rules_aws_prefix_and_more_than_50_keys(self):
        c = Clients()
        arn = event_stream(c)["EventStreamArn"]
        reserved = failure(c.profiles.tag_resource, resourceArn=arn, tags={"aws:team": "x"})
        self.assertModeled(reserved, "BadRequestException", 400, client=c.profiles, message="must not start with 'aws:'")
        too_many = failure(c.profiles.untag_resource, resourceArn=arn, tagKeys=[f"k{i}" for i in range(51)])
        self.assertModeled(too_many, "BadRequestException", 400, client=c.profiles, message="at most 50 keys")

    def test_a_resource_arn_that_is_neither_a_domain_nor_an_event_stream(self):
        c = Clients()
        error = failure(c.profiles.list_tags_for_resource, resourceArn=c.kinesis_arn("exports"))
        self.assertModeled(error, "BadRequestException", 400, client=c.profiles)

    def test_a_next_token_the_service_did_not_issue(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        self.assertModeled(failure(c.profiles.list_event_streams, DomainName="retail", NextToken="forged"),
                           "BadRequestException", 400, client=c.profiles)
        self.assertModeled(failure(c.profiles.list_domains, NextToken="forged"), "BadRequestException", 400, client=c.profiles)


class ResourceNotFound(TestCase):
    def test_a_missing_domain_and_a_missing_stream(self):
        c = Clients()
        missing_domain = failure(c.profiles.get_domain, DomainName="nope")
        self.assertModeled(missing_domain, "ResourceNotFoundException", 404, client=c.profiles)
        self.assertEqual(missing_domain.response["Error"]["Message"], "Domain 'nope' was not found.")
        self.assertModeled(failure(c.profiles.list_event_streams, DomainName="nope"), "ResourceNotFoundException", 404)
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        error = failure(c.profiles.get_event_stream, DomainName="retail", EventStreamName="nope")
        self.assertModeled(error, "ResourceNotFoundException", 404, client=c.profiles)
        self.assertEqual(error.response["Error"]["Message"], "Event stream 'nope' was not found in domain 'retail'.")

    def test_tags_of_a_resource_that_does_not_exist(self):
        c = Clients()
        for call in (lambda: c.profiles.list_tags_for_resource(resourceArn=c.domain_arn("nope")),
                     lambda: c.profiles.tag_resource(resourceArn=c.stream_arn("nope", "x"), tags={"a": "b"}),
                     lambda: c.profiles.untag_resource(resourceArn=c.domain_arn("nope"), tagKeys=["a"])):
            self.assertModeled(failure(call), "ResourceNotFoundException", 404, client=c.profiles)


class Throttling(TestCase):
    def test_a_burst_above_5_tps_is_answered_429_throttling_exception_which_the_default_retries_absorb(self):
        c = Clients()
        attempts = Attempts(c.profiles, "ListDomains")
        start = threading.Barrier(12)

        def call():
            start.wait()
            try:
                return c.profiles.list_domains()
            except ClientError as error:  # still throttled after the default 5 attempts: allowed, but modeled
                return error

        with ThreadPoolExecutor(12) as pool:
            outcomes = list(pool.map(lambda _: call(), range(12)))
        throttled = attempts.errors("ThrottlingException")
        self.assertGreaterEqual(len(throttled), 5, f"only {len(throttled)} attempts of 12 calls were throttled")
        for parsed in throttled:
            self.assertEqual(parsed["ResponseMetadata"]["HTTPStatusCode"], 429)
            self.assertRegex(parsed["ResponseMetadata"]["RequestId"], REQUEST_ID)
            self.assertTrue(parsed["Error"]["Message"])
        for outcome in outcomes:
            if isinstance(outcome, ClientError):
                self.assertModeled(outcome, "ThrottlingException", 429, client=c.profiles)
            else:
                self.assertEqual(outcome["Items"], [])
        self.assertGreater(max(o["ResponseMetadata"]["RetryAttempts"] for o in outcomes if isinstance(o, dict)), 0)
        # The emulator counted exactly the throttled attempts botocore saw.
        counts = [r for r in admin("GET", "/requests") if r["AccountId"] == c.account and r["Operation"] == "ListDomains"]
        self.assertEqual(counts[0]["Throttled"], len(throttled))
        self.assertEqual(counts[0]["Calls"], len(attempts.seen))

    def test_throttling_exception_is_retried_by_the_default_retry_handler(self):
        c = Clients()
        attempts = Attempts(c.profiles, "ListDomains")
        with Faults(ListDomains={"FailNext": 1, "ErrorType": "ThrottlingException", "StatusCode": 429}):
            listed = c.profiles.list_domains()
        self.assertEqual(listed["ResponseMetadata"]["RetryAttempts"], 1)
        [first] = attempts.errors()
        self.assertEqual(first["Error"]["Code"], "ThrottlingException")
        self.assertEqual(first["ResponseMetadata"]["HTTPStatusCode"], 429)


class InjectedFaults(TestCase):
    def test_access_denied_exception_is_not_retried(self):
        c = Clients()
        with Faults(GetDomain={"FailNext": 1, "ErrorType": "AccessDeniedException", "StatusCode": 403}):
            error = failure(c.profiles.get_domain, DomainName="x")
        self.assertModeled(error, "AccessDeniedException", 403, client=c.profiles, message="Injected fault")
        self.assertEqual(error.response["ResponseMetadata"]["RetryAttempts"], 0)

    def test_internal_server_exception_twice_is_retried_and_the_third_attempt_succeeds(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        attempts = Attempts(c.profiles, "GetDomain")
        with Faults(GetDomain={"FailNext": 2, "ErrorType": "InternalServerException", "StatusCode": 500}):
            got = c.profiles.get_domain(DomainName="retail")
        self.assertEqual(got["DomainName"], "retail")
        self.assertEqual(got["ResponseMetadata"]["RetryAttempts"], 2)
        errors = attempts.errors()
        self.assertEqual([e["Error"]["Code"] for e in errors], ["InternalServerException"] * 2)
        self.assertEqual({e["ResponseMetadata"]["HTTPStatusCode"] for e in errors}, {500})

    def test_every_event_stream_operation_raises_injected_modeled_errors(self):
        c = Clients()
        arn = event_stream(c)["EventStreamArn"]
        calls = {
            "GetEventStream": lambda: c.profiles.get_event_stream(DomainName="retail", EventStreamName="orders"),
            "ListEventStreams": lambda: c.profiles.list_event_streams(DomainName="retail"),
            "DeleteEventStream": lambda: c.profiles.delete_event_stream(DomainName="retail", EventStreamName="orders"),
            "CreateEventStream": lambda: c.profiles.create_event_stream(DomainName="retail", EventStreamName="b", Uri=c.kinesis_arn("exports")),
            "TagResource": lambda: c.profiles.tag_resource(resourceArn=arn, tags={"a": "b"}),
            "UntagResource": lambda: c.profiles.untag_resource(resourceArn=arn, tagKeys=["a"]),
            "ListTagsForResource": lambda: c.profiles.list_tags_for_resource(resourceArn=arn),
            "ListDomains": lambda: c.profiles.list_domains(),
            "GetDomain": lambda: c.profiles.get_domain(DomainName="retail"),
            "CreateDomain": lambda: c.profiles.create_domain(DomainName="other", DefaultExpirationDays=30),
        }
        rule = {"FailNext": 1, "ErrorType": "AccessDeniedException", "StatusCode": 403}
        with Faults(**{operation: rule for operation in calls}):
            for operation, call in calls.items():
                with self.subTest(operation):
                    self.assertModeled(failure(call), "AccessDeniedException", 403, client=c.profiles)


class Signatures(TestCase):
    def _raw(self, method, path, headers):
        parts = urlsplit(ENDPOINT)
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            connection.request(method, path, headers=headers)
            response = connection.getresponse()
            return response, json.loads(response.read())
        finally:
            connection.close()

    def test_an_unsigned_request_is_refused_with_403_missing_authentication_token(self):
        response, body = self._raw("GET", "/domains", {})
        self.assertEqual(response.status, 403)
        self.assertEqual(response.version, 11)  # plain HTTP/1.1, as boto3 and the CLI speak it
        self.assertEqual(response.getheader("x-amzn-errortype"), "MissingAuthenticationTokenException")
        self.assertRegex(response.getheader("x-amzn-requestid"), REQUEST_ID)
        self.assertEqual(body["__type"], "MissingAuthenticationTokenException")

        # boto3's own way of sending unsigned requests (signature_version=UNSIGNED) gets the same, as a ClientError.
        c = Clients()
        unsigned = c.session.client("customer-profiles", endpoint_url=ENDPOINT, config=Config(signature_version=UNSIGNED))
        self.assertModeled(failure(unsigned.list_domains), "MissingAuthenticationTokenException", 403)

    def test_a_malformed_authorization_header_is_403_incomplete_signature(self):
        response, body = self._raw("GET", "/domains", {"Authorization": "AWS4-HMAC-SHA256 Credential=broken"})
        self.assertEqual(response.status, 403)
        self.assertEqual(response.getheader("x-amzn-errortype"), "IncompleteSignatureException")
        self.assertEqual(body["__type"], "IncompleteSignatureException")
        self.assertIn("Credential=KEY/DATE/REGION/SERVICE/aws4_request", body["Message"])
