#!/usr/bin/env bash
# `make fuzz`: builds runde-fuzz with libFuzzer and runs each target for FUZZ_SECONDS, with a
# seed corpus made from Examples/ in a scratch folder. Fails when any target finds a crash, a
# hang or a leak of the limits; the input that did it is kept and named at the end.
# Not part of `make test` or .ci/run: it takes minutes. See NCURSES-NOTES.md §6 for the recipe.
set -uo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-log chain agenda team recipe keys}
WORK=${FUZZ_DIR:-.build/fuzz-work}
SCRATCH=.build/fuzz   # its own build folder: a sanitizer build must not replace the normal one

# AddressSanitizer too: the log reader goes through C++ (Sources/CSimdJSON), where a read past a
# buffer or of a value already gone is silent without it. Leaks are not looked for: the Swift
# runtime keeps what it caches until the process ends.
swift build -c debug --sanitize=fuzzer --sanitize=address --scratch-path "$SCRATCH" --product runde-fuzz || exit 1
export ASAN_OPTIONS=detect_leaks=0
binary="$SCRATCH/debug/runde-fuzz"

# Seeds: the example team's files, and the first lines of each log (small inputs run faster).
seed() {
  local target=$1 dir=$WORK/corpus/$1
  mkdir -p "$dir"
  case $target in
    log | chain)
      for log in Examples/*/meetings/*.jsonl; do
        cp "$log" "$dir/"
        for n in 1 3 10 30; do head -n "$n" "$log" > "$dir/$(basename "$log" .jsonl)-$n.jsonl"; done
      done ;;
    agenda) cp Examples/*/agenda.txt "$dir/" ;;
    team) cp Examples/*/team.toml "$dir/" ;;
    recipe) cp Examples/*/recipes/*.toml "$dir/" ;;
    keys)
      printf 'nhei\r' > "$dir/note"
      printf '\r\r\r' > "$dir/enters"
      printf '\033[200~line one\nline two\033[201~\r' > "$dir/paste"
      printf '\033[200~a\033[31mb\033\375[201~\376\377' > "$dir/paste-split"
      printf '\033[1;5D\033OB\033b\033\177\370\003\373\001' > "$dir/sequences" ;;
  esac
}

dictionary=$WORK/keys.dict
mkdir -p "$WORK/crashes"
printf '%s\n' '"\x1B[200~"' '"\x1B[201~"' '"\x1B["' '"\x1BO"' '"\xFD"' '"\xFE\x64"' > "$dictionary"

failed=()
for target in $TARGETS; do
  seed "$target"
  echo "== $target: $SECONDS_EACH s"
  extra=()
  [ "$target" = keys ] && extra=(-dict="$dictionary")
  # Whole example logs are 30–60 KB; smaller inputs make many more runs a second.
  case $target in log | chain) extra=(-max_len=8192) ;; esac
  RUNDE_FUZZ=$target SWIFT_BACKTRACE=enable=no "$binary" "$WORK/corpus/$target" \
    -max_total_time="$SECONDS_EACH" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$WORK/crashes/$target-" "${extra[@]}" 2>&1 | tee "$WORK/$target.log" | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+== ERROR|SUMMARY|artifact_prefix|Test unit written)'
  status=${PIPESTATUS[0]}
  [ "$status" -ne 0 ] && failed+=("$target (exit $status)")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: found problems in: ${failed[*]}"
  ls -1 "$WORK/crashes"
  echo "replay one with: RUNDE_FUZZ=<target> SWIFT_BACKTRACE=enable=no $binary <file>"
  exit 1
fi
echo "fuzz: no crash in $TARGETS ($SECONDS_EACH s each)"
