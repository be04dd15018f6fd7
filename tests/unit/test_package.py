"""Specification of tools/package.py: the staged plugin and its zip (pure: no QGIS).

Run: .venv/bin/python -m pytest -p no:qgis tests/unit/test_package.py -q
"""
from __future__ import annotations

import configparser
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from soc_harm_plugin import about
from tools import package

REPO = Path(__file__).resolve().parents[2]
PLUGIN = "soc_harm_plugin"


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory) -> Path:
    return package.build_zip(tmp_path_factory.mktemp("dist") / "plugin.zip")


@pytest.fixture(scope="module")
def zip_names(built_zip) -> list:
    with zipfile.ZipFile(built_zip) as zf:
        return zf.namelist()


# --- the real package --------------------------------------------------------


def test_built_zip_passes_every_check(built_zip):
    assert package.check_zip(built_zip) == []


def test_zip_has_exactly_one_top_level_folder_named_soc_harm_plugin(zip_names):
    assert {name.split("/")[0] for name in zip_names} == {PLUGIN}
    assert zip_names[0] == PLUGIN + "/"


@pytest.mark.parametrize(
    "member",
    [
        "__init__.py",
        "about.py",
        "metadata.txt",
        "LICENSE",
        "resources/harm_tables/ons_css_ho_code.csv",
        "resources/icons/soc_harm.svg",
    ],
)
def test_zip_carries(zip_names, member):
    assert PLUGIN + "/" + member in zip_names


def test_zip_carries_no_compiled_python_nor_caches_nor_tests(zip_names):
    for name in zip_names:
        parts = name.rstrip("/").split("/")
        assert not name.endswith((".pyc", ".pyo")), name
        assert "__pycache__" not in parts, name
        assert ".git" not in parts, name
        assert "tests" not in parts, name


def test_zip_carries_no_sample_force_generator_nor_its_inputs(zip_names):
    """The sample force is built by tools/sample/ for tests, the demo and benchmarks; users never need it."""
    assert [name for name in zip_names if "sample" in name.rstrip("/").split("/")] == []
    assert [name for name in zip_names if name.rstrip("/").split("/")[1:2] == ["tools"]] == []


def test_processing_folder_is_not_a_python_package(zip_names):
    assert PLUGIN + "/processing/__init__.py" not in zip_names


def test_zip_metadata_is_the_repository_metadata(built_zip):
    with zipfile.ZipFile(built_zip) as zf:
        assert zf.read(PLUGIN + "/metadata.txt") == (REPO / "metadata.txt").read_bytes()
        assert zf.read(PLUGIN + "/LICENSE") == (REPO / "LICENSE").read_bytes()


def test_zip_is_under_the_upload_limit(built_zip):
    assert built_zip.stat().st_size <= 25_000_000


def test_metadata_version_is_the_plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    assert parser["general"]["version"] == about.plugin_version()
    assert package.plugin_version() == about.plugin_version()
    assert package.default_zip_name() == "soc_harm_plugin-%s.zip" % about.plugin_version()


def test_build_zip_into_a_folder_names_the_zip_by_version(tmp_path):
    built = package.build_zip(tmp_path)
    assert built == tmp_path / ("soc_harm_plugin-%s.zip" % about.plugin_version())
    assert package.check_zip(built) == []


def test_staged_plugin_finds_its_resources_inside_its_own_folder(tmp_path):
    staged = package.stage(tmp_path)
    assert staged == (tmp_path / PLUGIN).resolve()
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "import soc_harm_plugin.about as a\n"
        "print(a.plugin_root())\n"
        "print(a.resource_path('harm_tables', 'ons_css_ho_code.csv').is_file())\n"
        "print(a.plugin_version())\n"
        "print('qgis' in sys.modules)\n" % str(tmp_path)
    )
    # -I: ignore PYTHONPATH and the working directory, so only the staged copy
    # can be imported; -B: write no __pycache__ into it.
    run = subprocess.run(
        [sys.executable, "-I", "-B", "-c", code],
        cwd=str(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        universal_newlines=True,
        check=True,
    )
    root, has_table, version, imported_qgis = run.stdout.splitlines()
    assert Path(root) == staged
    assert has_table == "True"
    assert version == about.plugin_version()
    assert imported_qgis == "False", "soc_harm_plugin/__init__.py must not import qgis"


def test_staging_again_replaces_the_older_copy(tmp_path):
    staged = package.stage(tmp_path)
    (staged / "left_over.py").write_text("x = 1\n")
    staged = package.stage(tmp_path)
    assert not (staged / "left_over.py").exists()


# --- staging rules, on a small fake repository ------------------------------


@pytest.fixture
def fake_repo(tmp_path, monkeypatch) -> Path:
    repo = tmp_path / "repo"
    pkg = repo / PLUGIN
    (pkg / "domain" / "__pycache__").mkdir(parents=True)
    (pkg / "__init__.py").write_text("def classFactory(iface):\n    return None\n")
    (pkg / "domain" / "__init__.py").write_text("")
    (pkg / "domain" / "__pycache__" / "__init__.cpython-311.pyc").write_bytes(b"\0")
    (pkg / "stray.pyc").write_bytes(b"\0")
    (pkg / "tests").mkdir()
    (pkg / "tests" / "test_x.py").write_text("")
    shutil.copy2(REPO / "metadata.txt", repo / "metadata.txt")
    (repo / "LICENSE").write_text("GPL-2.0-or-later\n")
    (repo / "resources" / "icons").mkdir(parents=True)
    (repo / "resources" / "icons" / "soc_harm.svg").write_text("<svg/>")
    (repo / "processing" / "help").mkdir(parents=True)
    (repo / "processing" / "help" / "score.html").write_text("<p>help</p>")
    (repo / "i18n").mkdir()
    monkeypatch.setattr(package, "REPO", repo)
    return repo


def test_stage_leaves_out_caches_compiled_files_and_tests(fake_repo, tmp_path):
    staged = package.stage(tmp_path / "out")
    files = {p.relative_to(staged).as_posix() for p in staged.rglob("*")}
    assert "domain/__init__.py" in files
    assert "processing/help/score.html" in files
    assert not [f for f in files if "__pycache__" in f or f.endswith(".pyc") or f.startswith("tests")]


def test_stage_refuses_a_processing_package(fake_repo, tmp_path):
    (fake_repo / "processing" / "__init__.py").write_text("")
    with pytest.raises(package.StagingError, match="processing/__init__.py"):
        package.stage(tmp_path / "out")


def test_stage_refuses_a_repository_without_license(fake_repo, tmp_path):
    (fake_repo / "LICENSE").unlink()
    with pytest.raises(package.StagingError, match="LICENSE"):
        package.stage(tmp_path / "out")


def test_stage_compiles_translations_into_the_plugin(fake_repo, tmp_path):
    (fake_repo / "i18n" / "soc_harm_cy.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="cy_GB"><context><name>X</name>'
        "<message><source>Harm</source><translation>Niwed</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    staged = package.stage(tmp_path / "out")
    qm = staged / "i18n" / "soc_harm_cy.qm"
    assert qm.is_file() and qm.stat().st_size > 0
    assert not (staged / "i18n" / "soc_harm_cy.ts").exists()
    assert not (fake_repo / "i18n" / "soc_harm_cy.qm").exists(), "stage must not write into the repository"


# --- check_zip catches each problem, on zips built by hand -------------------


def _metadata_text(drop: str = "", **changes: str) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    if drop:
        del general[drop]
    for key, value in changes.items():
        general[key] = value
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def _good_files() -> dict:
    return {
        PLUGIN + "/": "",
        PLUGIN + "/__init__.py": "def classFactory(iface):\n    return None\n",
        PLUGIN + "/metadata.txt": _metadata_text(),
        PLUGIN + "/LICENSE": "GPL-2.0-or-later\n",
        PLUGIN + "/resources/icons/soc_harm.svg": "<svg/>",
        PLUGIN + "/processing/help/score.html": "<p>help</p>",
    }


def _write_zip(path: Path, files: dict) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


def _problems(tmp_path: Path, files: dict) -> str:
    problems = package.check_zip(_write_zip(tmp_path / "hand.zip", files))
    assert problems, "check_zip found nothing wrong"
    return "\n".join(problems)


def test_hand_built_good_zip_passes(tmp_path):
    assert package.check_zip(_write_zip(tmp_path / "good.zip", _good_files())) == []


def test_check_catches_a_missing_license(tmp_path):
    files = _good_files()
    del files[PLUGIN + "/LICENSE"]
    assert "LICENSE" in _problems(tmp_path, files)


def test_check_catches_a_pyc(tmp_path):
    files = _good_files()
    files[PLUGIN + "/about.pyc"] = "\0"
    assert "about.pyc" in _problems(tmp_path, files)


def test_check_catches_a_pycache_folder(tmp_path):
    files = _good_files()
    files[PLUGIN + "/__pycache__/about.cpython-311.opt-1"] = "\0"
    assert "__pycache__" in _problems(tmp_path, files)


def test_check_catches_a_git_folder(tmp_path):
    files = _good_files()
    files[PLUGIN + "/.git/HEAD"] = "ref: refs/heads/main\n"
    assert ".git" in _problems(tmp_path, files)


def test_check_catches_two_top_level_folders(tmp_path):
    files = _good_files()
    files["other_plugin/__init__.py"] = ""
    assert "one top-level folder" in _problems(tmp_path, files)


def test_check_catches_a_file_outside_the_plugin_folder(tmp_path):
    files = _good_files()
    files["README.md"] = "# loose\n"
    assert "outside the plugin folder" in _problems(tmp_path, files)


def test_check_catches_a_folder_name_that_is_not_an_identifier(tmp_path):
    files = {name.replace(PLUGIN, "soc-harm", 1): text for name, text in _good_files().items()}
    assert "identifier" in _problems(tmp_path, files)


@pytest.mark.parametrize("name", ["__init__.py", "metadata.txt"])
def test_check_catches_a_missing_plugin_file(tmp_path, name):
    files = _good_files()
    del files[PLUGIN + "/" + name]
    assert name in _problems(tmp_path, files)


@pytest.mark.parametrize("key", package.REQUIRED_METADATA + ("tags", "category", "icon"))
def test_check_catches_a_missing_metadata_key(tmp_path, key):
    files = _good_files()
    files[PLUGIN + "/metadata.txt"] = _metadata_text(drop=key)
    assert repr(key) in _problems(tmp_path, files)


def test_check_catches_an_empty_metadata_key(tmp_path):
    files = _good_files()
    files[PLUGIN + "/metadata.txt"] = _metadata_text(email="")
    assert "'email'" in _problems(tmp_path, files)


def test_check_catches_a_missing_processing_provider_flag(tmp_path):
    files = _good_files()
    files[PLUGIN + "/metadata.txt"] = _metadata_text(drop="hasProcessingProvider")
    assert "hasProcessingProvider" in _problems(tmp_path, files)


def test_check_catches_an_icon_not_in_the_zip(tmp_path):
    files = _good_files()
    del files[PLUGIN + "/resources/icons/soc_harm.svg"]
    assert "icon" in _problems(tmp_path, files)


def test_check_catches_a_percent_sign_the_site_cannot_parse(tmp_path):
    files = _good_files()
    files[PLUGIN + "/metadata.txt"] = _metadata_text(description="Ranks the top 10% of areas")
    assert "parse" in _problems(tmp_path, files)


def test_check_catches_a_tracker_that_is_not_a_web_address(tmp_path):
    files = _good_files()
    files[PLUGIN + "/metadata.txt"] = _metadata_text(tracker="the issues page")
    assert "tracker" in _problems(tmp_path, files)


def test_check_catches_a_processing_package(tmp_path):
    files = _good_files()
    files[PLUGIN + "/processing/__init__.py"] = ""
    assert "processing/__init__.py" in _problems(tmp_path, files)


def test_check_catches_a_zip_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_ZIP_BYTES", 100)
    assert "limit" in _problems(tmp_path, _good_files())


def test_check_catches_a_file_that_is_not_a_zip(tmp_path):
    bogus = tmp_path / "bogus.zip"
    bogus.write_text("not a zip")
    assert package.check_zip(bogus)
