#!/usr/bin/env bash
# Lints an OpenAPI document (a file, or the URL of a running server's /openapi) with Redocly's recommended rules,
# using @redocly/cli as pinned in package-lock.json and the machine's own Node.js and npm. The CLI is installed
# once into it/target/openapi-lint (npm ci, again whenever the lock file changes). Exits non-zero on any error.
#   it/openapi-lint/lint.sh http://localhost:8080/openapi
#   it/openapi-lint/lint.sh it/target/openapi/openapi.yaml     # the document OpenApiIT fetched
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
document=${1:?usage: lint.sh FILE-OR-URL}
work=${LINT_WORK_DIR:-$here/../target/openapi-lint}
mkdir -p "$work"
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -e "$work/node_modules/.bin/redocly" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
if [[ $document == http://* || $document == https://* ]]; then
  curl -fsS "$document" -o "$work/live-openapi.yaml"
  document=$work/live-openapi.yaml
else
  document=$(cd "$(dirname "$document")" && pwd)/$(basename "$document")
fi
cd "$work"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  node_modules/.bin/redocly lint "$document" --config "$here/redocly.yaml" --max-problems 1000
