"""One contract for report parameters (:class:`ReportParams`): the command's options, the
notebooks' parameters cells and what the build hands papermill are its fields; a value that
cannot work stops everything before anything loads."""
import ast
import dataclasses
import re
from pathlib import Path

import nbformat
import pytest

from analysis import corpus as corpus_mod
from analysis.reporting import build_report, cli
from analysis.reporting import notebook as nb
from analysis.reporting.build_report import NOTEBOOKS, ReportResult, build
from analysis.reporting.params import ParamError, ReportParams
from report_frames import corpus

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "fixtures" / "report" / "story"


def _report_actions() -> dict:
    sub = cli.parser()._subparsers._group_actions[0].choices["report"]
    return {act.dest: act for act in sub._actions if act.option_strings and act.dest != "help"}


def test_the_command_options_are_the_fields_a_user_sets_plus_the_builds_own():
    actions = _report_actions()
    fields = {f.name: (f, option) for f, option in ReportParams.options()}
    assert set(actions) == set(fields) | set(cli.BUILD_OPTIONS)
    # the build sets the other two
    assert set(ReportParams.names()) - set(fields) == {"out_dir", "frames_dir"}
    for name, (f, option) in fields.items():
        act = actions[name]
        assert act.option_strings == [option] and act.help.startswith(f.metadata["help"])
        if isinstance(f.default, tuple):  # repeatable
            assert act.default == [] and type(act).__name__ == "_AppendAction"
        else:
            assert act.default == f.default
    a = cli.parser().parse_args(["report", "--focus-entity", "Ann Vik", "--focus-entity", "Bo",
                                 "--date-from", "2024"])
    p = ReportParams.from_mapping(vars(a), complete=False)
    assert p == ReportParams(articles="seeds", focus_entities=("Ann Vik", "Bo"), date_from="2024")


@pytest.mark.parametrize("name", [n for n, _ in NOTEBOOKS])
def test_each_parameters_cell_sets_exactly_the_fields_with_literals_of_their_type(name):
    cell = next(c for c in nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4).cells
                if c.cell_type == "code")
    assigned = {node.targets[0].id: ast.literal_eval(node.value)
                for node in ast.parse(cell.source).body}
    assert list(assigned) == list(ReportParams.names())
    for f in dataclasses.fields(ReportParams):
        assert isinstance(assigned[f.name], list if isinstance(f.default, tuple) else str), f.name
    # the cell's values read back as the contract, and go out again as they came in
    assert ReportParams.from_mapping(assigned).to_notebook() == assigned


def test_round_trip_to_the_notebook_and_back():
    p = ReportParams(articles="../in", out_dir="../out/lake",
                     frames_dir="../out/lake/data/current", story="Lake",
                     reference_date="2024-03-04", focus_entities=("Mirren",),
                     focus_kinds=("released", "remaining"), date_from="2024-03", date_to="2024")
    sent = p.to_notebook()
    assert list(sent) == list(ReportParams.names())
    assert sent["focus_kinds"] == ["released", "remaining"] and sent["story"] == "Lake"
    assert ReportParams.from_mapping({**sent, "unrelated": 1, "__name__": "__main__"}) == p
    assert nb.parameters(dict(sent)) == p
    missing = dict(sent)
    del missing["date_to"]
    with pytest.raises(NameError, match="does not set date_to"):
        ReportParams.from_mapping(missing)


@pytest.mark.parametrize("change, says", [
    ({"date_from": "2025-13"},
     "--date-from '2025-13' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD"),
    ({"reference_date": "2025-12"},
     "--reference-date '2025-12' is not a real date written YYYY-MM-DD"),
    ({"date_from": "2025-12-14", "date_to": "2025-11"},
     "--date-from 2025-12-14 is after --date-to 2025-11"),
    ({"focus_kinds": ("freed",)}, "--focus-kind 'freed' is not a kind of figure"),
])
def test_a_value_that_cannot_work_is_one_error_naming_it(change, says):
    with pytest.raises(ParamError) as err:
        dataclasses.replace(ReportParams(articles=str(STORY)), **change).check()
    assert says in str(err.value)


def test_the_articles_must_exist_and_hold_an_article(tmp_path):
    with pytest.raises(ParamError, match="no such file or folder"):
        ReportParams(articles=str(tmp_path / "nowhere")).check()
    with pytest.raises(ParamError, match="no article files found"):
        ReportParams(articles=str(tmp_path)).check()
    assert ReportParams(articles=str(tmp_path)).check(files=False).articles == str(tmp_path)
    assert ReportParams(articles=str(STORY)).check().articles == str(STORY)


@pytest.fixture
def no_load(monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("the corpus was loaded before the parameters were checked")
    monkeypatch.setattr(corpus_mod, "load_corpus", refuse)
    monkeypatch.setattr(build_report, "load_corpus", refuse)
    monkeypatch.setattr(nb, "load_corpus", refuse)


def test_a_bad_date_fails_before_loading_in_the_build_and_in_a_notebook(tmp_path, no_load):
    with pytest.raises(ParamError, match="--date-to '2024-02-30' is not a real date"):
        build(STORY, tmp_path / "out", "Lake", date_to="2024-02-30", notebooks=[])
    assert not (tmp_path / "out").exists()
    cell = ReportParams(articles=str(STORY), date_from="13 March").to_notebook()
    with pytest.raises(ParamError, match="--date-from '13 March'"):
        nb.parameters(cell)


def test_the_build_takes_params_and_hands_papermill_their_notebook_form(tmp_path, monkeypatch):
    sent = []

    def run(name, title, params, story_dir, *a, **k):
        sent.append(params)
        return ReportResult(name=name, title=title, file=f"{name}.html", ok=True)
    monkeypatch.setattr(build_report, "run_notebook", run)
    monkeypatch.setattr(build_report.KernelSupply, "start", lambda self: None)
    monkeypatch.setattr(build_report, "_ensure_kernel", lambda name: None)
    src = tmp_path / "in"
    src.mkdir()
    asked = ReportParams(articles=str(src), story="Lake story", focus_entities=("Mirren",),
                         focus_kinds=("released",), date_from="2024-03")
    index = build(asked, tmp_path / "out", notebooks=["overview", "counts"], corpus=corpus())
    story_dir = index.parent / "lake-story"
    assert len(sent) == 2 and sent[0] == sent[1]
    got = ReportParams.from_mapping(sent[0])
    # the contract's values as asked; the paths filled in by the build (absolute: outside the
    # project)
    assert got == dataclasses.replace(asked, out_dir=str(story_dir.resolve()),
                                      frames_dir=str((story_dir / "data" / "current").resolve()))
    assert sent[0] == got.to_notebook()
    with pytest.raises(TypeError):
        build(asked, tmp_path / "out", "Other story", notebooks=[], corpus=corpus())


def test_the_readme_table_of_notebook_parameters_names_exactly_the_fields():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Running one notebook yourself", 1)[1].split("\n#", 1)[0]
    rows = [ln.split("|")[1] for ln in section.splitlines() if ln.startswith("| `")]
    named = [n for cell in rows for n in re.findall(r"`(\w+)`", cell)]
    assert named == list(ReportParams.names())
