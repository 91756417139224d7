#!/usr/bin/env bash
# One command from a fresh clone to a running dashboard: install, build, serve on http://127.0.0.1:4173/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build
echo "Blue Helmets: open http://127.0.0.1:4173/"
exec npx vite preview --host 127.0.0.1 --port 4173 --strictPort
