# The two commands of the README: `make run` and `make test`. Each sets up .venv on first use.
VENV := .venv
STAMP := $(VENV)/.deskmate-setup
PY := $(VENV)/bin/python

.PHONY: setup run test bench clean
setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh scripts/unpack_model.py $(wildcard resources/translations/*.ts)
	bash scripts/setup.sh
	touch $@

run: $(STAMP)
	$(VENV)/bin/deskmate

test: $(STAMP)
	$(PY) -m pytest

clean:
	rm -rf $(VENV) build dist *.egg-info
