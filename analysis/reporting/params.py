"""The one contract for a report's parameters: :class:`ReportParams`.

Every report notebook's tagged ``parameters`` cell sets exactly its fields (with literal
defaults, as papermill needs); ``newsdesk report`` makes its options from the fields (name,
help, default); the build hands papermill :meth:`ReportParams.to_notebook`; each notebook
reads its cell back with :meth:`ReportParams.from_mapping`; :meth:`ReportParams.check`
checks every value before anything loads.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..loading.readers import article_suffixes, discover
from ..schema import KINDS


class ParamError(ValueError):
    """A parameter that cannot work; the message names it and says why."""


def _param(default, help: str, *, option: str | None = "", metavar: str | None = None):
    """A field with its one-line ``help`` and command-line ``option`` ("": ``--`` and the
    name with dashes; None: set by the build, not by the user)."""
    return field(default=default, metadata={"help": help, "option": option, "metavar": metavar})


@dataclass(frozen=True)
class ReportParams:
    """What every report notebook is run with, in the order its header lists them."""

    articles: str = _param("seeds", "folder (recursive) or file of articles")
    out_dir: str = _param("", "the story's report folder (its data/previous feeds 'what changed')",
                          option=None)
    frames_dir: str = _param("", "frames saved by the build step; empty loads the articles afresh",
                             option=None)
    story: str = _param("", "story title (default: the folder's name)")
    reference_date: str = _param("", "what relative dates resolve against in undated articles",
                                 metavar="YYYY-MM-DD")
    focus_entities: tuple[str, ...] = _param(
        (), "keep only this entity, by canonical name (repeatable)", option="--focus-entity",
        metavar="NAME")
    focus_kinds: tuple[str, ...] = _param(
        (), "keep only this kind of count, e.g. released (repeatable)", option="--focus-kind",
        metavar="KIND")
    date_from: str = _param("", "timeline start: YYYY, YYYY-MM or YYYY-MM-DD", metavar="DATE")
    date_to: str = _param("", "timeline end: YYYY, YYYY-MM or YYYY-MM-DD", metavar="DATE")

    def __post_init__(self):
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if isinstance(f.default, tuple):
                v = (v,) if isinstance(v, str) else tuple(v or ())
            else:
                v = "" if v is None else str(v)
            object.__setattr__(self, f.name, v)

    # ------------------------------------------------------------------ the contract

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The parameter names: every notebook's ``parameters`` cell sets exactly these."""
        return tuple(f.name for f in dataclasses.fields(cls))

    @classmethod
    def options(cls) -> list[tuple[dataclasses.Field, str]]:
        """(field, command-line option) of the parameters a user sets; ``out_dir`` and
        ``frames_dir`` are the build's."""
        return [(f, f.metadata["option"] or "--" + f.name.replace("_", "-"))
                for f in dataclasses.fields(cls) if f.metadata["option"] is not None]

    @classmethod
    def option(cls, name: str) -> str:
        """The command-line option of parameter ``name`` (its name where it has none)."""
        return dict((f.name, opt) for f, opt in cls.options()).get(name, name)

    @classmethod
    def from_mapping(cls, values: Mapping, *, complete: bool = True) -> ReportParams:
        """The parameters named in ``values`` (a notebook's ``globals()``, the command's
        options); other keys are ignored. ``complete``: every name must be there, else
        NameError naming the missing ones (a parameters cell that lost a line)."""
        missing = [n for n in cls.names() if n not in values]
        if complete and missing:
            raise NameError(f"the parameters cell does not set {', '.join(missing)}")
        return cls(**{n: values[n] for n in cls.names() if n in values})

    def to_notebook(self) -> dict:
        """The parameters as papermill injects them: text, and lists for the repeatable ones."""
        return {n: list(v) if isinstance(v, tuple) else v
                for n, v in dataclasses.asdict(self).items()}

    def story_title(self) -> str:
        """The story's title: ``story``, else the articles folder's (or file's) name."""
        p = Path(self.articles).resolve()
        return self.story.strip() or (p.name if p.is_dir() else p.stem) or "story"

    # ------------------------------------------------------------------ checks

    def check(self, *, files: bool = True) -> ReportParams:
        """``self`` when every value can work, else :class:`ParamError` naming the first that
        cannot: dates, their order, kinds of figure and (``files``) the articles, which must
        exist and hold an article file."""
        if files:
            check_articles(self.articles)
        check_date(self.reference_date, self.option("reference_date"), day_only=True)
        check_date(self.date_from, self.option("date_from"))
        check_date(self.date_to, self.option("date_to"))
        if self.date_from and self.date_to and _date_end(self.date_to) < self.date_from:
            raise ParamError(f"{self.option('date_from')} {self.date_from} is after "
                             f"{self.option('date_to')} {self.date_to}")
        unknown = [k for k in self.focus_kinds if k not in KINDS]
        if unknown:
            raise ParamError(f"{self.option('focus_kinds')} {unknown[0]!r} is not a kind of "
                             f"figure; choose from {', '.join(KINDS)}")
        return self


def check_date(value: str, name: str, *, day_only: bool = False) -> str:
    """``value`` if it is a real date written YYYY-MM-DD (or, unless ``day_only``, YYYY or
    YYYY-MM), else ParamError naming ``name``."""
    if not value:
        return ""
    shapes = ("%Y-%m-%d",) if day_only else ("%Y-%m-%d", "%Y-%m", "%Y")
    lengths = {"%Y-%m-%d": 10, "%Y-%m": 7, "%Y": 4}
    for shape in shapes:
        try:
            if len(value) == lengths[shape]:
                dt.datetime.strptime(value, shape)
                return value
        except ValueError:
            continue
    want = "YYYY-MM-DD" if day_only else "YYYY, YYYY-MM or YYYY-MM-DD"
    raise ParamError(f"{name} {value!r} is not a real date written {want}")


def _date_end(value: str) -> str:
    """The last day an ISO prefix covers, for comparing a range's ends."""
    return value + {4: "-12-31", 7: "-31"}.get(len(value), "")


def check_articles(path: str) -> Path:
    """The articles folder or file, which must exist and hold at least one article file."""
    p = Path(path)
    if not p.exists():
        raise ParamError(f"articles: {path}: no such file or folder")
    if p.is_dir():
        files, skipped = discover(p)
        if not files:
            what = (f" ({len(skipped)} other files skipped: {_first_reasons(skipped)})"
                    if skipped else "")
            raise ParamError(f"articles: {path}: no article files found{what}; "
                             f"expected {', '.join(sorted(article_suffixes()))} files")
    return p


def _first_reasons(rows: list[dict], n: int = 3) -> str:
    shown = "; ".join(f"{Path(r['path']).name}: {r['message']}" for r in rows[:n])
    return shown + (f"; and {len(rows) - n} more" if len(rows) > n else "")
