#!/usr/bin/env bash
# Measures a full audit of a generated repository beside the floor (reading every byte git
# has: `git log -p --all` plus cat of every tracked file), in one run, and prints a table of
# wall time, CPU time and peak RSS with the ratio of each to the floor.
#   bench/run.sh [SERVICES] [COMMITS]      (defaults 300 and 3000)
set -euo pipefail
cd "$(dirname "$0")/.."
services="${1:-300}"; commits="${2:-3000}"
binary=build/release/app/twelve-factor-inspector
[ -x "$binary" ] || { cmake --preset release >/dev/null && cmake --build --preset release --target twelve-factor-inspector; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 bench/generate-repo.py "$work/repo" --services "$services" --commits "$commits"

measure() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r wall user sys rss < "$work/time"
  printf '%s %s %s %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$rss"
}
floor() { git -C "$work/repo" log -p --all >/dev/null; git -C "$work/repo" ls-files -z | (cd "$work/repo" && xargs -0 cat) >/dev/null; }
export -f floor; export work

{
  measure floor bash -c floor
  measure "audit (no history)" "$binary" audit "$work/repo" --history-limit 0 --output "$work/a.json"
  measure "audit (full history)" "$binary" audit "$work/repo" --output "$work/b.json"
} > "$work/results"

awk 'NR==1 {fw=$2; fc=$3; fm=$4}
     {label=$1; for (i=2;i<=NF-3;i++) label=label" "$i
      rows[NR]=sprintf("| %-22s | %7.2f s | %7.2f s | %6.1f MiB | %5.2fx | %5.2fx |", label, $(NF-2), $(NF-1), $NF/1024, $(NF-2)/fw, $(NF-1)/fc)}
     END {print "| run                    |    wall   |    CPU    |  peak RSS  | wall/floor | CPU/floor |";
          print "|---|---|---|---|---|---|"; for (i=1;i<=NR;i++) print rows[i]}' "$work/results"
