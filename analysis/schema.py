"""The one contract of every frame a Corpus holds: each column's name, type and meaning, in
one place. :mod:`analysis.frames` orders and types frames by it, :func:`pandera_schema`
states it as a pandera DataFrameSchema (validated in the tests), and
``python -m analysis.schema`` prints it as the README's column dictionary.

Types: ``text`` (str or missing), ``date`` (datetime64; an event's date is the first day of
its period, ``precision`` says which), ``int`` (pandas Int64, missing allowed), ``float``,
``bool``, ``category`` (a pandas Categorical whose categories are the column's closed
vocabulary, in display order: sorting or grouping by it follows that order; missing is NaN),
``list`` / ``dict`` (a Python list or dict per row). The synthesis's frames (``claim_groups``,
``group_sources``, ``group_figures``) are listed with their columns; the synthesis that makes
them owns their types except the categories, which it sets from here (:func:`categorise`).
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from . import kinds as _kinds
from .values import is_missing

# The closed vocabularies, in display order. Kinds are the registry's (analysis/kinds.py),
# read when a frame is typed: a registry in use (kinds.use) brings its own.
QUALIFIERS = ("exact", "about", "at_least", "more_than", "up_to", "fewer_than")
KINDS = tuple(_kinds.DEFAULT.names())
COUNTED_CLASSES = ("people", "money", "percent", "weight", "other")
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
                 "LAW")
EVENT_CATEGORIES = ("release", "transfer", "sanctions", "arrest", "meeting", "election",
                    "statement", "other")
PRECISIONS = ("day", "week", "month", "year")
VERDICTS = ("conflict", "agree", "unique")  # the order the reports list them in
STATUSES = ("single", "agreed", "majority", "disputed")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    doc: str
    vocabulary: tuple[str, ...] | Callable[[], list[str]] = ()

    def categories(self) -> tuple[str, ...]:
        """The closed vocabulary (empty unless a category), in display order."""
        return tuple(self.vocabulary() if callable(self.vocabulary) else self.vocabulary)


def _c(name, type_, doc, vocabulary=()):
    return Column(name, type_, doc, vocabulary if callable(vocabulary) else tuple(vocabulary))


FRAMES: dict[str, tuple[Column, ...]] = {
    "articles": (
        _c("article_id", "text", "stable id from the cleaned text (same text, same id)"),
        _c("path", "text", "the file read (a table's row: FILE#row=N)"),
        _c("outlet", "text", "the outlet that published it"),
        _c("outlet_source", "text", "where the outlet came from (sidecar, html_meta, masthead, "
           "...)"),
        _c("title", "text", "headline"),
        _c("title_source", "text", "where the title came from"),
        _c("byline", "text", "author names, comma-separated"),
        _c("byline_source", "text", "where the byline came from"),
        _c("published", "date", "publication date, when the article states one"),
        _c("published_source", "text", "where the date came from (published_line, date_line, "
           "html_meta, sidecar, ...)"),
        _c("url", "text", "the page's address, when known"),
        _c("reference_date", "date", "what relative dates (\"on Saturday\") resolve against"),
        _c("reference_date_source", "text", "how the reference date was chosen"),
        _c("text", "text", "the cleaned article text, headline first"),
        _c("n_words", "int", "words in text"),
        _c("duplicate_of", "text", "article_id of an earlier copy, if any"),
        _c("language", "text", "ISO 639-1 code of the text's language; empty when unsure"),
        _c("analysed", "bool", "False when the text is in another language and was not parsed"),
        _c("site_header", "text", "a site name seen above the article (masthead line)"),
        _c("n_residue_lines", "int", "lines of site furniture removed from the text"),
        _c("captions", "list", "photo captions (without their credit), kept at the end of text"),
        _c("published_partial", "text", "\"--MM-DD\" of a date line without a year nothing "
           "completed"),
        _c("reference_date_basis", "list", "article_ids whose date the reference date came from"),
    ),
    "mentions": (
        _c("article_id", "text", "the article"),
        _c("entity_id", "text", "the canonical entity this spelling belongs to"),
        _c("surface", "text", "the name as written"),
        _c("label", "category", "entity type", ENTITY_LABELS),
        _c("start", "int", "character offset in the article text"),
        _c("end", "int", "character offset of the end"),
        _c("sentence", "text", "the sentence it is in"),
        _c("field", "text", "text, or the metadata it came from (outlet, byline, credit)"),
        _c("ner_label", "text", "the type the English model gave, before corrections"),
        _c("hint", "text", "the type a cue word suggested"),
        _c("hint_word", "text", "that cue word"),
    ),
    "entities": (
        _c("entity_id", "text", "id"),
        _c("canonical", "text", "the name shown"),
        _c("label", "category", "entity type", ENTITY_LABELS),
        _c("n_mentions", "int", "mentions across the corpus"),
        _c("n_articles", "int", "articles naming it"),
        _c("variants", "list", "every spelling merged into it"),
        _c("articles", "list", "article_ids naming it"),
        _c("variant_articles", "dict", "spelling → the article_ids using it"),
        _c("merge_rule", "list", "why spellings were merged"),
    ),
    "claims": (
        _c("claim_id", "text", "id"),
        _c("article_id", "text", "the article"),
        _c("outlet", "text", "the article's outlet"),
        _c("value", "float", "the figure (a float: 3.5 million and 2.5 percent are figures too)"),
        _c("n_people", "int", "the figure as a whole number, when it counts people"),
        _c("low", "float", "lowest value the hedge allows"),
        _c("high", "float", "highest value the hedge allows; missing when open"),
        _c("qualifier", "category", "the hedge", QUALIFIERS),
        _c("counted", "text", "what is counted, as written (\"political prisoners\")"),
        _c("counted_class", "category", "what kind of thing is counted", COUNTED_CLASSES),
        _c("kind", "category", "what the figure is (released, transferred, ...)", _kinds.names),
        _c("attribution", "text", "who says so"),
        _c("attribution_entity_id", "text", "the entity who says so, when it is one"),
        _c("destination", "text", "where the people went, for transfers"),
        _c("sentence", "text", "the sentence it is in"),
        _c("start", "int", "character offset of the figure"),
        _c("end", "int", "character offset of its end"),
        _c("expression", "text", "the figure as written, hedge included"),
        _c("vague", "bool", "a vague figure (\"hundreds of\")"),
        _c("when", "text", "the time the figure refers to, as written"),
        _c("attribution_start", "int", "character offset of the source's name"),
        _c("attribution_end", "int", "character offset of its end"),
        _c("attribution_anchors", "list", "[start, end] of the words that tie the source to the "
           "figure"),
        _c("subset", "bool", "a figure for part of a larger group"),
        _c("prospective", "bool", "a figure of what could happen (\"could free up to 1,000\")"),
        _c("freed", "bool", "a transfer of people its clause says were freed (\"landed in X "
           "after being released\"): also a figure of the release"),
        _c("each_side", "list", "the two places of \"A and B each released N\": N went to each"),
        _c("besides_earlier", "bool", "people freed besides one person an earlier sentence names "
           "freed (\"The amnesty freed Ann Lee. ... It also covered four other people\"): "
           "one more in all"),
    ),
    "events": (
        _c("event_id", "text", "id"),
        _c("article_id", "text", "the article"),
        _c("date", "date",
           "first day of the period the event happened in; missing when unresolved"),
        _c("precision", "category", "how precise date is", PRECISIONS),
        _c("relative", "bool", "written relative to the article's date (\"on Saturday\")"),
        _c("expression", "text", "the date as written"),
        _c("what", "text", "what happened, from the sentence"),
        _c("category", "category", "kind of event", EVENT_CATEGORIES),
        _c("sentence", "text", "the sentence it is in"),
        _c("start", "int", "character offset of the date expression"),
        _c("end", "int", "character offset of its end"),
        _c("rule", "text", "the rule that resolved the date"),
        _c("anchor", "text", "what a relative date is counted from"),
        _c("tense", "text", "past / future, from the verb"),
        _c("sentence_start", "int", "character offset of the sentence"),
        _c("resolved_against", "text", "the reference date a relative date was resolved against"),
    ),
    "errors": (
        _c("path", "text", "the file (or FILE#row=N) that could not be loaded, or whose figure "
           "or date was left out"),
        _c("stage", "text", "where it failed: discover, read, decode, extract, clean, sidecar, "
           "nlp, duplicate; claim or date when the article loaded but one figure or date in it "
           "was left out"),
        _c("message", "text", "why, in words a user can act on"),
    ),
    "claim_groups": (
        _c("group_id", "text", "id"),
        _c("kind", "category", "the kind of figure the group compares", _kinds.names),
        _c("counted_class", "category", "what is counted", COUNTED_CLASSES),
        _c("population", "text", "the class of people counted, when one is named"),
        _c("destination", "text", "where the people went, for transfers"),
        _c("when", "text", "the event time the figures refer to, when stated"),
        _c("prospective", "bool", "figures of what could happen, compared only with each other"),
        _c("label", "text", "the group as a reader sees it"),
        _c("n_sources", "int", "sources giving a figure"),
        _c("n_whole", "int", "sources giving a figure for the whole group"),
        _c("n_parts", "int", "sources giving a figure for part of it"),
        _c("verdict", "category", "whether the sources agree", VERDICTS),
        _c("status", "category", "how the headline is backed", STATUSES),
        _c("headline", "float", "the figure a majority of the sources giving a whole allow"),
        _c("headline_low", "float", "its lower end"),
        _c("headline_high", "float", "its upper end"),
        _c("headline_text", "text", "the headline as written in the reports"),
        _c("n_support", "int", "sources supporting the headline"),
        _c("answer", "text", "the sentence a report prints"),
        _c("low", "float", "lowest figure given"),
        _c("high", "float", "highest figure given"),
        _c("claim_ids", "list", "the claims grouped"),
    ),
    "group_sources": (
        _c("group_id", "text", "the group"),
        _c("article_id", "text", "the source's article"),
        _c("outlet", "text", "its outlet"),
        _c("source", "text", "the source's label in the reports"),
        _c("value", "float", "the figure it gives"),
        _c("low", "float", "lowest value its hedge allows"),
        _c("high", "float", "highest value its hedge allows"),
        _c("qualifier", "category", "its hedge", QUALIFIERS),
        _c("figure", "text", "the figure as the reports show it"),
        _c("part", "bool", "a figure for part of the group, not a rival total"),
        _c("summed_parts", "bool", "parts the text makes one quantity, summed"),
        _c("supports", "bool", "whether it supports the group's headline"),
        _c("other_values", "list", "other figures the same source gives"),
        _c("claim_ids", "list", "the claims it comes from"),
    ),
    "group_figures": (
        _c("group_id", "text", "the group"),
        _c("figure", "text", "a figure as the reports show it"),
        _c("value", "float", "its value"),
        _c("low", "float", "lower end"),
        _c("high", "float", "upper end"),
        _c("qualifier", "category", "its hedge", QUALIFIERS),
        _c("part", "bool", "a figure for part of the group"),
        _c("supports", "bool", "whether it is the headline"),
        _c("n_sources", "int", "sources giving it"),
        _c("sources", "list", "their labels"),
        _c("article_ids", "list", "their articles"),
    ),
}

COLUMNS: dict[str, list[str]] = {name: [c.name for c in cols] for name, cols in FRAMES.items()}
#: Frames the synthesis (analysis.story.agreement) makes and types itself: listed here, not typed.
SYNTHESIS = ("claim_groups", "group_sources", "group_figures")
# Typed in every frame that has them, also outside the contract's columns (extras).
EXTRA_TYPES: dict[str, str] = {}


def column(frame: str, name: str) -> Column | None:
    return next((c for c in FRAMES[frame] if c.name == name), None)


# --------------------------------------------------------------------------- typing

def _iso(v):
    """An ISO date or prefix ("2025", "2025-12", "2025-12-13") as a Timestamp; None if missing."""
    if v is None or v is pd.NaT:
        return None
    if isinstance(v, pd.Timestamp):
        return v.tz_localize(None).normalize() if v.tzinfo else v.normalize()
    if isinstance(v, float) and v != v:
        return None
    s = str(v).strip()
    if not s:
        return None
    s = s[:10]
    s += {4: "-01-01", 7: "-01"}.get(len(s), "")
    return pd.Timestamp(s)


def as_type(series: pd.Series, col: Column) -> pd.Series:
    """``series`` converted to ``col``'s type."""
    if col.type == "date":
        if pd.api.types.is_datetime64_dtype(series.dtype):
            return series.astype("datetime64[ns]")
        return pd.Series(pd.to_datetime([_iso(v) for v in series]), index=series.index,
                         dtype="datetime64[ns]", name=series.name)
    if col.type == "int":
        if isinstance(series.dtype, pd.Int64Dtype):
            return series
        values = [None if v is None or (isinstance(v, float) and v != v)
                  or v is pd.NA else int(v) for v in series]
        return pd.Series(pd.array(values, dtype="Int64"), index=series.index, name=series.name)
    if col.type == "category":
        return as_category(series, col)
    if col.type == "float" and series.dtype == object:
        return pd.to_numeric(series, errors="coerce").astype("float64")
    return series


def category_dtype(col: Column) -> pd.CategoricalDtype:
    """``col``'s categorical dtype: its vocabulary, in display order (unordered)."""
    return pd.CategoricalDtype(list(col.categories()), ordered=False)


def as_category(series: pd.Series, col: Column) -> pd.Series:
    """``series`` as ``col``'s Categorical; missing (None, NaN, blank) stays missing. Raises
    ValueError naming the column for a value outside the vocabulary (never dropped silently)."""
    dtype = category_dtype(col)
    if (isinstance(series.dtype, pd.CategoricalDtype)
            and list(series.dtype.categories) == list(dtype.categories)):
        return series
    values = series.astype(object)
    present = values.map(lambda v: not is_missing(v))
    unknown = sorted({str(v) for v in values[present]} - set(dtype.categories))
    if unknown:
        raise ValueError(f"{col.name}: {', '.join(map(repr, unknown))} not in its vocabulary "
                         f"({', '.join(dtype.categories)})")
    return values.where(present, None).astype(dtype)


def plain(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with its categorical columns as plain objects (missing as None), for code that
    builds rows of Python values from it."""
    cats = [c for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)]
    if not cats:
        return df
    df = df.copy()
    for c in cats:
        df[c] = df[c].astype(object).where(df[c].notna(), None)
    return df


def categorise(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (a copy is expected) with ``name``'s category columns typed, the rest as they are."""
    for col in FRAMES[name]:
        if col.type == "category" and col.name in df.columns:
            df[col.name] = as_category(df[col.name], col)
    return df


def apply_types(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """``df`` (a copy is expected) with every contract column, and known extras, typed."""
    for col in FRAMES[name]:
        if col.name in df.columns:
            df[col.name] = as_type(df[col.name], col)
    for extra, type_ in EXTRA_TYPES.items():
        if extra in df.columns and column(name, extra) is None:
            df[extra] = as_type(df[extra], Column(extra, type_, ""))
    return df


def empty_series(col: Column) -> pd.Series:
    return as_type(pd.Series([], dtype="object"), col)


def date_label(date, precision) -> str:
    """A typed date shown at its precision: "2025", "2025-12", "2025-12-13"; "" if missing."""
    if date is None or date is pd.NaT or (isinstance(date, float) and date != date):
        return ""
    if not isinstance(date, pd.Timestamp):
        return str(date)
    width = {"year": 4, "month": 7}.get(str(precision) if isinstance(precision, str) else "", 10)
    return date.strftime("%Y-%m-%d")[:width]


# --------------------------------------------------------------------------- pandera

_PANDERA_TYPES = {"date": "datetime64[ns]", "int": "Int64", "float": "float64"}


def pandera_schema(name: str):
    """The contract of frame ``name`` as a pandera DataFrameSchema: every column present,
    typed, a category's categories its vocabulary in order; extra columns allowed."""
    import pandera.pandas as pa  # ~0.3 s; only when frames are validated

    cols = {}
    for col in FRAMES[name]:
        if col.type == "category":  # the vocabulary's categories, in its display order
            cats = list(col.categories())
            cols[col.name] = pa.Column(category_dtype(col), nullable=True, checks=pa.Check(
                lambda s, cats=cats: list(s.cat.categories) == cats, element_wise=False,
                name=f"categories in order ({', '.join(cats)})"))
        elif name in SYNTHESIS:  # the synthesis's own frames: their columns, not their types
            cols[col.name] = pa.Column(None, nullable=True)
        elif col.type in _PANDERA_TYPES:
            cols[col.name] = pa.Column(_PANDERA_TYPES[col.type], nullable=True)
        elif col.type == "bool":  # None where the step that sets it did not run
            cols[col.name] = pa.Column(None, nullable=True, checks=pa.Check.isin([True, False]))
        elif col.type == "dict":
            cols[col.name] = pa.Column(object, nullable=True,
                                       checks=pa.Check(lambda s: s.map(lambda v: v is None
                                                                       or isinstance(v, dict)),
                                                       element_wise=False, name="is_dict"))
        elif col.type == "list":
            cols[col.name] = pa.Column(object, nullable=True,
                                       checks=pa.Check(lambda s: s.map(lambda v: v is None
                                                                       or isinstance(v, list)),
                                                       element_wise=False, name="is_list"))
        else:
            cols[col.name] = pa.Column(object, nullable=True,
                                       checks=pa.Check(lambda s: s.map(lambda v: v is None
                                                                       or isinstance(v, str)),
                                                       element_wise=False, name="is_text"))
    return pa.DataFrameSchema(cols, name=name, strict=False, ordered=False)


def validate(corpus) -> None:
    """Raise pandera's SchemaError when a frame of ``corpus`` breaks the contract."""
    for name in FRAMES:
        df = getattr(corpus, name)
        if name in SYNTHESIS and df.empty and not len(df.columns):
            continue
        pandera_schema(name).validate(df, lazy=True)


# --------------------------------------------------------------------------- README

def column_dictionary() -> str:
    """The README's column dictionary (markdown), from the contract."""
    out = []
    for name, cols in FRAMES.items():
        out.append(f"**{name}**\n\n| column | type | meaning |\n|---|---|---|")
        for c in cols:
            t = c.type + (f" ({', '.join(c.categories())})" if c.categories() else "")
            out.append(f"| `{c.name}` | {t} | {c.doc.replace('|', '/')} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(column_dictionary())
