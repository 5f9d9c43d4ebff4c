#!/usr/bin/env bash
# Copies a bundled example into a fresh temporary git repository (with one commit) and prints
# its path, so that it is audited as a repository of its own and never as part of this one.
set -euo pipefail
example="${1:?usage: materialize-example.sh resources/examples/NAME}"
[ -d "$example" ] || { echo "materialize-example: no such example: $example" >&2; exit 2; }
target="$(mktemp -d "${TMPDIR:-/tmp}/tfi-example-XXXXXX")/$(basename "$example")"
mkdir -p "$target"
cp -R "$example"/. "$target"/
git -C "$target" init -q -b main
git -C "$target" add -A
git -C "$target" -c user.name="Twelve-Factor Inspector" -c user.email="examples@twelve-factor-inspector.invalid" \
  commit -q -m "The $(basename "$example") example"
echo "$target"
