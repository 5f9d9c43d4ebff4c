#!/usr/bin/env bash
# Writes a bundled example as a fresh temporary git repository and prints its path, so that it is
# audited as a repository of its own and never as part of this one.
# With a built binary as second argument, the binary writes it with its short history
# ("twelve-factor-inspector examples materialize"); without one, the files are copied into a
# repository with a single commit.
set -euo pipefail
example="${1:?usage: materialize-example.sh resources/examples/NAME [BINARY]}"
binary="${2:-}"
[ -d "$example" ] || { echo "materialize-example: no such example: $example" >&2; exit 2; }
parent="$(mktemp -d "${TMPDIR:-/tmp}/tfi-example-XXXXXX")"
if [ -n "$binary" ]; then
  exec "$binary" examples materialize "$(basename "$example")" "$parent"
fi
target="$parent/$(basename "$example")"
mkdir -p "$target"
cp -R "$example"/. "$target"/
git -C "$target" init -q -b main
git -C "$target" add -A
git -C "$target" -c user.name="Twelve-Factor Inspector" -c user.email="examples@twelve-factor-inspector.invalid" \
  commit -q -m "The $(basename "$example") example"
echo "$target"
