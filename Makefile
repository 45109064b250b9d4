# Entry points: make report | make test | make lint | make lab | make eval | make bench | make clean
PYTHON_SYS ?= python3
VENV       := .venv
PY         := $(VENV)/bin/python
STAMP      := $(VENV)/.installed
KERNEL     := newsdesk
ARTICLES   ?= seeds
STORY      ?=
OUT        ?=
REFERENCE_DATE ?=
DATE_FROM  ?=
DATE_TO    ?=
# Space-separated lists: FOCUS_ENTITIES may not hold names with spaces here (use the command).
FOCUS_ENTITIES ?=
FOCUS_KINDS ?=
NOTEBOOKS  ?=
NEWSDESK   := $(VENV)/bin/newsdesk

.PHONY: report test lint lab eval bench clean venv browser sync screenshots

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON_SYS) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[test,dev]'
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (newsdesk)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(NEWSDESK) report --articles "$(ARTICLES)" $(if $(STORY),--story "$(STORY)") $(if $(OUT),--out "$(OUT)") \
	  $(if $(REFERENCE_DATE),--reference-date "$(REFERENCE_DATE)") \
	  $(if $(DATE_FROM),--date-from "$(DATE_FROM)") $(if $(DATE_TO),--date-to "$(DATE_TO)") \
	  $(foreach e,$(FOCUS_ENTITIES),--focus-entity "$(e)") $(foreach k,$(FOCUS_KINDS),--focus-kind "$(k)") \
	  $(foreach n,$(NOTEBOOKS),--notebook "$(n)")

# Every test (the slow ones too), then the linter; fails if either fails.
test: $(STAMP) browser
	$(PY) -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; \
	$(MAKE) --no-print-directory lint || rc=1; exit $$rc

lint: $(STAMP)
	$(VENV)/bin/ruff check analysis tests bench docs

# Headless Chromium for the browser checks in the tests (Debian package; installed when root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found and cannot install it here: browser checks will be skipped"; fi; }

lab: $(STAMP)
	$(NEWSDESK) lab

eval: $(STAMP)
	$(NEWSDESK) eval --gold ../shared/eval/seeds-gold.json --articles "$(ARTICLES)" --diag

bench: $(STAMP)
	$(PY) bench/run_bench.py

sync: $(STAMP)
	$(VENV)/bin/jupytext --sync notebooks/*.py

screenshots: report browser
	$(PY) docs/screenshots.py

clean:
	rm -rf reports/*/ reports/index.html .cache
