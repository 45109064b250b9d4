"""Warm-cache ``make report`` against the bare notebook machinery.

The baseline runs the same notebooks, in the same order and on the same kernel, through
papermill and nbconvert's HTML export, but with every code cell (except the parameters)
replaced by ``pass``: what is left is the cost of starting kernels, executing cells and
rendering HTML, with none of the library's work. ``make report`` is timed on its second
run, so the article cache is warm.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

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
    body, _ = HTMLExporter(template_name="lab", exclude_input=True, embed_images=True).from_filename(str(work))
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


def compare(root: Path, articles: Path, out: Path, kernel: str = "newsdesk") -> tuple[float, float]:
    """Seconds for a warm ``make report`` on ``articles`` and for the stubbed baseline."""
    env = dict(os.environ, NEWSDESK_CACHE=str(out / "cache-report"), CI="1")
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, "-m", "analysis.build_report", "--articles", str(articles),
           "--out", str(out / "reports")]
    subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True)  # warms the cache
    t = time.perf_counter()
    subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True)
    made = time.perf_counter() - t
    stubs = stub_notebooks(root / "notebooks", out / "stub-notebooks")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", BASELINE, str(stubs), str(out / "baseline"), kernel],
                   cwd=root, env=env, check=True, capture_output=True)
    base = time.perf_counter() - t
    return made, base
