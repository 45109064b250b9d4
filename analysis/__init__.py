"""Follow one news story across outlets: ``load_corpus(path)`` → :class:`Corpus` of DataFrames."""
from .corpus import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]
__version__ = "0.1.0"
