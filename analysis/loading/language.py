"""Which language an article is written in (py3langid: a small, BSD-licensed identifier
of 97 languages that ships its model), and whether the English model may read it."""
from __future__ import annotations

import functools

# The language the NLP pipeline (spaCy's English model, English cue words) is built for.
MODEL_LANGUAGE = "en"
# A language is named only when the identifier is this sure; short or mixed texts (a
# headline, a list of names) often are not, and are then read as English, as before.
MIN_PROBABILITY = 0.9


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of ``text``'s language; the code is None when the
    identifier is not sure enough to name one."""
    lang, prob = _identifier().classify(text[:20_000])
    prob = float(prob)
    return (str(lang) if prob >= MIN_PROBABILITY else None), round(prob, 3)


def readable(language: str | None) -> bool:
    """Whether the English model may turn an article in ``language`` into entities, claims
    and events (an undetermined language is read as English)."""
    return language in (None, MODEL_LANGUAGE)


def left_out_reason(language: str | None) -> str:
    return f"written in {language_name(language)} ({language}): the model reads English only"


def language_name(code: str | None) -> str:
    names = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
             "ru": "Russian", "uk": "Ukrainian", "be": "Belarusian", "pl": "Polish", "nl": "Dutch",
             "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "tr": "Turkish",
             "lt": "Lithuanian",
             "en": "English"}
    return names.get(code or "", code or "an unknown language")


def left_out(articles) -> list[dict]:
    """The articles a corpus lists but did not analyse: path, language and why."""
    if articles is None or articles.empty or "analysed" not in articles.columns:
        return []
    rows = articles[articles["analysed"].map(lambda v: v is False or v == False)]  # noqa: E712 (numpy bools)
    return [{"path": str(r["path"]), "language": r["language"],
             "reason": left_out_reason(r["language"])}
            for _, r in rows.iterrows()]


def left_out_line(articles) -> str:
    """'2 articles not analysed (the model reads English only): French 1, Russian 1.' or ''."""
    rows = left_out(articles)
    if not rows:
        return ""
    counts: dict[str, int] = {}
    for r in rows:
        name = language_name(r["language"])
        counts[name] = counts.get(name, 0) + 1
    langs = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    return (f"{len(rows)} article{'s' if len(rows) != 1 else ''} not analysed (the model reads "
            "English "
            f"only): {langs}. They are listed, with their metadata, but give no entities, figures "
            "or dates.")
