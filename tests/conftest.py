"""Shared by tests/unit and tests/qgis: a skipped test fails the run.

A skip is a test that did not run; in CI it is a silent hole. Two skips are
let through: for data kept outside the repository, a reason starting with
"needs ../shared:" (raised by tests.helpers.shared_data_dir, and only where
../shared/data is absent); and for a real PostgreSQL with PostGIS, a reason
starting with "needs PostGIS:" (tests/postgis_fixtures.py, only where the
server or PostGIS is not installed: `make setup` installs both). Either is
announced at the end of the run. Expected failures (xfail) are not skips.

This file imports nothing from the repository at import time, so
tests/unit/test_skip_policy.py can run a copy of it under pytester.
"""
from __future__ import annotations

import pytest

ALLOWED_SKIP_PREFIX = "needs ../shared:"
ALLOWED_SKIP_PREFIXES = (ALLOWED_SKIP_PREFIX, "needs PostGIS:")


def _skip_reason(report) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        reason = str(longrepr[2])
    else:
        reason = str(longrepr)
    if reason.startswith("Skipped: "):
        reason = reason[len("Skipped: "):]
    return reason


class SkipPolicy:
    """Collects skips (of tests and of whole modules) and fails the session."""

    def __init__(self) -> None:
        self.refused = []  # (node id, reason)
        self.allowed = {}  # prefix -> [(node id, reason)]

    def _record(self, report) -> None:
        if not report.skipped or hasattr(report, "wasxfail"):
            return
        reason = _skip_reason(report)
        prefix = next((p for p in ALLOWED_SKIP_PREFIXES if reason.startswith(p)), None)
        if prefix is None:
            self.refused.append((report.nodeid, reason))
        else:
            self.allowed.setdefault(prefix, []).append((report.nodeid, reason))

    def pytest_runtest_logreport(self, report) -> None:
        self._record(report)

    def pytest_collectreport(self, report) -> None:  # module-level skips
        self._record(report)

    def pytest_sessionfinish(self, session) -> None:
        if not self.refused:
            return
        if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if session.config.pluginmanager.get_plugin("terminalreporter") is None:
            for line in self._lines():
                print(line)

    def pytest_terminal_summary(self, terminalreporter) -> None:
        for prefix, skipped in self.allowed.items():
            terminalreporter.section("{0} {1} test(s) did not run".format(prefix, len(skipped)), sep="=",
                                     yellow=True, bold=True)
            reasons = sorted({reason for _, reason in skipped})
            for reason in reasons:
                terminalreporter.line("  {0}".format(reason), yellow=True)
        if not self.refused:
            return
        terminalreporter.section("skipped tests fail this run", sep="=", red=True, bold=True)
        for line in self._lines():
            terminalreporter.line(line, red=True)

    def _lines(self):
        yield (
            "%d test(s) skipped; only a skip whose reason starts with %s is allowed "
            "(tests.helpers.shared_data_dir, tests/postgis_fixtures.py). Make them run, or delete them:"
            % (len(self.refused), " or ".join(repr(p) for p in ALLOWED_SKIP_PREFIXES))
        )
        for nodeid, reason in self.refused:
            yield "  SKIPPED %s: %s" % (nodeid, reason)


def pytest_configure(config) -> None:
    config.pluginmanager.register(SkipPolicy(), "soc-harm-skip-policy")


@pytest.fixture
def shared_data():
    """../shared/data, or a "needs ../shared:" skip where it is absent."""
    from tests.helpers import shared_data_dir

    return shared_data_dir()
