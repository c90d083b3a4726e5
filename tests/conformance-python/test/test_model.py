"""botocore's service models (botocore/data/<service>/<version>/service-2.json) are the authority: every body the
emulator answers, success or modeled error, holds only members of the operation's output (or the error's) shape, every
required member, and values of the modeled types and enums. botocore itself ignores unknown members and tolerates
missing required ones, so this is checked on the raw bytes, seen through the public 'after-call' event."""
import json

from support import Clients, TestCase, admin, event_stream, failure


class Shapes:
    def __init__(self, test, client):
        self.test = test
        self.client = client
        self.checked = []
        self.errors = []
        client.meta.events.register("after-call", self._after_call)

    def _after_call(self, http_response, parsed, model, **_):
        body = json.loads(http_response.content) if http_response.content else {}
        if http_response.status_code == 200:
            shape = model.output_shape
            if shape is None:
                self.test.assertEqual(body, {}, f"{model.name} has no output shape but answered {body}")
            else:
                self.check(shape, body, model.name)
        else:
            code = parsed["Error"]["Code"]
            self.test.assertIn(code, [e.name for e in model.error_shapes], f"{code} is not an error of {model.name}")
            self.check(self.client.meta.service_model.shape_for(code), {k: v for k, v in body.items() if k != "__type"}, code)
            self.errors.append(code)
        self.checked.append(model.name)

    def check(self, shape, value, path):
        t = self.test
        kind = shape.type_name
        if kind == "structure":
            t.assertIsInstance(value, dict, path)
            for key, member in value.items():
                t.assertIn(key, shape.members, f"{path}.{key} is not in botocore's model")
                self.check(shape.members[key], member, f"{path}.{key}")
            for required in shape.required_members:
                t.assertIn(required, value, f"{path}.{required} is required by botocore's model")
        elif kind == "map":
            t.assertIsInstance(value, dict, path)
            for key, member in value.items():
                self.check(shape.key, key, f"{path}{{key}}")
                self.check(shape.value, member, f"{path}{{{key}}}")
        elif kind == "list":
            t.assertIsInstance(value, list, path)
            for i, member in enumerate(value):
                self.check(shape.member, member, f"{path}[{i}]")
        elif kind == "timestamp":
            t.assertIsInstance(value, (int, float), f"{path}: epoch seconds, the JSON protocols' default")
        elif kind == "string":
            t.assertIsInstance(value, str, path)
            if shape.enum:
                t.assertIn(value, shape.enum, path)
        elif kind in ("integer", "long"):
            t.assertTrue(isinstance(value, int) and not isinstance(value, bool), f"{path}: {value!r}")
        elif kind == "boolean":
            t.assertIsInstance(value, bool, path)


class ModelShapes(TestCase):
    def test_customer_profiles_answers_match_botocores_model(self):
        c = Clients()
        shapes = Shapes(self, c.profiles)
        c.profiles.create_domain(DomainName="retail", DefaultExpirationDays=30, DefaultEncryptionKey="arn:aws:kms:us-east-1:1:key/k",
                                 DeadLetterQueueUrl="https://sqs.us-east-1.amazonaws.com/1/dlq", Tags={"a": "b"})
        arn = event_stream(c, domain="other", tags={"team": "x"})["EventStreamArn"]
        c.profiles.get_event_stream(DomainName="other", EventStreamName="orders")
        c.profiles.list_event_streams(DomainName="other")
        admin("PUT", "/event-streams/state", {"EventStreamArn": arn, "State": "STOPPED"})
        c.kinesis.delete_stream(StreamName="exports")
        admin("POST", "/health-check")
        c.profiles.get_event_stream(DomainName="other", EventStreamName="orders")  # STOPPED and UNHEALTHY: every member
        c.profiles.list_event_streams(DomainName="other", MaxResults=1)
        c.profiles.tag_resource(resourceArn=arn, tags={"o": "k"})
        c.profiles.untag_resource(resourceArn=arn, tagKeys=["team"])
        c.profiles.list_tags_for_resource(resourceArn=arn)
        c.profiles.get_domain(DomainName="retail")
        first = c.profiles.list_domains(MaxResults=1)
        c.profiles.list_domains(MaxResults=1, NextToken=first["NextToken"])
        c.profiles.delete_event_stream(DomainName="other", EventStreamName="orders")
        for call in (lambda: c.profiles.get_domain(DomainName="nope"),
                     lambda: c.profiles.create_domain(DomainName="bad name", DefaultExpirationDays=1),
                     lambda: c.profiles.list_tags_for_resource(resourceArn=c.domain_arn("nope"))):
            failure(call)
        self.assertEqual(set(shapes.checked), {
            "CreateDomain", "GetDomain", "ListDomains", "CreateEventStream", "GetEventStream", "ListEventStreams",
            "DeleteEventStream", "TagResource", "UntagResource", "ListTagsForResource"})
        self.assertEqual(shapes.errors, ["ResourceNotFoundException", "BadRequestException", "ResourceNotFoundException"])

    def test_kinesis_answers_match_botocores_model(self):
        c = Clients()
        shapes = Shapes(self, c.kinesis)
        c.kinesis.create_stream(StreamName="a", ShardCount=1)
        c.kinesis.create_stream(StreamName="b", StreamModeDetails={"StreamMode": "ON_DEMAND"})
        first = c.kinesis.list_streams(Limit=1)
        c.kinesis.list_streams(NextToken=first["NextToken"])
        c.kinesis.describe_stream_summary(StreamName="a")
        c.kinesis.describe_stream_summary(StreamARN=c.kinesis_arn("b"))
        c.kinesis.delete_stream(StreamName="a")
        for call in (lambda: c.kinesis.describe_stream_summary(StreamName="nope"),
                     lambda: c.kinesis.create_stream(StreamName="b", ShardCount=1),
                     lambda: c.kinesis.create_stream(StreamName="c"),
                     lambda: c.kinesis.list_streams(NextToken="forged")):
            failure(call)
        self.assertEqual(set(shapes.checked), {"CreateStream", "ListStreams", "DescribeStreamSummary", "DeleteStream"})
        self.assertEqual(shapes.errors, ["ResourceNotFoundException", "ResourceInUseException", "InvalidArgumentException",
                                         "ExpiredNextTokenException"])
