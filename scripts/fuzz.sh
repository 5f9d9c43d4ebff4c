#!/usr/bin/env bash
# Runs one libFuzzer target: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer options]
# TARGET is a name from fuzz/CMakeLists.txt (kubernetes, compose, helm, secrets, ...). Builds it in
# build/fuzz (clang, TFI_FUZZ=ON) unless $TFI_FUZZ_BUILD names another build directory, works on a
# copy of the seed corpus in $TFI_FUZZ_BUILD/corpus/TARGET, and writes crash-*, timeout-* and oom-*
# reproducers to $TFI_FUZZ_BUILD/artifacts/TARGET/. See fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options]" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2

build=${TFI_FUZZ_BUILD:-build/fuzz}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" \
    -DCMAKE_CXX_COMPILER=clang++ -DTFI_FUZZ=ON -DTFI_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target "fuzz_$target"

corpus=$build/corpus/$target
artifacts=$build/artifacts/$target
mkdir -p "$corpus" "$artifacts"
# Seeds are read from fuzz/corpus (never written); new inputs go to the build directory's corpus.
exec "$build/fuzz/fuzz_$target" "$corpus" "fuzz/corpus/$target" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
