#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine: npm packages from the lockfile and,
# for browser tests, Debian's Chromium (never Playwright's own download, which fails offline).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--with-browser" ]; then
  chrome="${CHROME_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chrome" ]; then
    echo "setup: installing Debian's chromium"
    if [ "$(id -u)" -eq 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
    fi
  fi
  echo "setup: $("$chrome" --version 2>/dev/null | head -n 1)"
fi
