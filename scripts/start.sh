#!/usr/bin/env bash
# One command from a fresh clone to a running dashboard: install, build, serve on http://127.0.0.1:4173/
# Another port: `npm start -- --port 8080` or `BH_PORT=8080 npm start`. The port is strict: if it is
# taken, vite says so and stops rather than serving somewhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${BH_PORT:-4173}"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:-}"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    *) echo "npm start: unknown option $1 (use --port N)" >&2; exit 2 ;;
  esac
done
if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
  echo "npm start: the port must be a number from 1 to 65535, not \"$port\"" >&2
  exit 2
fi
bash scripts/setup.sh
npm run build
echo "Blue Helmets: open http://127.0.0.1:$port/"
exec npx vite preview --host 127.0.0.1 --port "$port" --strictPort
