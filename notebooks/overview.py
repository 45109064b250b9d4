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
# The story's answer for each quantity, where sources conflict and who says what, what
# changed since the previous build, and the files that could not be read.

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

# %% [markdown]
# ## The story's answer
#
# For each quantity (what is counted, where to, when), the figure most sources giving a total
# allow and how many do; "disputed" when no figure has a majority. A figure for only part of
# the quantity (one nationality, one class of people) is counted apart, never as a rival total.

# %%
nb.show_table(tables.headline_table(summary.headlines(corpus.claim_groups)),
              empty="No counts of people were found.")

# %% [markdown]
# ## Conflicts: who says what
#
# Quantities where two sources' figures, hedges included, cannot both be true.

# %%
nb.show_table(tables.conflicts_table(summary.conflicts(corpus.claim_groups, corpus.group_figures)),
              empty="No conflicts: on every quantity, the sources' figures agree or only one source gives it.")

# %% [markdown]
# ## What changed since the previous build

# %%
nb.what_changed(full, out_dir)

# %% [markdown]
# ## Files skipped and figures left out, and why

# %%
nb.show_table(tables.errors_table(corpus.errors), empty="No file was skipped.")

# %%
nb.articles_read(corpus)
