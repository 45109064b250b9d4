# Entry points: make report | make test | make lab | make eval | make bench | make clean
PYTHON_SYS ?= python3
VENV       := .venv
PY         := $(VENV)/bin/python
STAMP      := $(VENV)/.installed
KERNEL     := newsdesk
ARTICLES   ?= seeds
STORY      ?=
OUT        ?=

.PHONY: report test lab eval bench clean venv browser sync screenshots

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON_SYS) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements.lock -e '.[test]'
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (newsdesk)" >/dev/null
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m analysis.build_report --articles "$(ARTICLES)" $(if $(STORY),--story "$(STORY)") $(if $(OUT),--out "$(OUT)")

test: $(STAMP) browser
	$(PY) -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc

# Headless Chromium for the browser checks in the tests (Debian package; installed when root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium not found and cannot install it here: browser checks will be skipped"; fi; }

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/

eval: $(STAMP)
	$(PY) ../shared/eval/score.py --gold ../shared/eval/seeds-gold.json --articles seeds --diag

bench: $(STAMP)
	$(PY) bench/run_bench.py

sync: $(STAMP)
	$(VENV)/bin/jupytext --sync notebooks/*.py

screenshots: report browser
	$(PY) docs/screenshots.py

clean:
	rm -rf reports/*/ reports/index.html .cache
