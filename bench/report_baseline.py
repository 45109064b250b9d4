"""Warm-cache ``make report`` against the bare notebook machinery, two ways.

Both baselines run the same notebooks with every code cell (except the parameters) replaced
by ``pass``: what is left is the cost of starting kernels, executing cells and rendering HTML,
with none of the library's work.

- ``papermill``: the issue's baseline: papermill with a fresh kernel per notebook, then
  nbconvert's HTML export, one notebook after the other (:data:`BASELINE`).
- ``runner``: the stubbed notebooks through the build's own runner: one kernel reused from
  notebook to notebook (:mod:`analysis.reporting.kernel_pool`), papermill on it, the same HTML
  export (:data:`RUNNER`). It is cheaper machinery, so ``make report`` against it isolates what the
  library itself costs; it is context, with no goal.

``make report`` is timed on its second and later runs, so the article cache is warm. With
``repeat`` above 1 the three runs take turns, and each one's fastest time is kept (the machine
may be shared).
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

BASELINE = r"""
import sys
from pathlib import Path
import nbformat, papermill as pm
from nbconvert import HTMLExporter
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)
for nb_path in sorted(src.glob("*.ipynb")):
    work = dst / nb_path.name
    pm.execute_notebook(str(nb_path), str(work), kernel_name=sys.argv[3], cwd=str(src),
                        progress_bar=False, log_output=False)
    exporter = HTMLExporter(template_name="lab", exclude_input=True, embed_images=True)
    body, _ = exporter.from_filename(str(work))
    work.with_suffix(".html").write_text(body, encoding="utf-8")
"""

# The build's runner without the library: kernel_pool is loaded from its file (importing the
# ``analysis`` package would import pandas), the HTML export is build_report.render_html's.
RUNNER = r"""
import importlib.util, re, sys
from pathlib import Path
src, dst, kernel, pool_file = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
spec = importlib.util.spec_from_file_location("kernel_pool", pool_file)
kernel_pool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(kernel_pool)
dst.mkdir(parents=True, exist_ok=True)
with kernel_pool.KernelSupply(kernel, src) as kernels:
    kernels.start()  # boots while papermill is imported, as in a build
    pm = kernel_pool.import_papermill()  # as run_notebook does, before anything imports jsonschema
    import nbformat
    from nbconvert import HTMLExporter
    for nb_path in sorted(src.glob("*.ipynb")):
        work = dst / nb_path.name
        try:
            pm.execute_notebook(str(nb_path), str(work), kernel_name=kernel, km=kernels.get(),
                                progress_bar=False, log_output=False)
        except BaseException:
            kernels.done(ok=False)
            raise
        kernels.done(ok=True)
        nb = nbformat.read(work, as_version=4)
        hidden = {"parameters", "injected-parameters"}
        nb.cells = [c for c in nb.cells if not hidden & set(c.metadata.get("tags", []))]
        exporter = HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                                exclude_output_prompt=True, embed_images=True)
        body, _ = exporter.from_notebook_node(nb)
        body = re.sub(r"<script\b[^>]*>[\s\S]*?</script>", "", body)
        work.with_suffix(".html").write_text(body, encoding="utf-8")
"""


def stub_notebooks(src: Path, dst: Path) -> Path:
    """Copies of ``src/*.ipynb`` whose code cells (parameters aside) do nothing."""
    import nbformat

    dst.mkdir(parents=True, exist_ok=True)
    for p in sorted(src.glob("*.ipynb")):
        nb = nbformat.read(p, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code" and "parameters" not in cell.metadata.get("tags", []):
                cell.source = "pass"
        nbformat.write(nb, dst / p.name)
    return dst


class ReportTimes(NamedTuple):
    made: float       # warm `make report`
    # stubbed notebooks, papermill + nbconvert, a fresh kernel each (the baseline)
    papermill: float
    runner: float     # stubbed notebooks through the build's runner (kernel reused)


def compare(root: Path, articles: Path, out: Path, kernel: str = "newsdesk",
            repeat: int = 1) -> ReportTimes:
    """Seconds for a warm ``make report`` on ``articles`` and for the two stubbed baselines
    (fastest of ``repeat`` turns each)."""
    env = dict(os.environ, NEWSDESK_CACHE=str(out / "cache-report"), CI="1")
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, "-m", "analysis.reporting.build_report", "--articles", str(articles),
           "--out", str(out / "reports")]
    subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True)  # warms the cache
    stubs = stub_notebooks(root / "notebooks", out / "stub-notebooks")
    runs = {
        "made": cmd,
        "papermill": [sys.executable, "-c", BASELINE, str(stubs), str(out / "baseline"), kernel],
        "runner": [sys.executable, "-c", RUNNER, str(stubs), str(out / "baseline-runner"), kernel,
                   str(root / "analysis" / "reporting" / "kernel_pool.py")],
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(max(1, repeat)):
        for name, run in runs.items():
            t = time.perf_counter()
            subprocess.run(run, cwd=root, env=env, check=True, capture_output=True)
            best[name] = min(best[name], time.perf_counter() - t)
    return ReportTimes(**best)
