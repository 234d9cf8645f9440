#!/usr/bin/env bash
# Side by side, whole process: `sigdash tokens -t ENCODING FILE` against tiktoken under node on the same FILE,
# in alternating runs (a busy machine slows both alike); prints each one's token count, median wall time and peak
# memory (GNU time), and the ratios of the medians (wall, and CPU time = user + system: on a busy machine the wall
# time is mostly waiting for a core).
#   tools/goldens/bench-tiktoken.sh FILE [ENCODING] [SIGDASH] [RUNS]
# SIGDASH defaults to the Release build; the Native AOT publish (how sigdash ships, see the benchmarks README) is the
# fair "whole process". RUNS defaults to 5.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="$1"; encoding="${2:-o200k_base}"
sigdash="${3:-$here/../../src/SignalDashboard/bin/Release/net10.0/sigdash}"
runs="${4:-5}"
[[ -d "$here/node_modules/tiktoken" ]] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
bytes=$(stat -c %s "$file")
echo "input: $file ($bytes bytes), $encoding, $runs alternating runs"

s_times=(); n_times=(); s_cpu=(); n_cpu=(); s_kb=0; n_kb=0
for ((run = 0; run < runs; run++)); do
  out=$(SIGDASH_OFFLINE=1 /usr/bin/time -f 'TIME %e %M %U %S' "$sigdash" tokens -t "$encoding" --format json "$file" 2>&1)
  s_tokens=$(grep -o '"tokens": [0-9]*' <<<"$out" | grep -o '[0-9]*$')
  read -r wall kb user sys < <(grep '^TIME' <<<"$out" | cut -d' ' -f2-)
  s_times+=("$wall"); s_cpu+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"); (( kb > s_kb )) && s_kb=$kb

  out=$(/usr/bin/time -f 'TIME %e %M %U %S' node "$here/bench-tiktoken.mjs" "$encoding" "$file" 2>&1)
  read -r n_tokens n_encode < <(grep -v '^TIME' <<<"$out")
  read -r wall kb user sys < <(grep '^TIME' <<<"$out" | cut -d' ' -f2-)
  n_times+=("$wall"); n_cpu+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"); (( kb > n_kb )) && n_kb=$kb
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
s_wall=$(median "${s_times[@]}"); n_wall=$(median "${n_times[@]}")
s_cpu_m=$(median "${s_cpu[@]}"); n_cpu_m=$(median "${n_cpu[@]}")
echo "sigdash: $s_tokens tokens, median ${s_wall}s wall (runs: ${s_times[*]}), ${s_cpu_m}s CPU, $((s_kb / 1024)) MB peak"
echo "tiktoken/node: $n_tokens tokens, median ${n_wall}s wall (runs: ${n_times[*]}; last encode call ${n_encode}s), ${n_cpu_m}s CPU, $((n_kb / 1024)) MB peak"

[[ "$s_tokens" == "$n_tokens" ]] && echo "counts agree" || echo "COUNTS DIFFER"
awk -v s="$s_wall" -v n="$n_wall" -v sc="$s_cpu_m" -v nc="$n_cpu_m" -v b="$bytes" 'BEGIN {
  printf "sigdash %.1f MB/s, tiktoken/node %.1f MB/s (whole process, medians): sigdash is %.2fx by wall time, %.2fx by CPU time\n", b/1048576/s, b/1048576/n, n/s, nc/sc }'
