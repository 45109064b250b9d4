# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (newsdesk)
#     language: python
#     name: newsdesk
# ---

# %% [markdown]
# # Timeline
#
# The dated events the articles mention, on a real time axis: releases apart from sanctions and
# other events, a day as a dot and a month or a year as a bar spanning it.

# %% tags=["parameters"]
articles = "../seeds"  # folder (or one file) of articles
out_dir = "../reports/seeds"  # this story's report folder (saved frames, previous build)
frames_dir = ""  # frames saved by the build step, empty means load the articles afresh
story = ""  # story title, empty means the articles folder's name
reference_date = ""  # YYYY-MM-DD for relative dates in undated articles, empty means infer
focus_entities = []  # canonical entity names to keep, empty means all
focus_kinds = []  # claim kinds to keep (released, transferred, remaining, ...), empty means all
date_from = ""  # timeline start (YYYY, YYYY-MM or YYYY-MM-DD), empty means open
date_to = ""  # timeline end, empty means open

# %%
from analysis.reporting import charts, tables
from analysis.story import summary
from analysis.reporting import notebook as nb

params = nb.parameters(globals())
full, corpus = nb.start(params)
nb.header(corpus, params)

# %%
charts.show(charts.timeline(corpus.events, corpus.articles, answers=summary.answer_labels(corpus)))

# %% [markdown]
# ## Dated events, with the sources giving each date

# %%
nb.show_table(tables.events_table(corpus.events, corpus.articles), empty="No dated events were found.")

# %% [markdown]
# ## Dated statements: when each source said what it said
#
# "X said on Saturday", "told reporters on Monday": these date a statement, not an event of the
# story, so the timeline above leaves them out.

# %%
nb.show_table(tables.events_table(corpus.events, corpus.articles, statements=True),
              empty="No dated statements were found.")

# %%
nb.articles_read(corpus)
