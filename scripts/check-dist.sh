#!/usr/bin/env bash
# Fails when the committed dist/ is not what `npm run bundle` produces from the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent bundle >/dev/null 2>&1 || { echo "check-dist: npm run bundle failed" >&2; npm run bundle; exit 1; }
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "check-dist: dist/ differs from 'npm run bundle'; rebuild and commit dist/:" >&2
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "check-dist: dist/ is up to date"
