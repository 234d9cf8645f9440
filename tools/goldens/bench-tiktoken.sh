#!/usr/bin/env bash
# Side by side, whole process: `sigdash tokens -t ENCODING FILE` against tiktoken under node on the same FILE.
# Prints each one's token count, wall time and peak memory (GNU time), and the ratio.
#   tools/goldens/bench-tiktoken.sh FILE [ENCODING] [SIGDASH]
# SIGDASH defaults to the Release build; a Native AOT publish (README) is the fairest "whole process".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="$1"; encoding="${2:-o200k_base}"
sigdash="${3:-$here/../../src/SignalDashboard/bin/Release/net10.0/sigdash}"
[[ -d "$here/node_modules/tiktoken" ]] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
bytes=$(stat -c %s "$file")
echo "input: $file ($bytes bytes), $encoding"

out=$(SIGDASH_OFFLINE=1 /usr/bin/time -f 'TIME %e %M' "$sigdash" tokens -t "$encoding" --format json "$file" 2>&1)
s_tokens=$(grep -o '"tokens": [0-9]*' <<<"$out" | grep -o '[0-9]*$')
read -r s_wall s_kb < <(grep '^TIME' <<<"$out" | cut -d' ' -f2-)
echo "sigdash: $s_tokens tokens, ${s_wall}s wall, $((s_kb / 1024)) MB peak"

out=$(/usr/bin/time -f 'TIME %e %M' node "$here/bench-tiktoken.mjs" "$encoding" "$file" 2>&1)
read -r n_tokens n_encode < <(grep -v '^TIME' <<<"$out")
read -r n_wall n_kb < <(grep '^TIME' <<<"$out" | cut -d' ' -f2-)
echo "tiktoken/node: $n_tokens tokens, ${n_wall}s wall (${n_encode}s encoding), $((n_kb / 1024)) MB peak"

[[ "$s_tokens" == "$n_tokens" ]] && echo "counts agree" || echo "COUNTS DIFFER"
awk -v s="$s_wall" -v n="$n_wall" -v b="$bytes" 'BEGIN {
  printf "sigdash %.1f MB/s, tiktoken/node %.1f MB/s (whole process): sigdash is %.2fx\n", b/1048576/s, b/1048576/n, n/s }'
