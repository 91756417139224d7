#!/usr/bin/env bash
# One command from a fresh clone to a full test run: install (incl. Chromium), type-check, check the
# dataset against the sources when they are present, build with size budgets, unit/data tests, then
# browser tests. Ends with the plain total "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json
failed_steps=()

timings=()
step() {
  local name="$1"; shift
  echo; echo "==> $name"
  local start=$SECONDS
  if ! "$@"; then failed_steps+=("$name"); echo "!! step failed: $name"; fi
  local took=$((SECONDS - start))
  timings+=("$(printf '%5d s  %s' "$took" "$name")")
  echo "<== $name: ${took} s"
}

bash scripts/setup.sh --with-browser || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

sources="${BH_SOURCES:-../shared/data/sources}"
if [ -d "$sources" ]; then
  step "dataset matches its sources (npm run data:check)" npm run --silent data:check -- --sources "$sources"
else
  echo "==> skipping data:check: no sources at $sources (set BH_SOURCES to check the dataset)"
fi
# Type errors fail the run, but the build still goes ahead so the browser tests report too.
step "type-check (tsc -b)" npx tsc -b
# House rules as checks: lint (typed rules, hooks), formatting, and the layering of DEVELOPERS.md.
step "lint (eslint . --max-warnings 0)" npx eslint . --max-warnings 0
step "formatting (prettier --check .)" npx prettier --check --log-level warn .
step "layering and cycles (dependency-cruiser)" npm run --silent layers
step "build (vite build + CSV downloads)" npm run --silent build:app
step "npm audit of production dependencies (high/critical)" bash scripts/audit.sh
# Size budgets (scripts/budgets.ts): every chunk's raw and gzip size, and each route's first-load
# JavaScript and the data before its first chart, measured in Chromium. A broken budget fails the run.
step "size budgets (JS ≤ 150 kB, data before first chart ≤ 100 kB gzip)" npx tsx scripts/budgets.ts
step "unit and data tests (vitest)" npx vitest run
step "browser tests (playwright, Chromium)" npx playwright test

echo; echo "Wall time of each step:"; printf '%s\n' "${timings[@]}"
node scripts/summarize-tests.mjs "${#failed_steps[@]}" "${failed_steps[@]}"
