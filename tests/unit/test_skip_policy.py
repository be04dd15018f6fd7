"""Specification of the skip policy in tests/conftest.py (pure: no QGIS).

A skipped test fails the run, unless its reason starts with "needs ../shared:".
Each test runs a small pytest session (pytester) with a copy of the real
conftest and asserts on its exit code.

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_skip_policy.py -q
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"


@pytest.fixture
def run_session(pytester):
    """Run a pytest session on `source` under the real skip-policy conftest."""

    def run(source: str):
        pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
        pytester.makepyfile(test_sample=source)
        return pytester.runpytest("-p", "no:qgis", "-p", "no:cacheprovider", "-rs")

    return run


def test_all_passing_session_succeeds(run_session):
    result = run_session("def test_ok():\n    assert True\n")
    result.assert_outcomes(passed=1)
    assert result.ret == 0


def test_a_skipped_test_fails_the_session_and_names_the_test(run_session):
    result = run_session(
        "import pytest\n"
        "def test_ok():\n    assert True\n"
        "def test_later():\n    pytest.skip('not written yet')\n"
    )
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == 1
    result.stdout.fnmatch_lines(["*skipped tests fail this run*", "*SKIPPED*test_later*not written yet*"])


def test_a_skip_marker_fails_the_session(run_session):
    result = run_session(
        "import pytest\n"
        "@pytest.mark.skip(reason='flaky')\n"
        "def test_marked():\n    assert True\n"
    )
    result.assert_outcomes(skipped=1)
    assert result.ret == 1


def test_a_skip_in_a_fixture_fails_the_session(run_session):
    result = run_session(
        "import pytest\n"
        "@pytest.fixture\n"
        "def layer():\n    pytest.skip('no layer')\n"
        "def test_uses_layer(layer):\n    assert layer\n"
    )
    result.assert_outcomes(skipped=1)
    assert result.ret == 1


def test_a_module_level_skip_fails_the_session(run_session):
    result = run_session(
        "import pytest\n"
        "pytest.skip('whole module', allow_module_level=True)\n"
        "def test_never():\n    assert True\n"
    )
    assert result.ret == 1
    result.stdout.fnmatch_lines(["*SKIPPED*whole module*"])


def test_missing_import_skip_fails_the_session(run_session):
    result = run_session(
        "import pytest\n"
        "pytest.importorskip('a_module_that_does_not_exist_anywhere')\n"
        "def test_never():\n    assert True\n"
    )
    assert result.ret == 1


def test_a_needs_shared_skip_does_not_fail_the_session(run_session):
    result = run_session(
        "import pytest\n"
        "def test_ok():\n    assert True\n"
        "def test_on_shared_data():\n"
        "    pytest.skip('needs ../shared: ../shared/data is absent')\n"
    )
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == 0
    assert "skipped tests fail this run" not in result.stdout.str()


def test_a_failure_still_fails_when_skips_are_allowed(run_session):
    result = run_session(
        "import pytest\n"
        "def test_bad():\n    assert False\n"
        "def test_on_shared_data():\n"
        "    pytest.skip('needs ../shared: ../shared/data is absent')\n"
    )
    result.assert_outcomes(failed=1, skipped=1)
    assert result.ret == 1


def test_an_expected_failure_is_not_a_skip(run_session):
    result = run_session(
        "import pytest\n"
        "@pytest.mark.xfail(reason='known bug', strict=True)\n"
        "def test_known_bug():\n    assert False\n"
    )
    result.assert_outcomes(xfailed=1)
    assert result.ret == 0


def test_shared_data_dir_returns_shared_data_or_skips_with_the_allowed_reason():
    from tests.helpers import REPO, SKIP_SHARED_PREFIX, shared_data_dir

    expected = REPO.parent / "shared" / "data"
    if expected.is_dir():
        assert shared_data_dir() == expected
    else:
        with pytest.raises(pytest.skip.Exception, match="^" + re.escape(SKIP_SHARED_PREFIX)):
            shared_data_dir()


def test_the_allowed_prefix_is_the_same_in_conftest_and_helpers():
    from tests.helpers import SKIP_SHARED_PREFIX

    declared = re.search(r'^ALLOWED_SKIP_PREFIX = "(.*)"$', CONFTEST.read_text(encoding="utf-8"), re.M)
    assert declared and declared.group(1) == SKIP_SHARED_PREFIX


def test_a_needs_postgis_skip_does_not_fail_the_session_and_is_announced(run_session):
    result = run_session(
        "import pytest\n"
        "def test_ok():\n    assert True\n"
        "def test_in_postgis():\n"
        "    pytest.skip('needs PostGIS: PostgreSQL is not installed')\n"
    )
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*needs PostGIS: 1 test(s) did not run*", "*PostgreSQL is not installed*"])


def test_a_skip_that_only_mentions_postgis_still_fails_the_session(run_session):
    result = run_session(
        "import pytest\n"
        "def test_in_postgis():\n"
        "    pytest.skip('PostGIS is slow today')\n"
    )
    assert result.ret == 1


def test_the_postgis_prefix_is_the_same_in_conftest_and_the_fixtures():
    from tests.postgis_fixtures import SKIP_POSTGIS_PREFIX

    assert '"{0}"'.format(SKIP_POSTGIS_PREFIX) in CONFTEST.read_text(encoding="utf-8")
