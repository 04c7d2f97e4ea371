#!/usr/bin/env bash
# Cold start of the dicta command: the time from launching `dicta query …` on the seed articles (the default corpus)
# to the first byte of its output, and to its exit, over RUNS fresh processes (default 10); prints each run, then the
# minimum and median. Builds the command in Release first, into ARTIFACTS (default /tmp/dicta-cold-start).
#
#   tests/Dicta.Benchmarks/cold-start.sh [RUNS] [QUERY]
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-10}
query=${2:-"statements where speaker = 'Putin' and topic = 'taiwan'"}
artifacts=${ARTIFACTS:-/tmp/dicta-cold-start}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/Dicta.Cli -c Release --artifacts-path "$artifacts" -v quiet -nologo >/dev/null
dicta=$(find "$artifacts/bin/Dicta.Cli" -path '*release*' -name dicta -type f -perm -u+x | head -n 1)
[ -x "$dicta" ] || { echo "no dicta executable under $artifacts/bin/Dicta.Cli" >&2; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

first=() exit_=()
for ((i = 1; i <= runs; i++)); do
  marks=$(mktemp)
  start=$(now_ms)
  "$dicta" query "$query" | { head -c 1 >/dev/null; now_ms >"$marks"; cat >/dev/null; }
  end=$(now_ms)
  first+=($(( $(cat "$marks") - start )))
  exit_+=($(( end - start )))
  rm -f "$marks"
  echo "run $i: first output ${first[-1]} ms, exit ${exit_[-1]} ms"
done

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "min %d ms, median %d ms", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo "first output: $(printf '%s\n' "${first[@]}" | stats)"
echo "exit:         $(printf '%s\n' "${exit_[@]}" | stats)"
