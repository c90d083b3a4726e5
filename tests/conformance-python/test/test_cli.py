"""The AWS CLI (`aws customer-profiles ...`, `aws kinesis ...` with --endpoint-url) as a person would type it: its
JSON output parsed, and for errors its exit code and the "An error occurred (Code) when calling the Op operation"
line on stderr. Independent invocations run side by side, since every one starts a Python process."""
import json
from concurrent.futures import ThreadPoolExecutor

from support import Clients, TestCase, Throttling, admin, cli, new_account, parse_time


def parallel(*calls):
    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(lambda call: call(), calls))


class Cli(TestCase):
    def test_domains_create_get_and_list_with_max_results_and_next_token(self):
        account = new_account()
        with Throttling():  # CreateDomain is limited to 1 TPS; the three processes start at once
            created = parallel(*[
                (lambda name=name: cli("customer-profiles", "create-domain", "--domain-name", name,
                                       "--default-expiration-days", "30", "--tags", "team=retail", account=account))
                for name in ("a-domain", "b-domain", "c-domain")])
        for result in created:
            self.assertEqual(result.code, 0, result.stderr)
            self.assertEqual(result.json["DefaultExpirationDays"], 30)
            self.assertEqual(result.json["Tags"], {"team": "retail"})
            parse_time(result.json["CreatedAt"])

        got = cli("customer-profiles", "get-domain", "--domain-name", "b-domain", account=account)
        self.assertEqual(got.code, 0, got.stderr)
        self.assertEqual(got.json["DomainName"], "b-domain")
        self.assertEqual(parse_time(got.json["CreatedAt"]), parse_time(created[1].json["CreatedAt"]))
        self.assertEqual(got.json["Stats"]["ProfileCount"], 0)

        # ListDomains has no paginator in the model, so the CLI passes --max-results and --next-token through.
        first = cli("customer-profiles", "list-domains", "--max-results", "2", account=account)
        self.assertEqual(first.code, 0, first.stderr)
        self.assertEqual([d["DomainName"] for d in first.json["Items"]], ["a-domain", "b-domain"])
        second = cli("customer-profiles", "list-domains", "--max-results", "2", "--next-token", first.json["NextToken"], account=account)
        self.assertEqual(second.code, 0, second.stderr)
        self.assertEqual([d["DomainName"] for d in second.json["Items"]], ["c-domain"])
        self.assertNotIn("NextToken", second.json)

    def test_event_stream_lifecycle_and_tags(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        stream = cli("kinesis", "create-stream", "--stream-name", "exports", "--shard-count", "1", account=c.account)
        self.assertEqual(stream.code, 0, stream.stderr)

        created = cli("customer-profiles", "create-event-stream", "--domain-name", "retail", "--event-stream-name", "orders",
                      "--uri", c.kinesis_arn("exports"), "--tags", "team=retail,env=prod", account=c.account)
        self.assertEqual(created.code, 0, created.stderr)
        arn = c.stream_arn("retail", "orders")
        self.assertEqual(created.json, {"EventStreamArn": arn, "Tags": {"team": "retail", "env": "prod"}})

        got, listed, pages = parallel(
            lambda: cli("customer-profiles", "get-event-stream", "--domain-name", "retail", "--event-stream-name", "orders", account=c.account),
            lambda: cli("customer-profiles", "list-event-streams", "--domain-name", "retail", account=c.account),
            # The CLI's own pagination (the model's ListEventStreams paginator), one item per page.
            lambda: cli("customer-profiles", "list-event-streams", "--domain-name", "retail", "--page-size", "1", account=c.account))
        for result in (got, listed, pages):
            self.assertEqual(result.code, 0, result.stderr)
        self.assertEqual(got.json["EventStreamArn"], arn)
        self.assertEqual(got.json["State"], "RUNNING")
        self.assertEqual(got.json["DestinationDetails"], {"Uri": c.kinesis_arn("exports"), "Status": "HEALTHY"})
        parse_time(got.json["CreatedAt"])
        [item] = listed.json["Items"]
        self.assertEqual((item["EventStreamName"], item["DestinationSummary"]["Status"]), ("orders", "HEALTHY"))
        self.assertEqual([i["EventStreamName"] for i in pages.json["Items"]], ["orders"])

        tagged = cli("customer-profiles", "tag-resource", "--resource-arn", arn, "--tags", "owner=kenji,cost:center=CC-1", account=c.account)
        self.assertEqual((tagged.code, tagged.stdout.strip()), (0, ""), tagged.stderr)
        # --tag-keys becomes the repeated query parameter tagKeys=team&tagKeys=missing.
        untagged = cli("customer-profiles", "untag-resource", "--resource-arn", arn, "--tag-keys", "team", "missing", account=c.account)
        self.assertEqual(untagged.code, 0, untagged.stderr)
        tags = cli("customer-profiles", "list-tags-for-resource", "--resource-arn", arn, account=c.account)
        self.assertEqual(tags.code, 0, tags.stderr)
        self.assertEqual(tags.json, {"tags": {"env": "prod", "owner": "kenji", "cost:center": "CC-1"}})

        deleted = cli("customer-profiles", "delete-event-stream", "--domain-name", "retail", "--event-stream-name", "orders", account=c.account)
        self.assertEqual(deleted.code, 0, deleted.stderr)
        self.assertEqual(c.profiles.list_event_streams(DomainName="retail")["Items"], [])

    def test_kinesis_streams_with_the_clis_pagination(self):
        account = new_account()
        created = parallel(*[
            (lambda name=name: cli("kinesis", "create-stream", "--stream-name", name, "--shard-count", "2", account=account))
            for name in ("alpha", "bravo", "charlie")])
        for result in created:
            self.assertEqual(result.code, 0, result.stderr)

        everything, first, described = parallel(
            # --page-size 1: the CLI follows NextToken while HasMoreStreams, three calls, one merged answer.
            lambda: cli("kinesis", "list-streams", "--page-size", "1", account=account),
            lambda: cli("kinesis", "list-streams", "--max-items", "2", account=account),
            lambda: cli("kinesis", "describe-stream-summary", "--stream-name", "bravo", account=account))
        for result in (everything, first, described):
            self.assertEqual(result.code, 0, result.stderr)
        self.assertEqual(everything.json["StreamNames"], ["alpha", "bravo", "charlie"])
        self.assertEqual(first.json["StreamNames"], ["alpha", "bravo"])
        rest = cli("kinesis", "list-streams", "--starting-token", first.json["NextToken"], account=account)
        self.assertEqual(rest.code, 0, rest.stderr)
        self.assertEqual(rest.json["StreamNames"], ["charlie"])
        summary = described.json["StreamDescriptionSummary"]
        self.assertEqual((summary["StreamName"], summary["OpenShardCount"], summary["StreamStatus"]), ("bravo", 2, "ACTIVE"))
        parse_time(summary["StreamCreationTimestamp"])

        deleted = cli("kinesis", "delete-stream", "--stream-name", "alpha", account=account)
        self.assertEqual(deleted.code, 0, deleted.stderr)
        after = cli("kinesis", "list-streams", "--region", "us-east-1", account=account)
        self.assertEqual(after.json["StreamNames"], ["bravo", "charlie"])

    def test_errors_exit_non_zero_with_the_modeled_code_on_stderr(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        c.kinesis.create_stream(StreamName="dup", ShardCount=1)
        bad_name, missing_domain, missing_stream, kinesis_missing, in_use, unsigned = parallel(
            lambda: cli("customer-profiles", "create-domain", "--domain-name", "bad name", "--default-expiration-days", "30", account=c.account),
            lambda: cli("customer-profiles", "get-domain", "--domain-name", "nope", account=c.account),
            lambda: cli("customer-profiles", "get-event-stream", "--domain-name", "retail", "--event-stream-name", "nope", account=c.account),
            lambda: cli("kinesis", "describe-stream-summary", "--stream-name", "nope", account=c.account),
            lambda: cli("kinesis", "create-stream", "--stream-name", "dup", "--shard-count", "1", account=c.account),
            lambda: cli("customer-profiles", "list-domains", "--no-sign-request", account=c.account))
        self.assertCliError(bad_name, "BadRequestException", "CreateDomain", "DomainName may contain only letters")
        self.assertCliError(missing_domain, "ResourceNotFoundException", "GetDomain", "^Domain 'nope' was not found.$")
        self.assertCliError(missing_stream, "ResourceNotFoundException", "GetEventStream",
                            "^Event stream 'nope' was not found in domain 'retail'.$")
        self.assertCliError(kinesis_missing, "ResourceNotFoundException", "DescribeStreamSummary",
                            f"Stream nope under account {c.account} not found")
        self.assertCliError(in_use, "ResourceInUseException", "CreateStream")
        self.assertCliError(unsigned, "MissingAuthenticationTokenException", "ListDomains")

    def test_injected_access_denied_and_throttling_through_the_cli(self):
        c = Clients()
        admin("PUT", "/faults/ListEventStreams", {"FailNext": 1, "ErrorType": "AccessDeniedException", "StatusCode": 403})
        admin("PUT", "/faults/ListDomains", {"FailNext": 1, "ErrorType": "ThrottlingException", "StatusCode": 429})
        try:
            denied, retried = parallel(
                lambda: cli("customer-profiles", "list-event-streams", "--domain-name", "retail", account=c.account),
                # The CLI's default retries (botocore's) wait out one throttled answer: the command succeeds.
                lambda: cli("customer-profiles", "list-domains", "--debug", account=c.account))
        finally:
            admin("DELETE", "/faults")
        self.assertCliError(denied, "AccessDeniedException", "ListEventStreams", "Injected fault")
        self.assertEqual(retried.code, 0, retried.stderr[-2000:])
        self.assertEqual(json.loads(retried.stdout), {"Items": []})
        self.assertIn("ThrottlingException", retried.stderr)  # --debug logs the throttled first answer and the retry
        counts = [r for r in admin("GET", "/requests") if r["AccountId"] == c.account and r["Operation"] == "ListDomains"]
        self.assertEqual((counts[0]["Calls"], counts[0]["Throttled"]), (2, 0))  # an injected fault, not the TPS bucket
