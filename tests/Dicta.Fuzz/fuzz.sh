#!/usr/bin/env bash
# Coverage-guided fuzzing of Dicta with SharpFuzz and AFL++ (not part of CI).
#
#   tests/Dicta.Fuzz/fuzz.sh TARGET [SECONDS]
#
# TARGET is `query` (the query parser, binder, planner and interpreter on the seed corpus) or `article` (the whole
# extraction pipeline on one article file's bytes). SECONDS (default 600) bounds the run. The script builds the
# targets, instruments the Dicta assemblies under test, writes the seed inputs, runs afl-fuzz, and then replays every
# crash it found, printing each exception. Work files go to ${DICTA_FUZZ_WORK:-/tmp/dicta-fuzz}/TARGET; a second run
# resumes the first. Needs: afl++ (Debian: apt-get install afl++) and the SharpFuzz instrumenter
# (dotnet tool install --global SharpFuzz.CommandLine). Exit code 1 when a crash was found.
set -euo pipefail

main() {
  local target="${1:-}" seconds="${2:-600}"
  local instrument
  case "$target" in
    query) instrument=(Dicta.Query.dll Dicta.Model.dll) ;;
    article) instrument=(Dicta.Extraction.dll Dicta.Model.dll) ;;
    *) echo "usage: $0 query|article [SECONDS]" >&2; exit 2 ;;
  esac

  local here root work
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  root="$(cd "$here/../.." && pwd)"
  work="${DICTA_FUZZ_WORK:-/tmp/dicta-fuzz}/$target"
  export PATH="$PATH:$HOME/.dotnet/tools"

  for tool in afl-fuzz dotnet sharpfuzz iconv; do
    if ! command -v "$tool" > /dev/null; then
      echo "$tool not found: install afl++ (apt-get install afl++) and SharpFuzz.CommandLine (dotnet tool install --global SharpFuzz.CommandLine)" >&2
      exit 2
    fi
  done

  # A fresh build each time: the instrumenter rewrites the assemblies in place and refuses to do it twice. The copy in
  # plain/ stays uninstrumented, to replay the crashes afterwards (instrumented code runs only under the fuzzer).
  rm -rf "$work/bin" "$work/plain"
  dotnet publish "$here/Dicta.Fuzz.csproj" -c Release -o "$work/bin" --artifacts-path "$work/build" -v quiet -nologo
  cp -r "$work/bin" "$work/plain"
  for assembly in "${instrument[@]}"; do
    sharpfuzz "$work/bin/$assembly"
  done

  seed "$target" "$here" "$root" "$work/in"
  local dictionary=()
  [ "$target" = query ] && dictionary=(-x "$here/query.dict")

  # dotnet is not instrumented (the assemblies are), so AFL++'s binary check is skipped; crashes are seen through
  # SharpFuzz's fork server, not core dumps.
  export AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_AUTORESUME=1
  [ -t 1 ] || export AFL_NO_UI=1
  afl-fuzz -i "$work/in" -o "$work/out" -t 10000 -m none -V "$seconds" "${dictionary[@]}" -- dotnet "$work/bin/Dicta.Fuzz.dll" "$target" || true

  local crashes=() hangs=()
  shopt -s nullglob
  crashes=("$work"/out/default/crashes/id:*)
  hangs=("$work"/out/default/hangs/id:*)
  echo "fuzzing $target for ${seconds}s: ${#crashes[@]} crashes, ${#hangs[@]} hangs (in $work/out/default)"
  if [ "${#crashes[@]}" -gt 0 ]; then
    dotnet "$work/plain/Dicta.Fuzz.dll" "$target" "${crashes[@]}"
  fi
}

# Seed inputs: the example queries one a file, or the seed articles with a few variants of the hard cases (other
# encodings, line endings, unbalanced quotation marks, invalid UTF-8) that mutation alone would take long to find.
seed() {
  local target="$1" here="$2" root="$3" in="$4"
  mkdir -p "$in"
  if [ "$target" = query ]; then
    local n=0 line
    while IFS= read -r line; do
      n=$((n + 1))
      printf '%s' "$line" > "$in/query-$n.txt"
    done < "$here/seeds/queries.txt"
    return
  fi

  cp "$root"/src/Dicta.Extraction/Seeds/*.txt "$in/"
  local sample="$in/short.txt"
  printf 'A headline\n\nMOSCOW, Sept 15 (Reuters) - \xe2\x80\x9cWe are ready,\xe2\x80\x9d President Vladimir Putin told Xi Jinping on Thursday.\nHe said talks went well, according to TASS.\n' > "$sample"
  sed 's/$/\r/' "$sample" > "$in/short-crlf.txt"
  tr '\n' '\r' < "$sample" > "$in/short-cr.txt"
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$sample"; } > "$in/short-utf16le.txt"
  { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$sample"; } > "$in/short-utf16be.txt"
  printf 'Title\n\n"Unterminated, he said.\n\n\xe2\x80\x9cMismatched," she said.\xe2\x80\x9d\n' > "$in/quotes.txt"
  printf 'Bad \xc0\xaf bytes \xed\xa0\x80 and a cut \xe2\x80' > "$in/invalid-utf8.txt"
}

main "$@"
