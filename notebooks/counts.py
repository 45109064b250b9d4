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
# # People counts by source
#
# Every count of people the articles give, as each source states it: one row per source, the
# hedge drawn as a bar or an arrow, conflicts in red.

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
charts.show(charts.counts_by_source(corpus.claim_groups, corpus.group_sources, corpus.group_figures,
                                   corpus.articles))

# %% [markdown]
# ## Counts of people, with the sentence each comes from

# %%
nb.show_table(tables.claims_table(corpus.claims, corpus.articles, people_only=True),
              empty="No counts of people were found.")

# %% [markdown]
# ## Every numeric claim

# %%
nb.show_table(tables.claims_table(corpus.claims, corpus.articles), empty="No numeric claims were found.")

# %%
nb.articles_read(corpus)
