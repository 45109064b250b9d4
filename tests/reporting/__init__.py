"""Tests of analysis.reporting."""
