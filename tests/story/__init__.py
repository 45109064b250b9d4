"""Tests of analysis.story."""
