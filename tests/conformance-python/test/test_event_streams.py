import time
from datetime import datetime, timezone

from support import Clients, TestCase, admin, event_stream, failure


class EventStreams(TestCase):
    def test_create_event_stream_returns_the_arn_aws_forms_and_echoes_tags(self):
        c = Clients()
        created = event_stream(c, tags={"team": "retail"})
        self.assertEqual(created["EventStreamArn"], c.stream_arn("retail", "orders"))
        self.assertEqual(created["Tags"], {"team": "retail"})
        self.assertEqual(created["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertRegex(created["ResponseMetadata"]["RequestId"], r"^[0-9a-f-]{36}$")

    def test_get_event_stream_returns_every_member_timestamps_as_datetimes_no_event_stream_name(self):
        c = Clients()
        event_stream(c)
        got = c.profiles.get_event_stream(DomainName="retail", EventStreamName="orders")
        self.assertEqual(got["DomainName"], "retail")
        self.assertEqual(got["EventStreamArn"], c.stream_arn("retail", "orders"))
        self.assertIsInstance(got["CreatedAt"], datetime)
        self.assertLess(abs((datetime.now(timezone.utc) - got["CreatedAt"]).total_seconds()), 60)
        self.assertEqual(got["State"], "RUNNING")
        self.assertNotIn("StoppedSince", got)
        self.assertEqual(got["DestinationDetails"], {"Uri": c.kinesis_arn("exports"), "Status": "HEALTHY"})
        self.assertNotIn("Tags", got)
        self.assertNotIn("EventStreamName", got)

    def test_list_event_streams_returns_summaries_without_message_and_the_boto3_paginator_ends(self):
        c = Clients()
        event_stream(c, tags={"env": "prod"})
        listed = c.profiles.list_event_streams(DomainName="retail", MaxResults=10)
        self.assertNotIn("NextToken", listed)
        self.assertEqual(len(listed["Items"]), 1)
        item = listed["Items"][0]
        self.assertEqual(item["EventStreamName"], "orders")
        self.assertEqual(item["DomainName"], "retail")
        self.assertEqual(item["EventStreamArn"], c.stream_arn("retail", "orders"))
        self.assertEqual(item["State"], "RUNNING")
        self.assertEqual(item["DestinationSummary"], {"Uri": c.kinesis_arn("exports"), "Status": "HEALTHY"})
        self.assertEqual(item["Tags"], {"env": "prod"})

        paginator = c.profiles.get_paginator("list_event_streams")
        pages = list(paginator.paginate(DomainName="retail", PaginationConfig={"PageSize": 1}))
        self.assertEqual([i["EventStreamName"] for p in pages for i in p["Items"]], ["orders"])
        full = paginator.paginate(DomainName="retail").build_full_result()
        self.assertEqual([i["EventStreamName"] for i in full["Items"]], ["orders"])

    def test_list_event_streams_of_a_domain_without_streams_is_empty(self):
        c = Clients()
        c.profiles.create_domain(DomainName="empty", DefaultExpirationDays=30)
        self.assertEqual(c.profiles.list_event_streams(DomainName="empty")["Items"], [])

    def test_delete_event_stream_removes_the_stream_and_a_second_delete_is_resource_not_found(self):
        c = Clients()
        event_stream(c)
        deleted = c.profiles.delete_event_stream(DomainName="retail", EventStreamName="orders")
        self.assertEqual(deleted["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(c.profiles.list_event_streams(DomainName="retail")["Items"], [])
        again = failure(c.profiles.delete_event_stream, DomainName="retail", EventStreamName="orders")
        self.assertModeled(again, "ResourceNotFoundException", 404, client=c.profiles)

    def test_a_deleted_destination_turns_unhealthy_with_unhealthy_since_and_message_then_heals(self):
        c = Clients()
        event_stream(c)
        c.kinesis.delete_stream(StreamName="exports")

        def wait_for(status):
            for _ in range(60):
                got = c.profiles.get_event_stream(DomainName="retail", EventStreamName="orders")
                if got["DestinationDetails"]["Status"] == status:
                    return got
                time.sleep(0.25)
            self.fail(f"the destination never became {status}")

        unhealthy = wait_for("UNHEALTHY")
        self.assertIsInstance(unhealthy["DestinationDetails"]["UnhealthySince"], datetime)
        self.assertRegex(unhealthy["DestinationDetails"]["Message"], "not found")
        summary = c.profiles.list_event_streams(DomainName="retail")["Items"][0]["DestinationSummary"]
        self.assertEqual(summary["Status"], "UNHEALTHY")
        self.assertIsInstance(summary["UnhealthySince"], datetime)
        self.assertNotIn("Message", summary)

        c.kinesis.create_stream(StreamName="exports", ShardCount=1)
        healthy = wait_for("HEALTHY")
        self.assertNotIn("UnhealthySince", healthy["DestinationDetails"])
        self.assertNotIn("Message", healthy["DestinationDetails"])

    def test_a_stopped_stream_reports_state_and_stopped_since(self):
        c = Clients()
        arn = event_stream(c)["EventStreamArn"]
        admin("PUT", "/event-streams/state", {"EventStreamArn": arn, "State": "STOPPED"})
        got = c.profiles.get_event_stream(DomainName="retail", EventStreamName="orders")
        self.assertEqual(got["State"], "STOPPED")
        self.assertIsInstance(got["StoppedSince"], datetime)
        item = c.profiles.list_event_streams(DomainName="retail")["Items"][0]
        self.assertEqual(item["State"], "STOPPED")
        self.assertEqual(item["StoppedSince"], got["StoppedSince"])

    def test_regions_of_one_account_are_separate_worlds(self):
        east = Clients()
        east.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        west = Clients(east.account, "eu-west-2")
        error = failure(west.profiles.create_event_stream,
                        DomainName="retail", EventStreamName="orders", Uri=west.kinesis_arn("x"))
        self.assertModeled(error, "ResourceNotFoundException", 404, client=west.profiles)
        self.assertEqual(west.profiles.list_domains()["Items"], [])
