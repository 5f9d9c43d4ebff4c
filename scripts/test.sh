#!/usr/bin/env bash
# Builds everything and runs every test. The README's test command; CI runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev -j"$(nproc)"
