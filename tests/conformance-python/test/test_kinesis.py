from datetime import datetime

from support import Attempts, Clients, TestCase, admin, failure


class Kinesis(TestCase):
    def test_create_list_paged_describe_and_delete_over_aws_json_1_1(self):
        c = Clients()
        for name in ("alpha", "bravo", "charlie"):
            c.kinesis.create_stream(StreamName=name, ShardCount=2)
        first = c.kinesis.list_streams(Limit=2)
        self.assertEqual(first["StreamNames"], ["alpha", "bravo"])
        self.assertTrue(first["HasMoreStreams"])
        self.assertEqual(first["ResponseMetadata"]["HTTPHeaders"]["content-type"], "application/x-amz-json-1.1")
        second = c.kinesis.list_streams(Limit=2, NextToken=first["NextToken"])
        self.assertEqual(second["StreamNames"], ["charlie"])
        self.assertFalse(second["HasMoreStreams"])
        summary = first["StreamSummaries"][0]
        self.assertEqual(summary["StreamARN"], c.kinesis_arn("alpha"))
        self.assertEqual(summary["StreamStatus"], "ACTIVE")
        self.assertIsInstance(summary["StreamCreationTimestamp"], datetime)

        # boto3's paginator: NextToken in, NextToken out, HasMoreStreams decides.
        pages = list(c.kinesis.get_paginator("list_streams").paginate(PaginationConfig={"PageSize": 1}))
        self.assertEqual([n for p in pages for n in p["StreamNames"]], ["alpha", "bravo", "charlie"])
        self.assertEqual(len(pages), 3)

        by_name = c.kinesis.describe_stream_summary(StreamName="bravo")["StreamDescriptionSummary"]
        by_arn = c.kinesis.describe_stream_summary(StreamARN=c.kinesis_arn("bravo"))["StreamDescriptionSummary"]
        self.assertEqual(by_name["OpenShardCount"], 2)
        self.assertEqual(by_name["StreamName"], "bravo")
        self.assertEqual(by_arn["StreamARN"], c.kinesis_arn("bravo"))
        self.assertEqual(by_arn["StreamModeDetails"]["StreamMode"], "PROVISIONED")
        self.assertEqual(by_arn["StreamStatus"], "ACTIVE")
        self.assertIsInstance(by_arn["StreamCreationTimestamp"], datetime)

        c.kinesis.delete_stream(StreamName="alpha")
        c.kinesis.delete_stream(StreamARN=c.kinesis_arn("charlie"))
        self.assertEqual(c.kinesis.list_streams()["StreamNames"], ["bravo"])

    def test_on_demand_streams_report_their_mode(self):
        c = Clients()
        c.kinesis.create_stream(StreamName="od", StreamModeDetails={"StreamMode": "ON_DEMAND"})
        described = c.kinesis.describe_stream_summary(StreamName="od")["StreamDescriptionSummary"]
        self.assertEqual(described["StreamModeDetails"]["StreamMode"], "ON_DEMAND")


class KinesisErrors(TestCase):
    def test_resource_not_found_is_400_with_the_services_message(self):
        c = Clients()
        missing = failure(c.kinesis.describe_stream_summary, StreamName="nope")
        self.assertModeled(missing, "ResourceNotFoundException", 400, client=c.kinesis,
                           message=rf"Stream nope under account {c.account} not found")
        self.assertModeled(failure(c.kinesis.delete_stream, StreamName="nope"), "ResourceNotFoundException", 400, client=c.kinesis)

    def test_resource_in_use_for_a_duplicate_name(self):
        c = Clients()
        c.kinesis.create_stream(StreamName="dup", ShardCount=1)
        self.assertModeled(failure(c.kinesis.create_stream, StreamName="dup", ShardCount=1),
                           "ResourceInUseException", 400, client=c.kinesis, message="already exists")

    def test_invalid_argument(self):
        c = Clients()
        self.assertModeled(failure(c.kinesis.create_stream, StreamName="no-shards"),
                           "InvalidArgumentException", 400, client=c.kinesis, message="ShardCount is required")
        self.assertModeled(failure(c.kinesis.create_stream, StreamName="no shards", ShardCount=1),
                           "InvalidArgumentException", 400, client=c.kinesis)
        self.assertModeled(failure(c.kinesis.list_streams, Limit=2, NextToken="x", ExclusiveStartStreamName="a"),
                           "InvalidArgumentException", 400, client=c.kinesis)

    def test_expired_next_token(self):
        c = Clients()
        self.assertModeled(failure(c.kinesis.list_streams, NextToken="forged"), "ExpiredNextTokenException", 400, client=c.kinesis)

    def test_access_denied_for_a_stream_arn_of_another_account(self):
        c = Clients()
        other = Clients()
        other.kinesis.create_stream(StreamName="theirs", ShardCount=1)
        self.assertModeled(failure(c.kinesis.describe_stream_summary, StreamARN=other.kinesis_arn("theirs")),
                           "AccessDeniedException", 400, client=c.kinesis)

    def test_limit_exceeded_is_retried_by_the_default_retry_handler(self):
        c = Clients()
        attempts = Attempts(c.kinesis, "ListStreams")
        admin("PUT", "/faults/Kinesis.ListStreams", {"FailNext": 1, "ErrorType": "LimitExceededException", "StatusCode": 400})
        try:
            listed = c.kinesis.list_streams()
        finally:
            admin("DELETE", "/faults")
        self.assertEqual(listed["ResponseMetadata"]["RetryAttempts"], 1)
        [first] = attempts.errors()
        self.assertEqual(first["Error"]["Code"], "LimitExceededException")
        self.assertEqual(first["ResponseMetadata"]["HTTPStatusCode"], 400)
