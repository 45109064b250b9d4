"""Tests of analysis.loading."""
