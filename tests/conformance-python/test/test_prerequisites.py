"""The clients must know the operations the console uses: the event-stream API is newer than some packaged clients
(Debian 12's python3-boto3 1.26 / botocore 1.29 and awscli 2.9 predate it), and an old one fails every test with an
unhelpful error. This says which client is too old."""
import botocore
import botocore.session

from support import CLI, CLI_VERSION, TestCase, cli, new_account

OPERATIONS = {
    "customer-profiles": ["CreateEventStream", "GetEventStream", "ListEventStreams", "DeleteEventStream", "TagResource",
                          "UntagResource", "ListTagsForResource", "ListDomains", "GetDomain", "CreateDomain"],
    "kinesis": ["CreateStream", "DeleteStream", "ListStreams", "DescribeStreamSummary"],
}


class Prerequisites(TestCase):
    def test_botocore_models_every_operation_the_suite_calls(self):
        session = botocore.session.get_session()
        for service, operations in OPERATIONS.items():
            known = set(session.get_service_model(service).operation_names)
            missing = [o for o in operations if o not in known]
            self.assertEqual(missing, [], f"botocore {botocore.__version__} does not model {service} {missing}: "
                                          "it is older than the API; install a newer boto3")

    def test_the_aws_cli_knows_the_event_stream_commands(self):
        self.assertIsNotNone(CLI, "no AWS CLI: install awscli")
        # Without its required arguments a known command stops at argument parsing; an unknown one says "Invalid choice".
        result = cli("customer-profiles", "create-event-stream", account=new_account())
        self.assertNotIn("Invalid choice", result.stderr, f"{CLI_VERSION} has no 'customer-profiles create-event-stream': "
                                                          "it is older than the API; install a newer AWS CLI")
        self.assertIn("--event-stream-name", result.stderr)
        self.assertNotEqual(result.code, 0)

