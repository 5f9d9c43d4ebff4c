#!/usr/bin/env bash
# Builds the release binary and audits a bundled example repository, printing the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
repository="$(scripts/materialize-example.sh "${1:-resources/examples/legacy-shop}" build/release/app/twelve-factor-inspector)"
echo "Auditing the bundled example, materialised as a git repository at $repository"
exec build/release/app/twelve-factor-inspector audit "$repository" --format text
