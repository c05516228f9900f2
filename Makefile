# The two commands of the README: `make run` and `make test`. Each sets up .venv on first use.
VENV := .venv
STAMP := $(VENV)/.deskmate-setup
PY := $(VENV)/bin/python

.PHONY: setup run test bench bundle bundle-test installer-windows clean
setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh scripts/unpack_model.py scripts/export_embedder_onnx.py $(wildcard resources/translations/*.ts)
	bash scripts/setup.sh
	touch $@

run: $(STAMP)
	$(VENV)/bin/deskmate

test: $(STAMP)
	bash scripts/run_tests.sh

bench: $(STAMP)
	cd benchmarks && ../$(PY) run_all.py

bundle: $(STAMP)
	$(VENV)/bin/pip install -q -e ".[packaging]"
	$(PY) packaging/build.py
	bash packaging/linux/package.sh

bundle-test:
	bash packaging/linux/smoke_test.sh dist/Deskmate
	if [ "$$(id -u)" -eq 0 ] && command -v dpkg >/dev/null; then bash packaging/linux/deb_test.sh; fi

installer-windows:
	bash packaging/windows/build_installer.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
