"""How an unexpected failure is told: one line a reader of the skipped list can act on."""
from __future__ import annotations

import traceback
from pathlib import Path


def describe(exc: BaseException) -> str:
    """``unexpected TypeName: message (in file.py:line)``, the line where it was raised."""
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (in {Path(last.filename).name}:{last.lineno})" if last else ""
    return f"unexpected {type(exc).__name__}: {exc}{where}"


def tell(problems: list[dict] | None, stage: str, what: str, exc: BaseException) -> None:
    """Add to ``problems`` what was left out of an article, and why (when a list is given)."""
    if problems is not None:
        problems.append({"stage": stage, "message": f"{what}: {describe(exc)}"})


# Stages of a row in ``errors`` whose article did load: one figure or date in it was left out.
LEFT_OUT_STAGES = ("claim", "date")


def skip_word(stage: str) -> str:
    """How a row of ``errors`` is told: "left out" (a figure or date of a loaded article) or
    "skipped" (a file)."""
    return "left out" if stage in LEFT_OUT_STAGES else "skipped"


def skipped_and_left_out(errors) -> tuple[int, int]:
    """(files skipped, figures and dates left out of loaded articles) in an ``errors`` frame."""
    if errors is None or errors.empty:
        return 0, 0
    partial = errors["stage"].isin(LEFT_OUT_STAGES)
    return int(errors.loc[~partial, "path"].nunique()), int(partial.sum())


def skipped_line(errors) -> str:
    """"2 files skipped", and "· 1 figure or date left out" when any was."""
    files, left = skipped_and_left_out(errors)
    line = f"{files} file{'s' if files != 1 else ''} skipped"
    if left:
        line += f" · {left} figure{'s' if left != 1 else ''} or date{'s' if left != 1 else ''} " \
                "left out (listed with the files skipped)"
    return line
