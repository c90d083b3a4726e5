#!/usr/bin/env python3
"""AWS's own Python SDK (botocore) as the judge of our client.

Reads one JSON document on stdin, {"mode": ..., "cases": [...]}, and writes {"results": [...]} on stdout, one result
per case in order. A case that botocore refuses answers {"error": "..."} instead of failing the whole run.

  serialize  {service, operation, params, endpoint}  -> {method, url, headers, body (base64)}
             botocore's client serializes the input exactly as for AWS (parameter validation on); a before-send hook
             captures the prepared request and answers a canned 200 so nothing leaves the machine.
  sign       {method, url, headers, body (base64), amzDate, accessKey, secretKey, token, region, service}
             -> {authorization, securityToken}: botocore.auth.SigV4Auth on that request at that time.
  endpoint   {service, region, fips, dualStack, [streamArn, operationType]} -> {url}: the service's official
             endpoint rule set evaluated by botocore's EndpointProvider over botocore's partitions.
"""
import base64
import datetime
import json
import sys

import botocore
import botocore.auth
import botocore.session
from botocore.awsrequest import AWSRequest, AWSResponse
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.endpoint_provider import EndpointProvider
from botocore.loaders import Loader

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"


def _text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class _Body:
    def __init__(self, data):
        self._data = data

    def stream(self, **_):
        yield self._data


def serialize(cases):
    session = botocore.session.get_session()
    clients = {}
    captured = {}

    def before_send(request, **_):
        captured["request"] = request
        return AWSResponse(request.url, 200, {"content-type": "application/json"}, _Body(b"{}"))

    results = []
    for case in cases:
        key = (case["service"], case["endpoint"])
        if key not in clients:
            client = session.create_client(
                case["service"], region_name="us-east-1", endpoint_url=case["endpoint"],
                aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
                config=Config(retries={"total_max_attempts": 1}, parameter_validation=True))
            client.meta.events.register("before-send", before_send)
            clients[key] = client
        client = clients[key]
        captured.clear()
        try:
            getattr(client, botocore.xform_name(case["operation"]))(**case["params"])
        except Exception as error:  # botocore's own refusal (ParamValidationError) is a result, not a crash
            if "request" not in captured:
                results.append({"error": f"{type(error).__name__}: {error}"})
                continue
        request = captured["request"]
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        results.append({
            "method": request.method,
            "url": request.url,
            "headers": {name.lower(): _text(value) for name, value in request.headers.items()},
            "body": base64.b64encode(body).decode("ascii"),
        })
    return results


def _freeze_clock(moment):
    """botocore reads the signing time from botocore.auth.get_current_datetime (older releases: datetime.utcnow)."""
    if hasattr(botocore.auth, "get_current_datetime"):
        botocore.auth.get_current_datetime = lambda *_, **__: moment
    else:
        class Frozen(datetime.datetime):
            @classmethod
            def utcnow(cls):
                return moment.replace(tzinfo=None)

        botocore.auth.datetime.datetime = Frozen


def sign(cases):
    results = []
    for case in cases:
        moment = datetime.datetime.strptime(case["amzDate"], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
        _freeze_clock(moment)
        request = AWSRequest(method=case["method"], url=case["url"], headers=case["headers"],
                             data=base64.b64decode(case["body"]))
        credentials = Credentials(case["accessKey"], case["secretKey"], case.get("token"))
        botocore.auth.SigV4Auth(credentials, case["service"], case["region"]).add_auth(request)
        results.append({
            "authorization": _text(request.headers["Authorization"]),
            "securityToken": _text(request.headers["X-Amz-Security-Token"]) if "X-Amz-Security-Token" in request.headers else None,
            "amzDate": _text(request.headers["X-Amz-Date"]),
        })
    return results


def endpoint(cases):
    loader = Loader()
    partitions = loader.load_data("partitions")
    providers = {}
    results = []
    for case in cases:
        service = case["service"]
        if service not in providers:
            api_version = loader.determine_latest_version(service, "service-2")
            ruleset = loader.load_service_model(service, "endpoint-rule-set-1", api_version)
            providers[service] = EndpointProvider(ruleset, partitions)
        params = {"Region": case["region"], "UseFIPS": case["fips"], "UseDualStack": case["dualStack"]}
        if case.get("streamArn"):
            params["StreamARN"] = case["streamArn"]
        if case.get("operationType"):
            params["OperationType"] = case["operationType"]
        try:
            results.append({"url": providers[service].resolve_endpoint(**params).url})
        except Exception as error:
            results.append({"error": getattr(error, "kwargs", {}).get("msg") or str(error)})
    return results


def main():
    request = json.load(sys.stdin)
    modes = {"serialize": serialize, "sign": sign, "endpoint": endpoint}
    json.dump({"botocore": botocore.__version__, "results": modes[request["mode"]](request["cases"])}, sys.stdout)


if __name__ == "__main__":
    main()
