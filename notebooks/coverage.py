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
# # Source coverage
#
# Which source mentions which of the main entities, and which source reports which figure.

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
charts.show(charts.coverage_entities(corpus.mentions, corpus.entities, corpus.articles))

# %%
charts.show(charts.coverage_claims(corpus.claims, corpus.articles))

# %%
nb.articles_read(corpus)
