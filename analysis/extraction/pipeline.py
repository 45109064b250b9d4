"""Per-article work: file → article row → parsed rows (mentions, claims, date mentions).

Everything here depends only on one article, so it can be cached by content hash and
run on any worker. Corpus-wide steps (canonical entities, reference dates, agreement)
live in :mod:`analysis.corpus`.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..loading.clean import clean_text
from ..loading.dates import normalise_published
from ..loading.ingest import ArticleError, RawArticle
from ..loading.language import detect as detect_language
from ..loading.language import readable
from ..loading.readers import read_article
from . import claims as claims_mod
from . import entities as entities_mod
from . import events as events_mod
from .entity_names import name_key
from .numbers import without_numeral_echoes
from .problems import describe


@dataclass
class Prepared:
    """One article after reading and cleaning, before NLP."""

    article: dict
    text: str
    credits: list[str] = field(default_factory=list)


def article_id_for(text: str) -> str:
    """Stable id from the cleaned article text (same text → same id)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def prepare(path: Path, sidecars: dict | None = None) -> Prepared:
    """Read, decode, strip residue and gather metadata for one file. Raises ArticleError."""
    raw: RawArticle = read_article(path, sidecars)
    cleaned = clean_text(raw.text)
    meta, source = dict(cleaned.meta), dict(cleaned.meta_source)
    title = cleaned.title
    title_source = "title_line" if title else None
    # Page metadata and sidecars win over what the text's own lines suggest.
    for key, val in raw.meta.items():
        if key == "title":
            title, title_source = val, raw.meta_source[key]
        else:
            meta[key], source[key] = val, raw.meta_source[key]
    if not title and meta.get("url_slug"):
        title, title_source = meta["url_slug"].replace("-", " ").capitalize(), "url_slug"
    body = cleaned.body
    if not body.strip():
        raise ArticleError("clean", "nothing but site furniture (menus, links, copyright) was "
                           "found")
    # The headline is part of what the article says; the body follows it.
    text = f"{title}\n\n{body}" if title and title_source in ("title_line", "html_meta",
                                                              "sidecar") else body
    # "seventeen (17) seafarers" is one figure: the echo in digits would read as a second
    text = without_numeral_echoes(text)
    published = normalise_published(meta.get("published"))
    language, _ = detect_language(body)
    article = {
        "article_id": article_id_for(text),
        "path": str(path),
        "outlet": meta.get("outlet"),
        "outlet_source": source.get("outlet"),
        "title": title,
        "title_source": title_source,
        "byline": meta.get("byline"),
        "byline_source": source.get("byline"),
        "published": published,
        "published_source": source.get("published") if published else None,
        # "--MM-DD" from a date line without a year that nothing in the article completed
        "published_partial": None if published else meta.get("published_partial"),
        "url": meta.get("url"),
        "site_header": meta.get("site_header"),
        "text": text,
        "n_words": len(text.split()),
        "n_residue_lines": len(cleaned.removed),
        "captions": list(cleaned.captions),  # photo captions, at the end of ``text``
        "language": language,
        "analysed": readable(language),
    }
    return Prepared(article=article, text=text, credits=list(cleaned.credits))


def nlp_text(prepared: Prepared) -> str:
    """What the English model parses: the text, or nothing for an article in another
    language (its metadata still counts; its sentences are not read as English)."""
    return prepared.text if prepared.article.get("analysed", True) else ""


def extract(doc, prepared: Prepared) -> dict[str, list[dict]]:
    """Rows for one parsed article: mentions (local entity keys), claims, date mentions.
    An article in another language gives only the mentions its metadata make."""
    aid = prepared.article["article_id"]
    if not prepared.article.get("analysed", True):
        mentions = entities_mod.metadata_mentions(prepared.article, prepared.credits)
        for row in mentions:
            if isinstance(row.get("surface"), str):
                row["key"] = name_key(row["surface"])
        return {"mentions": mentions, "claims": [], "events": []}
    mentions = entities_mod.extract_mentions(doc, aid)
    mentions += entities_mod.metadata_mentions(prepared.article, prepared.credits)
    for row in mentions:  # the key canonicalisation groups by, computed here so it is cached
        if isinstance(row.get("surface"), str):
            row["key"] = name_key(row["surface"])
    problems: list[dict] = []
    return {
        "mentions": mentions,
        "claims": claims_mod.extract_claims(doc, aid, problems),
        "events": events_mod.extract_date_mentions(doc, aid, problems=problems),
        "problems": problems,
    }


def error_row(path, stage: str, exc: BaseException) -> dict:
    if isinstance(exc, ArticleError):
        return {"path": str(path), "stage": exc.stage, "message": exc.message}
    return {"path": str(path), "stage": stage, "message": describe(exc)}
