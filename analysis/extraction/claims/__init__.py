"""Numeric claims: value, hedge, what is counted, what kind of figure, who says so.

``extract_claims(doc, article_id)`` finds every quantity (:mod:`analysis.extraction.numbers`), then
reads spaCy's dependency parse around it, one step per module:

- :mod:`.counted`: the noun it counts and its class (people or not);
- :mod:`.kind`: what kind of figure it is, from the predicate that governs that noun,
  matched against the kind registry (:mod:`analysis.kinds`) and the cue tables
  (:mod:`analysis.extraction.cues`), with the readers beside it: :mod:`.word_kind` (the kind
  one verb, noun or modifier cues), :mod:`.governor` (the governing clause), :mod:`.held`,
  :mod:`.subset` (a part of a set just counted), :mod:`.when` (the time marker, plans),
  :mod:`.context` (a group's fate, the sentences around), :mod:`.citizens`, :mod:`.moved`
  and :mod:`.headline` (title case the parser misreads);
- :mod:`.source`: the speaker (the subject of a speech verb above it, "according to X", or
  the source of the sentence before);
- :mod:`.place`: where the people went;
- :mod:`.extract`: the claim rows.

All of it depends on one article only (and is cached with it). The corpus-wide step that
resolves each speaker to a canonical entity is
:func:`analysis.extraction.source_link.link_attributions`.
"""
from .extract import claim_id_for, extract_claims

__all__ = ["claim_id_for", "extract_claims"]
