"""Tests of analysis.extraction."""
