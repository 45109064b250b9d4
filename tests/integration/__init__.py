"""Whole-pipeline tests: scorer floors on held-out stories, the sentence bank, generated corpora,
the benchmark scripts."""
