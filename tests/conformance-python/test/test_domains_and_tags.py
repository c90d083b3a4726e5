from datetime import datetime

from support import Clients, TestCase, Throttling, event_stream


class DomainsAndTags(TestCase):
    def test_create_domain_and_get_domain_round_trip_the_settings(self):
        c = Clients()
        created = c.profiles.create_domain(
            DomainName="retail", DefaultExpirationDays=400,
            DeadLetterQueueUrl="https://sqs.us-east-1.amazonaws.com/1/dlq", Tags={"team": "retail"})
        self.assertEqual(created["DomainName"], "retail")
        self.assertEqual(created["DefaultExpirationDays"], 400)
        self.assertEqual(created["DeadLetterQueueUrl"], "https://sqs.us-east-1.amazonaws.com/1/dlq")
        self.assertEqual(created["Tags"], {"team": "retail"})
        self.assertIsInstance(created["CreatedAt"], datetime)
        self.assertIsNotNone(created["CreatedAt"].tzinfo)
        self.assertEqual(created["ResponseMetadata"]["HTTPStatusCode"], 200)

        got = c.profiles.get_domain(DomainName="retail")
        self.assertEqual(got["DefaultExpirationDays"], 400)
        self.assertEqual(got["DeadLetterQueueUrl"], "https://sqs.us-east-1.amazonaws.com/1/dlq")
        self.assertEqual(got["Tags"], {"team": "retail"})
        self.assertEqual(got["CreatedAt"], created["CreatedAt"])
        self.assertIsInstance(got["LastUpdatedAt"], datetime)
        self.assertIsInstance(got["Stats"]["ProfileCount"], int)

    def test_list_domains_pages_with_max_results_and_next_token_until_the_token_is_gone(self):
        c = Clients()
        names = ["a-domain", "b-domain", "c-domain", "d-domain", "e-domain"]
        # CreateDomain is limited to 1 TPS; set up without throttling, then list with it.
        with Throttling():
            for name in names:
                c.profiles.create_domain(DomainName=name, DefaultExpirationDays=30)
        seen, pages, token = [], 0, None
        while True:
            page = c.profiles.list_domains(MaxResults=2, **({"NextToken": token} if token else {}))
            pages += 1
            seen += [d["DomainName"] for d in page["Items"]]
            for item in page["Items"]:
                self.assertIsInstance(item["CreatedAt"], datetime)
                self.assertIsInstance(item["LastUpdatedAt"], datetime)
            token = page.get("NextToken")
            if not token:
                break
        self.assertEqual(pages, 3)
        self.assertEqual(seen, names)

    def test_tag_untag_and_list_tags_use_lower_case_members_on_an_event_stream_arn(self):
        c = Clients()
        arn = event_stream(c, tags={"team": "retail"})["EventStreamArn"]
        tagged = c.profiles.tag_resource(resourceArn=arn, tags={"owner": "kenji", "cost:center": "CC-1"})
        self.assertEqual(tagged["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(c.profiles.list_tags_for_resource(resourceArn=arn)["tags"],
                         {"team": "retail", "owner": "kenji", "cost:center": "CC-1"})
        # tagKeys is a repeated query parameter (?tagKeys=team&tagKeys=missing); a key that is not there is fine.
        untagged = c.profiles.untag_resource(resourceArn=arn, tagKeys=["team", "missing"])
        self.assertEqual(untagged["ResponseMetadata"]["HTTPStatusCode"], 200)
        self.assertEqual(c.profiles.list_tags_for_resource(resourceArn=arn)["tags"], {"owner": "kenji", "cost:center": "CC-1"})

    def test_tags_on_a_domain_arn(self):
        c = Clients()
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30)
        c.profiles.tag_resource(resourceArn=c.domain_arn("retail"), tags={"env": "prod", "owner": "ops"})
        c.profiles.untag_resource(resourceArn=c.domain_arn("retail"), tagKeys=["owner"])
        self.assertEqual(c.profiles.list_tags_for_resource(resourceArn=c.domain_arn("retail"))["tags"], {"env": "prod"})
        self.assertEqual(c.profiles.get_domain(DomainName="retail")["Tags"], {"env": "prod"})
