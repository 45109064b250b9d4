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
# # Overview
#
# The headline figure for each kind of count, where sources conflict, what changed since the
# previous build, and the files that could not be read.

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
from analysis import charts, summary, tables
from analysis import notebook as nb

params = nb.parameters(globals())
full, corpus = nb.start(params)
nb.header(corpus, params)

# %% [markdown]
# ## Headline figures
#
# For each kind of people count, the figure most sources support and how many sources do.

# %%
nb.show_table(tables.headline_table(summary.headline(corpus.claims, corpus.articles, corpus.claim_groups)),
              empty="No counts of people were found.")

# %% [markdown]
# ## Conflicts between sources
#
# A source conflicts when its figure, hedge included, cannot match the figure most sources support.

# %%
nb.show_table(tables.conflicts_table(summary.conflicts(corpus.claims, corpus.articles, corpus.claim_groups)),
              empty="No conflicts: every source's figure fits the consensus.")

# %% [markdown]
# ## What changed since the previous build

# %%
nb.what_changed(full, out_dir)

# %% [markdown]
# ## Files skipped and why

# %%
nb.show_table(tables.errors_table(corpus.errors), empty="No file was skipped.")
