# The two commands of README.md: `make run` and `make test`. Each bootstraps .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test browser lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# Run the daemon on the default config: serves the sample seeds' feeds on 127.0.0.1:8080.
run: $(BIN)/.installed
	$(BIN)/feedd run --config config/feedd.toml

# The whole test suite: lint, format check, type check, pytest. pytest's exit code 5
# ("no tests collected") is a failure like any other non-zero status.
test: $(BIN)/.installed browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

# The browser tests (tests/test_site_browser.py) drive a headless Chromium: installed here
# when it is missing and the machine allows (root, apt-get); else those tests skip, saying why.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	  >/dev/null; } || echo "chromium not installed: the browser tests will skip"

lint: $(BIN)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
