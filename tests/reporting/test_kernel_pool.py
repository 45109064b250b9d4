"""One kernel runs a build's notebooks one after the other: nothing a notebook defines or
changes reaches the next one, a failed notebook's kernel is replaced, and no kernel outlives
its supply."""
from __future__ import annotations

import json

import nbformat
import psutil
import pytest

from analysis.reporting import build_report
from analysis.reporting.build_report import KERNEL, run_notebook
from analysis.reporting.kernel_pool import KernelSupply

PID = "import os\nprint('pid', os.getpid())"

# Changes everything the kernel is put back from: variables, imports into the namespace,
# working directory, sys.path, environment, warning filters.
LITTER = """\
import os, sys, warnings
heron_count = 41
os.chdir(os.path.dirname(os.getcwd()))
sys.path.insert(0, '/nowhere/heron')
os.environ['HERON_MODE'] = 'on'
warnings.simplefilter('error')
"""

# What a notebook sees when it starts: compared between a fresh and a reused kernel.
LOOK = """\
import json, os, sys, warnings
builtin = ('In', 'Out', 'exit', 'quit', 'get_ipython', 'open', 'builtin')
seen = {'names': sorted(k for k in globals() if not k.startswith('_') and k not in builtin),
        'cwd': os.getcwd(), 'heron_path': '/nowhere/heron' in sys.path,
        'heron_env': os.environ.get('HERON_MODE'),
        'first_filter': str(warnings.filters[0][0]) if warnings.filters else ''}
print(json.dumps(seen, sort_keys=True))
"""


def _notebook(folder, name, *cells):
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": KERNEL, "language": "python",
                                                           "display_name": f"Python ({KERNEL})"}})
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    folder.mkdir(exist_ok=True)
    nbformat.write(nb, folder / f"{name}.ipynb")


def _executed(story_dir, name):
    return nbformat.read(story_dir / ".build" / f"{name}.ipynb", as_version=4)


def _stdout(nb) -> list[str]:
    return ["".join(o.get("text", "")) for c in nb.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.get("output_type") == "stream"]


def _pid(story_dir, name, folder=".build") -> int:
    nb = nbformat.read(story_dir / folder / f"{name}.ipynb", as_version=4)
    return next(int(line.split()[1]) for text in _stdout(nb) for line in text.splitlines()
                if line.startswith("pid "))


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _run(names, notebooks, story_dir, supply):
    return [run_notebook(n, n.title(), {}, story_dir, notebooks, KERNEL, supply) for n in names]


@pytest.fixture
def dirs(tmp_path):
    return tmp_path / "notebooks", tmp_path / "story"


@pytest.mark.slow
def test_a_reused_kernel_shows_the_next_notebook_a_clean_start(dirs):
    notebooks, story_dir = dirs
    _notebook(notebooks, "look", LOOK, PID)
    _notebook(notebooks, "litter", PID, LITTER)
    with KernelSupply(KERNEL, notebooks) as supply:
        fresh = _run(["look"], notebooks, story_dir, supply)
        fresh_nb = _executed(story_dir, "look")
        again = _run(["litter", "look"], notebooks, story_dir, supply)
        reused_nb = _executed(story_dir, "look")
        assert supply.started == 1
    assert all(r.ok for r in fresh + again), [r.error for r in fresh + again]
    assert _pid(story_dir, "litter") == _pid(story_dir, "look")  # really the same kernel
    seen = json.loads(_stdout(reused_nb)[0])
    assert ("heron_count" not in seen["names"] and not seen["heron_path"]
            and seen["heron_env"] is None)
    assert seen["first_filter"] != "error"
    assert seen["cwd"] == str(notebooks)
    # Outputs and execution counts as on a fresh kernel (the pid line aside).
    assert _stdout(reused_nb)[0] == _stdout(fresh_nb)[0]
    assert [c.execution_count for c in reused_nb.cells] == [c.execution_count
                                                            for c in fresh_nb.cells] == [1, 2]


@pytest.mark.slow
def test_a_variable_left_by_one_notebook_is_not_there_in_the_next(dirs):
    notebooks, story_dir = dirs
    _notebook(notebooks, "first", "marsh_total = 17")
    _notebook(notebooks, "second", "assert 'marsh_total' not in globals(), 'leaked'\nimport "
              "pandas\nok = 1")
    with KernelSupply(KERNEL, notebooks) as supply:
        results = _run(["first", "second"], notebooks, story_dir, supply)
    assert [r.ok for r in results] == [True, True], [r.error for r in results]


@pytest.mark.slow
def test_after_a_failing_notebook_the_next_one_gets_a_fresh_kernel(dirs):
    notebooks, story_dir = dirs
    _notebook(notebooks, "breaks", PID, "gull_flag = 1\nraise ValueError('gulls everywhere')")
    _notebook(notebooks, "dies", PID, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)")
    _notebook(notebooks, "after", PID, "assert 'gull_flag' not in globals()")
    with KernelSupply(KERNEL, notebooks) as supply:
        broken = _run(["breaks"], notebooks, story_dir, supply)[0]
        first_after = _run(["after"], notebooks, story_dir, supply)[0]
        pid_after_error = _pid(story_dir, "after")
        died = _run(["dies"], notebooks, story_dir, supply)[0]
        dead_pid = _pid(story_dir, "dies", "failed")
        second_after = _run(["after"], notebooks, story_dir, supply)[0]
        pid_after_death = _pid(story_dir, "after")
        assert supply.started == 3
    assert not broken.ok and "gulls everywhere" in broken.error
    assert not died.ok and "Kernel" in died.error
    assert first_after.ok and second_after.ok, (first_after.error, second_after.error)
    broken_pid = _pid(story_dir, "breaks", "failed")
    assert len({broken_pid, pid_after_error, dead_pid, pid_after_death}) == 3
    assert pid_after_error == dead_pid  # a good notebook's kernel goes on to the next
    assert broken_pid != pid_after_error and dead_pid != pid_after_death
    assert all(_gone(p) for p in (broken_pid, pid_after_error, pid_after_death))


@pytest.mark.slow
def test_a_hung_cell_kernel_is_replaced(dirs, monkeypatch):
    monkeypatch.setattr(build_report, "CELL_TIMEOUT_SECONDS", 3)
    notebooks, story_dir = dirs
    _notebook(notebooks, "hangs", PID, "import time\ntime.sleep(120)")
    _notebook(notebooks, "after", PID, "print('done')")
    with KernelSupply(KERNEL, notebooks) as supply:
        hung, after = _run(["hangs", "after"], notebooks, story_dir, supply)
        assert supply.started == 2
    assert not hung.ok and "timed out" in hung.error.lower()
    assert after.ok and "done\n" in _stdout(_executed(story_dir, "after"))


@pytest.mark.slow
def test_no_kernel_is_left_running_after_a_build_or_an_interrupted_one(dirs, tmp_path,
                                                                       monkeypatch):
    from report_frames import corpus

    notebooks, _ = dirs
    _notebook(notebooks, "overview", PID)
    _notebook(notebooks, "counts", PID)
    out = tmp_path / "out"
    build_report.build(tmp_path, out, "Heron", notebooks=["overview", "counts"],
                       notebooks_dir=notebooks,
                       corpus=corpus())
    summary = json.loads((out / "heron" / "summary.json").read_text(encoding="utf-8"))
    assert [r["ok"] for r in summary["reports"]] == [True, True]

    pids = []
    real_render = build_report.render_html

    def render_then_interrupt(path, title, hide_code=True):
        nb = nbformat.read(path, as_version=4)
        pids.extend(int(t.split()[1]) for t in _stdout(nb))
        if len(pids) == 2:
            raise KeyboardInterrupt
        return real_render(path, title, hide_code)
    monkeypatch.setattr(build_report, "render_html", render_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        build_report.build(tmp_path, out, "Heron", notebooks=["overview", "counts"],
                           notebooks_dir=notebooks,
                           corpus=corpus())
    assert len(pids) == 2 and pids[0] == pids[1]  # one kernel ran both notebooks...
    assert _gone(pids[0])  # ...and did not outlive the interrupted build


def test_a_kernel_that_cannot_start_fails_its_report_not_the_build(dirs):
    notebooks, story_dir = dirs
    _notebook(notebooks, "only", "print(1)")
    with KernelSupply("no-such-kernel-heron", notebooks) as supply:
        with pytest.raises(Exception):  # noqa: B017 - whatever jupyter_client raises for it
            supply.get()
        assert supply.kernel is None


IMPORTS = """
import sys
from analysis.reporting.kernel_pool import import_papermill
pm = import_papermill()
skipped = 'rfc3987_syntax' not in sys.modules
import rfc3987_syntax  # importable again afterwards
import nbformat
nb = nbformat.v4.new_notebook()
nbformat.validate(nb)
print(skipped, hasattr(pm, 'execute_notebook'))
"""


@pytest.mark.slow
def test_papermill_is_imported_without_the_iri_grammars_and_nothing_stays_blocked():
    import subprocess
    import sys

    from analysis.reporting.build_report import PROJECT
    out = subprocess.run([sys.executable, "-c", IMPORTS], capture_output=True, text=True,
                         cwd=PROJECT,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["True", "True"]


def test_a_build_whose_kernel_cannot_start_reports_every_notebook_failed(tmp_path, monkeypatch):
    from analysis.reporting import kernel_pool
    from report_frames import corpus

    def no_kernel(self, *a, **k):
        raise RuntimeError("kernel binary missing")
    monkeypatch.setattr(kernel_pool.ReusedKernel, "__init__", no_kernel)
    with pytest.raises(build_report.BuildFailed) as caught:
        build_report.build(tmp_path, tmp_path / "out", "Heron", notebooks=["overview", "counts"],
                           corpus=corpus())
    assert [(r.name, r.error) for r in caught.value.failed] == [
        ("overview", "RuntimeError: kernel binary missing"),
        ("counts", "RuntimeError: kernel binary missing")]
