#!/usr/bin/env bash
# Builds the release binary, writes a bundled example as a git repository of its own, prints the
# audit summary and opens the application on it (when there is a display to open it on).
# Usage: scripts/run-example.sh [resources/examples/NAME] [--no-gui]
set -euo pipefail
cd "$(dirname "$0")/.."
example="resources/examples/legacy-shop"
gui=1
for argument in "$@"; do
  case "$argument" in
    --no-gui) gui=0 ;;
    *) example="$argument" ;;
  esac
done
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
binary=build/release/app/twelve-factor-inspector
repository="$(scripts/materialize-example.sh "$example" "$binary")"
echo "Auditing the bundled example, materialised as a git repository at $repository"
"$binary" audit "$repository" --format text || true
if [ "$gui" = 1 ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  exec "$binary" "$repository"
fi
echo "No display (or --no-gui): run \"$binary $repository\" to open the application."
