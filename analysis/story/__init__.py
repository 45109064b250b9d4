"""The story's answer across sources: groups, agreement, summaries, what changed.

Modules: agreement, changes, summary.
"""
