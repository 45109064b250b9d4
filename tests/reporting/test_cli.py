"""The ``newsdesk`` command: subcommands with help, parameters checked before anything loads,
clear errors at the door, and a Makefile that passes every parameter on."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus as corpus_mod
from analysis.reporting import cli
from analysis.reporting.build_report import slugify

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "fixtures" / "report" / "story"


def _run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.slow
def test_python_dash_m_and_every_subcommand_have_help():
    top = _run("--help")
    assert top.returncode == 0 and top.stdout.startswith("usage: newsdesk")
    for cmd in ("report", "eval", "lab", "load"):
        r = _run(cmd, "--help")
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith(f"usage: newsdesk {cmd}")
    assert "--date-from" in _run("report", "--help").stdout


def test_the_console_script_is_declared_and_installed():
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["newsdesk"] == "analysis.reporting.cli:main"
    exe = Path(sys.executable).parent / "newsdesk"
    r = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("newsdesk ")


@pytest.fixture
def no_load(monkeypatch):
    """Any load of the corpus fails the test: parameters must be checked before it."""
    def refuse(*a, **k):
        raise AssertionError("the corpus was loaded before the parameters were checked")
    monkeypatch.setattr(corpus_mod, "load_corpus", refuse)
    monkeypatch.setattr("analysis.reporting.build_report.load_corpus", refuse)


@pytest.mark.parametrize("args, says", [
    (["--date-from", "2025-13"], "--date-from '2025-13' is not a real date"),
    (["--date-to", "13 December"], "--date-to '13 December' is not a real date"),
    (["--reference-date", "2025-12"], "--reference-date '2025-12' is not a real date written "
     "YYYY-MM-DD"),
    (["--date-from", "2025-12-14", "--date-to", "2025-11"], "is after --date-to"),
    (["--notebook", "sumary"], "--notebook 'sumary' is not a report"),
    (["--wait", "-1"], "--wait must be 0 or more"),
    (["--focus-kind", "freed"], "--focus-kind 'freed' is not a kind of figure; choose from "
     "released"),
])
def test_bad_parameters_stop_before_anything_loads(args, says, tmp_path, capsys, no_load):
    out = tmp_path / "out"
    rc = cli.main(["report", "--articles", str(STORY), "--out", str(out), *args])
    err = capsys.readouterr().err
    assert rc == 2 and says in err
    assert len(err.strip().splitlines()) == 1  # one line, no traceback
    assert not out.exists()


def test_a_missing_folder_is_one_line_and_creates_nothing(tmp_path, capsys, no_load):
    out = tmp_path / "out"
    rc = cli.main(["report", "--articles", str(tmp_path / "nowhere"), "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 2 and err.strip().splitlines() == [
        f"newsdesk report: error: articles: {tmp_path / 'nowhere'}: no such file or folder"]
    assert not out.exists()


def test_the_build_itself_refuses_a_missing_folder_without_creating_one(tmp_path):
    from analysis.reporting.build_report import build

    with pytest.raises(FileNotFoundError):
        build(tmp_path / "nowhere", tmp_path / "out", "Lost", notebooks=[])
    assert not (tmp_path / "out").exists()


def test_an_empty_folder_exits_non_zero_with_a_message(tmp_path, capsys, no_load):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"\0\0")  # litter only
    rc = cli.main(["report", "--articles", str(empty), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert rc == 2 and "no article files found" in err and ".txt" in err
    assert not (tmp_path / "out").exists()


def test_a_folder_of_unsupported_files_says_which_and_why(tmp_path, capsys, no_load):
    (tmp_path / "a.pdfx").write_text("x")
    rc = cli.main(["report", "--articles", str(tmp_path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert (rc == 2 and "1 other files skipped" in err and "a.pdfx" in err
            and "unsupported file type" in err)


def test_eval_checks_the_scorer_and_key_before_running(tmp_path, capsys):
    rc = cli.main(["eval", "--scorer", str(tmp_path / "score.py"), "--gold",
                   str(tmp_path / "g.json")])
    assert rc == 2 and "--scorer" in capsys.readouterr().err


def test_eval_runs_the_scorer_with_this_interpreter(tmp_path):
    scorer = tmp_path / "score.py"
    scorer.write_text("import sys, json; print(json.dumps({'argv': sys.argv[1:], 'exe': "
                      "sys.executable}))")
    gold = tmp_path / "gold.json"
    gold.write_text("[]")
    r = _run("eval", "--scorer", str(scorer), "--gold", str(gold), "--articles", str(STORY),
             "--diag")
    assert r.returncode == 0, r.stderr
    import json
    said = json.loads(r.stdout)
    assert said["argv"] == ["--gold", str(gold), "--articles", str(STORY), "--diag"]
    assert Path(said["exe"]).parent == Path(sys.executable).parent


@pytest.mark.parametrize("uid, root", [(0, True), (1000, False)])
def test_lab_allows_root_only_when_root(uid, root, monkeypatch, capsys):
    monkeypatch.setattr(cli.os, "geteuid", lambda: uid)
    assert cli.main(["lab", "--dry-run", "--no-browser"]) == 0
    cmd = capsys.readouterr().out
    assert ("--allow-root" in cmd) is root
    assert "jupyterlab" in cmd and str(ROOT / "notebooks") in cmd


def test_load_writes_every_frame_as_csv_or_parquet(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEWSDESK_CACHE", str(tmp_path / "cache"))
    assert cli.main(["load", str(STORY), "--out", str(tmp_path / "csv"), "--format", "csv",
                     "--quiet"]) == 0
    out = capsys.readouterr()
    assert "skipped:" in out.err and "scanned_page.txt" in out.err
    arts = pd.read_csv(tmp_path / "csv" / "articles.csv")
    assert "Harbor Gazette" in set(arts["outlet"])
    assert {p.stem for p in (tmp_path / "csv").glob("*.csv")} == set(corpus_mod.FRAMES)
    assert cli.main(["load", str(STORY), "--out", str(tmp_path / "pq"), "--quiet"]) == 0
    back = corpus_mod.Corpus.from_parquet(tmp_path / "pq")
    assert list(back.articles["outlet"]) == list(arts["outlet"])


def _make_report_command(**params) -> list[str]:
    """The ``newsdesk report`` line ``make report`` would run with ``params``."""
    args = [f"{k}={v}" for k, v in params.items()]
    import os

    # under make test
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    r = subprocess.run(["make", "--no-print-directory", "-n", "-o", ".venv/.installed", "report",
                        *args],
                       cwd=ROOT, capture_output=True, text=True, timeout=60, env=env)
    assert r.returncode == 0, r.stderr
    lines = [ln for ln in r.stdout.replace("\\\n", " ").splitlines() if "newsdesk report" in ln]
    assert len(lines) == 1, r.stdout
    line = " ".join(lines[0].split())
    m = re.search(r"\S*newsdesk report .*", line)
    assert m, r.stdout
    import shlex
    return shlex.split(m.group(0))[2:]


def test_make_report_passes_every_parameter():
    argv = _make_report_command(ARTICLES="tests/fixtures/report/story", STORY="Lake story",
                                OUT="/tmp/x",
                                REFERENCE_DATE="2024-03-04", DATE_FROM="2024-03",
                                DATE_TO="2024-04-01",
                                FOCUS_ENTITIES="Mirren Harbor", FOCUS_KINDS="released remaining",
                                NOTEBOOKS="overview counts")
    a = cli.parser().parse_args(["report", *argv])
    assert (a.articles, a.story, a.out) == ("tests/fixtures/report/story", "Lake story", "/tmp/x")
    assert (a.reference_date, a.date_from, a.date_to) == ("2024-03-04", "2024-03", "2024-04-01")
    assert a.focus_entity == ["Mirren", "Harbor"] and a.focus_kind == ["released", "remaining"]
    assert a.notebook == ["overview", "counts"]
    # every option of the command has a make variable
    options = {act.dest
               for act in cli.parser()._subparsers._group_actions[0].choices["report"]._actions
               if act.option_strings and act.dest not in ("help", "notebooks_dir", "wait",
                                                          "quiet")}
    assert options == {"articles", "story", "out", "reference_date", "date_from", "date_to",
                       "focus_entity", "focus_kind", "notebook"}


@pytest.mark.slow
def test_report_lists_each_skipped_file_on_the_console_and_progress_per_notebook(tmp_path,
                                                                                 monkeypatch):
    monkeypatch.setenv("NEWSDESK_CACHE", str(tmp_path / "cache"))
    arts = tmp_path / "story"
    shutil.copytree(STORY, arts)
    r = _run("report", "--articles", str(arts), "--out", str(tmp_path / "out"), "--notebook",
             "overview")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.strip().splitlines()
    assert any(re.fullmatch(r"\[1/1\] overview: done in [\d.]+ s", ln) for ln in lines)
    skipped = [ln for ln in lines if ln.startswith("skipped:")]
    assert skipped == [ln for ln in lines[-len(skipped):]]  # the console ends with them
    assert len(skipped) == 1 and "scanned_page.txt" in skipped[0] and "binary" in skipped[0]
    assert r.stdout.strip() == str(tmp_path / "out" / "index.html")
    assert (tmp_path / "out" / slugify("story") / "overview.html").exists()


def test_columns_prints_the_schema_dictionary(capsys):
    from analysis.schema import column_dictionary

    assert cli.main(["columns"]) == 0
    assert capsys.readouterr().out == column_dictionary()
