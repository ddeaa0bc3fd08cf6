# Two commands do all the set-up on a fresh machine: `make extract` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
IN     ?= samples
OUT    ?= output

.PHONY: all venv extract test test-fast bench samples clean

all: extract

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,ocr,dask,notebook]'
	touch $@

venv: $(VENV)/.installed

extract: venv
	$(PY) -m extract $(IN) -o $(OUT) --format parquet,xlsx

test: venv
	$(PY) -m pytest

# Everything but the OCR, Dask and batch-kill tests (marked slow), on both cores (pytest-xdist): under a
# minute on 2 cores (about 50 s).  `make test` runs everything in one process, as CI does.
test-fast: venv
	$(PY) -m pytest -m "not slow" -n 2

bench: venv
	$(PY) -m pip install --quiet -e '.[test,ocr,bench,dask]'
	$(PY) -m bench

# Rebuild the sample decisions from the seed (needs LibreOffice for the PDFs).
samples: venv
	$(PY) samples/build.py

clean:
	rm -rf $(VENV) output .pytest_cache .hypothesis
