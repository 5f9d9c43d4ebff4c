#!/usr/bin/env bash
# Builds everything and runs every test. The README's test command; CI runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev -j"$(nproc)"
# The same code under AddressSanitizer + UndefinedBehaviorSanitizer, for the tests that feed it
# hostile input (parsers, YAML limits, secrets); the subset is the asan-ci presets. README: Development.
cmake --preset asan >/dev/null
cmake --build --preset asan-ci
ctest --preset asan-ci -j"$(nproc)"
