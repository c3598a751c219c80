#!/usr/bin/env bash
# Set up everything the test suite needs, from nothing, and run it.
# Used by the README's test command and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: a PostgreSQL server for the storage tests.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi

# Debian's chromium for the real-browser dashboard tests (Playwright drives it; no browser download).
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  bash scripts/install-browser.sh
fi

python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"

if [ -z "${SKYTALLY_TEST_PG_URL:-}" ] && [ -x scripts/start-postgres.sh ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  SKYTALLY_TEST_PG_URL=$(bash scripts/start-postgres.sh | tail -n 1)
  export SKYTALLY_TEST_PG_URL
fi

.venv/bin/python -m pytest -n 2 "$@"
