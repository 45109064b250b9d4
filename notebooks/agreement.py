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
# # Agreement and conflicts
#
# Where sources report the same quantity, do their figures agree?

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
charts.show(charts.agreement(corpus.claim_groups, corpus.articles, corpus.group_sources))

# %% [markdown]
# ## Conflicts between sources

# %%
nb.show_table(tables.conflicts_table(summary.conflicts(corpus.claim_groups, corpus.group_figures)),
              empty="No conflicts: on every quantity, the sources' figures agree or only one source gives it.")

# %% [markdown]
# ## The same quantity across sources (claim groups)

# %%
nb.show_table(tables.groups_table(corpus.claim_groups, corpus.group_figures), empty="No claim groups were formed.")

# %%
nb.articles_read(corpus)
