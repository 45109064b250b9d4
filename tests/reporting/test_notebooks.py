"""The stored notebooks: no outputs, in sync with their jupytext pair, thin over the library,
and a first code cell tagged ``parameters`` with the parameters every report takes."""
import ast
from pathlib import Path

import jupytext
import nbformat
import pytest

from analysis.reporting.build_report import NOTEBOOKS
from analysis.reporting.params import ReportParams

NB_DIR = Path(__file__).resolve().parents[2] / "notebooks"
NAMES = [n for n, _ in NOTEBOOKS]


def test_every_notebook_is_built_and_paired():
    stored = {p.stem for p in NB_DIR.glob("*.ipynb")}
    assert stored == set(NAMES)
    assert {p.stem for p in NB_DIR.glob("*.py")} == stored


@pytest.mark.parametrize("name", NAMES)
def test_stored_without_outputs(name):
    nb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (f"{name}.ipynb has "
                                                                         "outputs: clear them")


@pytest.mark.parametrize("name", NAMES)
def test_in_sync_with_its_py_pair(name):
    ipynb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    py = jupytext.read(NB_DIR / f"{name}.py")
    assert ipynb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    def cells(nb):
        return [(c.cell_type, c.source.strip(), sorted(c.metadata.get("tags",
                                                                      []))) for c in nb.cells]
    assert cells(ipynb) == cells(py), (f"{name}.ipynb and {name}.py differ: run jupytext --sync "
                                       f"notebooks/{name}.py")


@pytest.mark.parametrize("name", NAMES)
def test_parameters_cell_first_with_safe_defaults(name):
    nb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].metadata.get("tags") == ["parameters"]
    names = [t.id for node in ast.parse(code[0].source).body for t in node.targets]
    assert names == list(ReportParams.names())  # exactly the contract's fields, in its order
    assert nb.metadata["kernelspec"]["name"] == "newsdesk"


@pytest.mark.parametrize("name", NAMES)
def test_thin_no_logic_in_notebooks(name):
    nb = nbformat.read(NB_DIR / f"{name}.ipynb", as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        banned = (ast.FunctionDef, ast.ClassDef, ast.For, ast.While, ast.If, ast.Lambda,
                  ast.ListComp,
                  ast.DictComp, ast.GeneratorExp, ast.Subscript)
        assert not [n for n in ast.walk(tree)
                    if isinstance(n, banned)], f"logic in {name}: move it to analysis/"
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                mod = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
                assert mod.split(".")[0] == "analysis"


def test_start_opens_and_narrows_the_corpus_the_header_shows_the_parameters(tmp_path):
    from analysis.reporting import notebook as nb

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    ns = {"articles": str(seeds), "out_dir": str(tmp_path), "frames_dir": "",
          "story": "Test story",
          "reference_date": "", "focus_entities": [], "focus_kinds": ["released"], "date_from": "",
          "date_to": "", "unrelated": 1}
    params = nb.parameters(ns)
    full, corpus = nb.start(params)
    assert len(full.articles) == len(corpus.articles) == 5
    assert set(corpus.claims["kind"]) == {"released"} and len(full.claims) > len(corpus.claims)
    assert set(corpus.claim_groups["kind"]) == {"released"}
    # narrowed, still the schema's categories
    assert corpus.claims["kind"].dtype == full.claims["kind"].dtype
    markup = nb.header(corpus, params)._repr_html_()
    assert "Story: Test story" in markup and "focus_kinds" in markup and "unrelated" not in markup
    del ns["date_to"]
    with pytest.raises(NameError, match="date_to"):
        nb.parameters(ns)


@pytest.mark.slow
def test_a_notebook_runs_from_the_repository_root_with_its_defaults(tmp_path, monkeypatch):
    """Its ``../seeds`` default is read from the notebooks' folder when the notebook is run
    from the repository root (papermill, nbconvert --execute, a user's own kernel)."""
    import papermill as pm

    from analysis.reporting.build_report import KERNEL, _ensure_kernel

    root = NB_DIR.parent
    monkeypatch.chdir(root)
    monkeypatch.setenv("NEWSDESK_CACHE", str(tmp_path / "cache"))
    _ensure_kernel(KERNEL)
    out = tmp_path / "overview.ipynb"
    pm.execute_notebook("notebooks/overview.ipynb", str(out), kernel_name=KERNEL, cwd=str(root),
                        progress_bar=False, log_output=False)
    shown = " ".join(str(o.get("data", {}).get("text/html", "")) for c in nbformat.read(out,
                                                                                        4).cells
                     if c.cell_type == "code" for o in c.get("outputs", []))
    assert "5 articles" in shown and "Bloomberg" in shown


def test_relative_parameters_are_read_from_the_notebooks_folder_when_not_found_here(tmp_path,
                                                                                    monkeypatch):
    from analysis.reporting.notebook import located

    monkeypatch.chdir(tmp_path)
    assert located("../seeds") == str((NB_DIR / "../seeds").resolve())
    (tmp_path / "mine").mkdir()
    assert located("mine") == "mine"            # found from here: as given
    assert located("../nowhere") == "../nowhere"  # found nowhere: as given, the load says why
    assert located("") == ""


@pytest.mark.slow
def test_the_load_shows_a_progress_widget_in_jupyter():
    """Inside a Jupyter kernel tqdm.auto draws an ipywidgets bar (no "IProgress not found")."""
    import nbclient

    from analysis.reporting.build_report import KERNEL, _ensure_kernel

    _ensure_kernel(KERNEL)
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import os\n"
        "for k in ('PYTEST_CURRENT_TEST', 'CI'): os.environ.pop(k, None)\n"
        "import time\n"
        "from analysis.corpus import _progress_bar\n"
        "with _progress_bar(3, None) as bar:\n"
        "    time.sleep(1.6)\n"
        "    bar.update(3)\n"
        "import tqdm.notebook\n"
        "print('widget bar:', isinstance(bar, tqdm.notebook.tqdm))")]
    nbclient.NotebookClient(nb, kernel_name=KERNEL, timeout=120).execute()
    outputs = nb.cells[0].outputs
    text = " ".join(o.get("text", "") for o in outputs)
    assert "widget bar: True" in text and "IProgress not found" not in text
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs)
