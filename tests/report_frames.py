"""Hand-made frames for the report tests: a small story about a ferry rescue, three outlets."""
from __future__ import annotations

import pandas as pd

from analysis import Corpus
from analysis.frames import conform
from analysis.story.agreement import synthesise


def articles(extra: list[dict] | None = None) -> pd.DataFrame:
    rows = [
        {"article_id": "a1", "path": "in/coast_herald.txt", "outlet": "Coast Herald",
         "title": "Ferry sinks off Varna point",
         "published": "2023-08-02", "n_words": 410},
        {"article_id": "a2", "path": "in/bay_times.txt", "outlet": "Bay Times",
         "title": "Dozens pulled from the sea",
         "published": None, "n_words": 1250},
        {"article_id": "a3", "path": "in/notes_0042.txt", "outlet": None, "title": None,
         "published": None, "n_words": 90},
    ] + (extra or [])
    return conform("articles", pd.DataFrame(rows))


def claim(aid, value, kind, qualifier="exact", cls="people", counted="passengers", start=0,
          sentence=None, **kw):
    return {"article_id": aid, "value": value, "qualifier": qualifier, "counted": counted,
            "counted_class": cls,
            "kind": kind, "start": start, "end": start + 3, "expression": str(value),
            "sentence": sentence or f"Some {value:g} {counted} were counted.", **kw}


def claims(extra: list[dict] | None = None) -> pd.DataFrame:
    rows = [
        claim("a1", 58.0, "released", start=10),
        claim("a1", 58.0, "released", start=200),
        claim("a1", 12.0, "remaining", "at_least", start=300),
        claim("a2", 60.0, "released", "about", start=40),
        claim("a2", 9.0, "remaining", start=90),
        claim("a3", 140.0, "released", "more_than", start=5),
        claim("a3", 3.5, "other", cls="money", counted="million euros", start=50),
    ] + (extra or [])
    return conform("claims", pd.DataFrame(rows))


def entities() -> pd.DataFrame:
    return conform("entities", pd.DataFrame([
        {"entity_id": "E1", "canonical": "Mira Castell", "label": "PERSON", "n_mentions": 6,
         "n_articles": 3,
         "variants": ["Mira Castell", "Castell", "M. Castell"], "articles": ["a1", "a2", "a3"]},
        {"entity_id": "E2", "canonical": "Varna", "label": "GPE", "n_mentions": 2, "n_articles": 2,
         "variants": ["Varna"], "articles": ["a1", "a2"]},
        {"entity_id": "E3", "canonical": "Coast Guard", "label": "ORG", "n_mentions": 1,
         "n_articles": 1,
         "variants": ["Coast Guard"], "articles": ["a2"]},
    ]))


def mentions() -> pd.DataFrame:
    rows = [{"article_id": a, "entity_id": e, "surface": s, "label": lab, "start": 0, "end": 1,
             "sentence": "x"}
            for a, e, s, lab in [("a1", "E1", "Mira Castell", "PERSON"),
                                 ("a1", "E1", "Castell", "PERSON"),
                                 ("a2", "E1", "M. Castell", "PERSON"),
                                 ("a3", "E1", "Castell", "PERSON"),
                                 ("a1", "E2", "Varna", "GPE"), ("a2", "E2", "Varna", "GPE"),
                                 ("a2", "E3", "Coast Guard", "ORG")]]
    return conform("mentions", pd.DataFrame(rows))


def events() -> pd.DataFrame:
    rows = [
        {"article_id": "a1", "date": "2023-08-01", "precision": "day", "relative": False,
         "what": "ferry sank",
         "category": "release", "sentence": "The ferry sank on 1 August."},
        {"article_id": "a2", "date": "2023-08-01", "precision": "day", "relative": True,
         "what": "ferry sank",
         "category": "release", "sentence": "It sank on Tuesday."},
        {"article_id": "a2", "date": "2023-06", "precision": "month", "relative": False,
         "what": "fines imposed",
         "category": "sanctions", "sentence": "Fines were imposed in June."},
        {"article_id": "a3", "date": "2019", "precision": "year", "relative": False, "what": None,
         "category": None, "sentence": "Built in 2019."},
        {"article_id": "a3", "date": None, "precision": None, "relative": True,
         "what": "unresolved",
         "category": "other", "sentence": "Last week."},
    ]
    return conform("events", pd.DataFrame(rows))


def errors(rows: list[dict] | None = None) -> pd.DataFrame:
    return conform("errors", pd.DataFrame(rows or [], columns=["path", "stage", "message"]))


def story_frames(claims_df: pd.DataFrame | None = None, articles_df: pd.DataFrame | None = None,
                 events_df: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The story's answer for these claims, as the load step computes it."""
    return synthesise(claims() if claims_df is None else claims_df,
                      articles() if articles_df is None else articles_df,
                      events() if events_df is None else events_df)


def corpus(**over) -> Corpus:
    frames = dict(articles=articles(), mentions=mentions(), entities=entities(), claims=claims(),
                  events=events(), errors=errors())
    frames.update({k: v for k, v in over.items() if k in frames})
    story = story_frames(frames["claims"], frames["articles"], frames["events"])
    frames.update(story)
    frames.update(over)
    return Corpus(**frames, source="in")


def empty_corpus() -> Corpus:
    return Corpus(**{n: conform(n, None) for n in ("articles", "mentions", "entities", "claims",
                                                   "events", "errors")},
                  **synthesise(None), source="")


def transfer_claims() -> pd.DataFrame:
    """Claims with destinations: Portugal (Coast Herald 30, notes 41: a conflict), Spain (Bay
    Times: at least 7)."""
    return claims([claim("a1", 30.0, "transferred", destination="Portugal", start=400),
                   claim("a3", 41.0, "transferred", destination="Portugal", start=300),
                   claim("a2", 7.0, "transferred", "at_least", destination="Spain", start=500,
                         low=7.0)])
