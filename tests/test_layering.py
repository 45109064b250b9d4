"""The package reads as the pipeline: loading → extraction → story → reporting (issue 17).

No module of an earlier stage imports a later one. Shared contracts used by the stages stay
at the top level of ``analysis`` and import no stage: the frame contract (``schema.py``,
``frames.py``) and the registry of claim kinds (``kinds.py``, the closed vocabulary of
``claims.kind`` that extraction, the story and the schema all read). The orchestrator
(``corpus.py``: ``Corpus``, ``load_corpus``) runs loading, extraction and the story, never
imports reporting, and is imported by reporting alone; the package face (``__init__.py``,
``__main__.py``) may import anything. Three modules sit one stage off the issue's first
sketch because of what they import: the per-article pipeline and its engines call the
extractors, so they are in extraction; ``dates`` is read by cleaning, so it is in loading.
Imports are read with ``ast``, those inside functions too.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "analysis"
STAGES = ["loading", "extraction", "story", "reporting"]
CONTRACTS = {"analysis.schema", "analysis.frames", "analysis.kinds", "analysis.values"}
ORCHESTRATOR = "analysis.corpus"
FACE = {"analysis", "analysis.__main__"}


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    out = {}
    for p in sorted(PACKAGE_DIR.rglob("*.py")):
        if "__pycache__" in p.parts:
            continue
        parts = ["analysis", *p.relative_to(PACKAGE_DIR).with_suffix("").parts]
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = p
    return out


def imports(name: str, source: str, is_package: bool, known: set[str]) -> set[str]:
    """The package's modules that ``source`` (module ``name``) imports, anywhere in it."""
    package = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "analysis"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package[: len(package) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base.split(".")[0] != "analysis":
                continue
            subs = {f"{base}.{a.name}" for a in node.names} & known
            found |= subs or {base}
            if subs != {f"{base}.{a.name}" for a in node.names}:
                found.add(base)  # names from the module itself (``from .. import __version__``)
    return found


def place(module: str) -> str:
    """A stage's name, or what the module is at the top level."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in STAGES:
        return parts[1]
    if module in CONTRACTS:
        return "contract"
    if module == ORCHESTRATOR:
        return "orchestrator"
    if module in FACE:
        return "face"
    return "unplaced"


def allowed(importer: str, imported: str) -> bool:
    """Whether a module in ``importer``'s place may import one in ``imported``'s place."""
    a, b = place(importer), place(imported)
    if a == "face" or b == "contract":
        return True
    if imported == "analysis":  # the package's own version string
        return True
    if a == "contract":
        return False
    if a == "orchestrator":
        return b in STAGES[:3]
    if b == "orchestrator":
        return a == "reporting"
    if b == "face":
        return False
    return a in STAGES and b in STAGES and STAGES.index(b) <= STAGES.index(a)


def arrows() -> list[tuple[str, str]]:
    mods = modules()
    known = set(mods)
    out = []
    for name, path in mods.items():
        source = path.read_text(encoding="utf-8")
        for target in imports(name, source, path.name == "__init__.py", known):
            if target != name:
                out.append((name, target))
    return sorted(out)


def test_every_module_is_in_a_stage_or_a_shared_contract():
    unplaced = [m for m in modules() if place(m) == "unplaced"]
    assert unplaced == [], "put each in a stage, or beside schema.py if the stages share it"


def test_each_stage_is_a_package_with_modules():
    mods = modules()
    for stage in STAGES:
        inside = [m for m in mods if m.startswith(f"analysis.{stage}.")]
        assert f"analysis.{stage}" in mods and inside, stage


def test_no_module_of_an_earlier_stage_imports_a_later_one():
    found = arrows()
    assert len(found) > 40  # the reader really sees the package's imports
    wrong = [f"{a} ({place(a)}) imports {b} ({place(b)})" for a, b in found if not allowed(a, b)]
    assert wrong == []


@pytest.mark.parametrize("importer, imported, ok", [
    ("analysis.loading.clean", "analysis.extraction.numbers", False),
    ("analysis.story.agreement", "analysis.reporting.charts", False),
    ("analysis.extraction.claims.kind", "analysis.corpus", False),
    ("analysis.corpus", "analysis.reporting.build_report", False),
    ("analysis.schema", "analysis.loading.dates", False),
    ("analysis.kinds", "analysis.extraction.cues", False),
    ("analysis.schema", "analysis.kinds", True),
    ("analysis.reporting.charts", "analysis.story.summary", True),
    ("analysis.story.agreement", "analysis.extraction.cues", True),
    ("analysis.reporting.notebook", "analysis.corpus", True),
])
def test_the_rule_tells_a_wrong_arrow_from_a_right_one(importer, imported, ok):
    assert allowed(importer, imported) is ok


def test_the_reader_resolves_relative_imports_and_imports_inside_functions():
    src = ("from ..extraction import cues\nfrom .. import __version__\nfrom . import summary\n"
           "def f():\n    from ..reporting.charts import show\n")
    known = {"analysis.extraction.cues", "analysis.story.summary", "analysis.reporting.charts"}
    assert imports("analysis.story.agreement", src, False, known) == {
        "analysis.extraction.cues", "analysis", "analysis.story.summary",
        "analysis.reporting.charts"}


def test_the_claim_modules_import_one_another_without_a_cycle():
    """The kind of a claim is read by several modules of ``claims`` (kind.py over word_kind,
    governor, held, subset, when, context, citizens, moved, headline): they form a DAG."""
    import graphlib

    graph: dict[str, set[str]] = {}
    for a, b in arrows():
        if a.startswith("analysis.extraction.claims.") and b.startswith(
                "analysis.extraction.claims."):
            graph.setdefault(a, set()).add(b)
    assert {"analysis.extraction.claims.word_kind", "analysis.extraction.claims.when"} <= {
        b for bs in graph.values() for b in bs}  # the reader sees the split modules
    order = list(graphlib.TopologicalSorter(graph).static_order())  # CycleError on a cycle
    assert order.index("analysis.extraction.claims.word_kind") < order.index(
        "analysis.extraction.claims.kind")


def test_the_package_face_is_short():
    import analysis

    assert callable(analysis.load_corpus) and analysis.Corpus.__module__ == "analysis.corpus"
    source = modules()["analysis"].read_text(encoding="utf-8")
    assert imports("analysis", source, True, set(modules())) == {ORCHESTRATOR}
