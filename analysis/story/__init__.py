"""The story's answer across sources: groups, agreement, summaries, what changed.

Modules: agreement (the answer's frames), rows, periods, populations, sides (of an
exchange), copies, headline (its steps), changes, summary.
"""
