#!/usr/bin/env bash
# Install what the real-browser tests (tests/serve/test_browser.py) need: Debian's chromium.
#
# Idempotent: does nothing when /usr/bin/chromium is already there. Playwright (a pip
# package, in the test extras) drives this browser through executable_path; it never
# downloads one of its own (`playwright install` is never run).
#
#   bash scripts/install-browser.sh
set -euo pipefail

CHROMIUM="${SKYTALLY_CHROMIUM:-/usr/bin/chromium}"
log() { echo "install-browser: $*" >&2; }

if [ -x "$CHROMIUM" ]; then
    log "$("$CHROMIUM" --version 2>/dev/null || echo chromium) is installed"
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    log "cannot install chromium here (needs root and apt-get): install Debian's chromium package by hand"
    exit 1
fi
log "installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq chromium >&2
"$CHROMIUM" --version >&2
