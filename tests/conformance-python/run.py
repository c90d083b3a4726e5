#!/usr/bin/env python3
"""Starts the standalone emulator as the README does (one --urls address) and runs every test/test_*.py against it
with the standard library's unittest: the AWS SDK for Python (boto3) with its default configuration and the AWS CLI
(`aws ... --endpoint-url`). Writes results.tap with the summary lines of node's TAP reporter ("# pass N", ...) so that
tests/test.sh counts it like the JavaScript suite. Builds nothing: run `dotnet build` first.

    python3 tests/conformance-python/run.py [test_module[.Class[.test]] ...]

CONFIGURATION (Debug) picks the build; EMULATOR_DLL names the emulator's dll instead; AWS_CLI the aws executable.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _python_with_boto3():
    """boto3 may live in another interpreter than the first python3 on PATH (Debian's python3-boto3 installs for
    /usr/bin/python3): use the first one that has it."""
    try:
        import boto3  # noqa: F401
        return
    except ImportError:
        pass
    for candidate in ("/usr/bin/python3",):
        if os.path.exists(candidate) and os.path.realpath(candidate) != os.path.realpath(sys.executable) \
                and subprocess.run([candidate, "-c", "import boto3"], capture_output=True).returncode == 0:
            os.execv(candidate, [candidate, os.path.abspath(__file__), *sys.argv[1:]])
    print("boto3 is not installed for this Python (nor for /usr/bin/python3): apt-get install python3-boto3.", file=sys.stderr)
    sys.exit(2)


_python_with_boto3()

import shutil  # noqa: E402
import socket  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
import unittest  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_emulator(dll, data_dir):
    url = f"http://127.0.0.1:{free_port()}"
    process = subprocess.Popen(
        ["dotnet", dll, "--urls", url,
         f"--Emulator:DatabasePath={os.path.join(data_dir, 'conformance.db')}",
         "--Emulator:HealthCheckInterval=00:00:00.250"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ready = threading.Event()
    log = []

    def read():
        for line in process.stdout:
            log.append(line)
            if f"Now listening on: {url}" in line:
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 60
    while not ready.wait(0.1):
        if process.poll() is not None:
            raise RuntimeError(f"The emulator exited with {process.returncode} before it was ready:\n{''.join(log)}")
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("The emulator did not report its addresses within 60 s.")
    return url, process


def clean_environment(data_dir):
    """Nothing of the machine's AWS setup may reach the clients: no AWS_* variables, no ~/.aws files."""
    for name in list(os.environ):
        if name.startswith(("AWS_", "BOTO_")):
            del os.environ[name]
    os.environ["AWS_CONFIG_FILE"] = os.path.join(data_dir, "no-config")
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.path.join(data_dir, "no-credentials")


class TapResult(unittest.TestResult):
    """Prints one line per test as it ends and keeps what TAP needs."""

    def __init__(self):
        super().__init__()
        self.rows = []  # (name, outcome, detail, seconds)
        self._started = {}

    @staticmethod
    def name(test):
        return f"{test.__class__.__module__}.{test.__class__.__name__}.{test._testMethodName}" \
            if isinstance(test, unittest.TestCase) else str(test)

    def startTest(self, test):
        super().startTest(test)
        self._started[test] = time.monotonic()

    def _row(self, test, outcome, detail=""):
        seconds = time.monotonic() - self._started.get(test, time.monotonic())
        self.rows.append((self.name(test), outcome, detail, seconds))
        mark = {"pass": "\u2714", "fail": "\u2716", "skipped": "\ufe63", "todo": "\u2714"}[outcome]
        print(f"{mark} {self.name(test)} ({seconds * 1000:.0f}ms){' # ' + outcome.upper() if outcome in ('skipped', 'todo') else ''}",
              flush=True)
        if detail and outcome == "fail":
            print("  " + detail.replace("\n", "\n  "), flush=True)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._row(test, "pass")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._row(test, "fail", self._exc_info_to_string(err, test))

    def addError(self, test, err):
        super().addError(test, err)
        if isinstance(test, unittest.TestCase):
            self._row(test, "fail", self._exc_info_to_string(err, test))
        else:  # a failing setUpClass / setUpModule / import: one failing row of its own
            self.rows.append((str(test), "fail", self._exc_info_to_string(err, test), 0.0))
            print(f"\u2716 {test}\n  " + self._exc_info_to_string(err, test).replace("\n", "\n  "), flush=True)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:  # a failing subtest ends its test without addSuccess: one failing row per subtest
            name = f"{self.name(test)} [{subtest._subDescription()}]"
            detail = self._exc_info_to_string(err, test)
            self.rows.append((name, "fail", detail, 0.0))
            print(f"\u2716 {name}\n  " + detail.replace("\n", "\n  "), flush=True)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._row(test, "skipped", reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._row(test, "todo", "expected failure")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._row(test, "fail", "unexpected success of a test marked expectedFailure")


def write_tap(path, rows, seconds):
    lines = ["TAP version 13"]
    for number, (name, outcome, detail, took) in enumerate(rows, 1):
        directive = {"skipped": f" # SKIP {detail}", "todo": " # TODO"}.get(outcome, "")
        lines.append(f"# Subtest: {name}")
        lines.append(f"{'not ok' if outcome == 'fail' else 'ok'} {number} - {name}{directive}")
        lines.append("  ---")
        lines.append(f"  duration_ms: {took * 1000:.3f}")
        if outcome == "fail":
            lines.append("  error: |-")
            lines.extend("    " + line for line in detail.rstrip().splitlines())
        lines.append("  ...")
    count = {o: sum(1 for r in rows if r[1] == o) for o in ("pass", "fail", "skipped", "todo")}
    lines += [f"1..{len(rows)}", f"# tests {len(rows)}", "# suites 0", f"# pass {count['pass']}",
              f"# fail {count['fail']}", "# cancelled 0", f"# skipped {count['skipped']}", f"# todo {count['todo']}",
              f"# duration_ms {seconds * 1000:.3f}"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return count


def main(argv):
    configuration = os.environ.get("CONFIGURATION", "Debug")
    dll = os.environ.get("EMULATOR_DLL") or os.path.normpath(os.path.join(
        HERE, "..", "..", "src", "EventStreamConsole.Emulator", "bin", configuration, "net10.0", "EventStreamConsole.Emulator.dll"))
    if not os.path.exists(dll):
        print(f"Emulator not built: {dll} is missing. Run 'dotnet build' first (or set EMULATOR_DLL).", file=sys.stderr)
        return 2

    results = os.path.join(HERE, "results.tap")
    data_dir = tempfile.mkdtemp(prefix="esc-conformance-python-")
    cli_override = os.environ.get("AWS_CLI")
    clean_environment(data_dir)
    if cli_override:
        os.environ["AWS_CLI"] = cli_override
    started = time.monotonic()
    emulator = None
    try:
        url, emulator = start_emulator(dll, data_dir)
        os.environ["EMULATOR_URL"] = url
        sys.path[:0] = [HERE, os.path.join(HERE, "test")]
        import boto3
        import botocore
        import support
        print(f"emulator: {url}; boto3 {boto3.__version__}, botocore {botocore.__version__} (Python {sys.version.split()[0]}); "
              f"{support.CLI_VERSION or 'no AWS CLI found'}", flush=True)

        loader = unittest.TestLoader()
        suite = loader.loadTestsFromNames(argv) if argv else \
            loader.discover(os.path.join(HERE, "test"), pattern="test_*.py", top_level_dir=os.path.join(HERE, "test"))
        result = TapResult()
        suite.run(result)
        count = write_tap(results, result.rows, time.monotonic() - started)
        print(f"# tests {len(result.rows)}\n# pass {count['pass']}\n# fail {count['fail']}\n"
              f"# skipped {count['skipped']}\n# todo {count['todo']}\n# duration_ms {(time.monotonic() - started) * 1000:.0f}")
        return 0 if count["fail"] == 0 and result.rows else 1
    except Exception:
        traceback.print_exc()
        return 1
    finally:
        if emulator is not None:
            emulator.terminate()
            try:
                emulator.wait(10)
            except subprocess.TimeoutExpired:
                emulator.kill()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
