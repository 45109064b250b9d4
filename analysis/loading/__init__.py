"""Files to clean text and metadata: discovery, readers, decoding, cleaning, date lines,
language, the spaCy model and the per-article cache.

Modules: cache, clean, dates, ingest, language, nlp, readers.
"""
