#!/usr/bin/env bash
# Builds the release binary and audits a bundled example repository, printing the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
example="${1:-resources/examples/legacy-shop}"
exec build/release/app/twelve-factor-inspector audit "$example" --format text
