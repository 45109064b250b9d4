"""Which files are articles, and how each kind of file is read: one registry of readers."""
from __future__ import annotations

from .ingest import ARTICLE_SUFFIXES, discover

__all__ = ["article_suffixes", "discover"]


def article_suffixes() -> set[str]:
    """Every file suffix a reader is registered for."""
    return set(ARTICLE_SUFFIXES)
