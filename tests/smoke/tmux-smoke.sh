#!/usr/bin/env bash
# Smoke test of the real dashboard in a real terminal (tmux, 120x40): first run against an empty home fills the
# store from the bundled catalog, the Overview (home) shows the markets and the DEMO elasticity headline, `]` opens
# the Catalog with the models, `?` opens the help, Esc closes it and `q` quits with exit status 0. Builds nothing: pass the built sigdash (the build copies feeds/ beside it).
#
#   tests/smoke/tmux-smoke.sh [path/to/sigdash]     default: src/SignalDashboard/bin/Debug/net10.0/sigdash
#
# Exit 0 = passed, 1 = failed (the last screen, sigdash's stderr and log are printed), 2 = cannot run.
# SMOKE_TIMEOUT (seconds, default 20) bounds the wait for the first screen; SMOKE_KEEP=1 keeps the temp folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:-$root/src/SignalDashboard/bin/Debug/net10.0/sigdash}"
first_screen_timeout="${SMOKE_TIMEOUT:-20}"
step_timeout=10

command -v tmux >/dev/null 2>&1 || { echo "tmux-smoke: tmux is not on PATH" >&2; exit 2; }
[[ -f $bin && -x $bin ]] || { echo "tmux-smoke: $bin is not an executable (build src/SignalDashboard first)" >&2; exit 2; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

work="$(mktemp -d "${TMPDIR:-/tmp}/sigdash-smoke.XXXXXX")"
socket="sigdash-smoke-$$"   # our own tmux server: never touches the user's sessions
screen="$work/screen.txt"

tm() { tmux -L "$socket" -f "$work/tmux.conf" "$@"; }

socket_path=""
cleanup() {
    tm kill-server >/dev/null 2>&1 || true
    [[ -n $socket_path && -S $socket_path ]] && rm -f "$socket_path"
    if [[ ${SMOKE_KEEP:-0} == 1 ]]; then echo "tmux-smoke: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

capture() { tm capture-pane -p -t smoke >"$screen" 2>/dev/null || true; }

fail() {
    echo "tmux-smoke: FAIL: $*"
    capture
    echo "---- last screen ----"
    sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$screen"   # without the trailing blank lines
    echo "---- sigdash stderr ----"
    cat "$work/stderr" 2>/dev/null || true
    [[ -f $work/exit ]] && echo "---- $(cat "$work/exit") ----"
    for log in "$work"/state/signaldashboard/*; do
        [[ -f $log ]] || continue
        echo "---- log $(basename "$log") (last 40 lines) ----"
        tail -n 40 "$log"
    done
    exit 1
}

count() { grep -o -F -- "$1" "$screen" | wc -l; }
has() { grep -q -F -- "$1" "$screen"; }

# wait_until SECONDS DESCRIPTION PREDICATE...: captures the pane until PREDICATE succeeds on $screen.
wait_until() {
    local seconds=$1 what=$2
    shift 2
    local deadline=$((SECONDS + seconds))
    while :; do
        capture
        "$@" && return 0
        if [[ -f $work/exit ]]; then fail "sigdash ended while waiting for $what"; fi
        ((SECONDS < deadline)) || fail "no $what after ${seconds}s"
        sleep 0.2
    done
}

# The program runs in a fresh home (first-run path), with its exit status written to a file.
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
cat >"$work/run.sh" <<EOF
#!/bin/sh
export HOME=$(q "$work/home") XDG_DATA_HOME=$(q "$work/data") XDG_CONFIG_HOME=$(q "$work/config") XDG_STATE_HOME=$(q "$work/state")
unset SIGDASH_DB SIGDASH_FEEDS
# No market refresh on its own: a test never reaches the internet (r/F5 would still try).
export SIGDASH_OFFLINE=1
cd "\$HOME"
$(q "$bin") 2>$(q "$work/stderr")
echo "EXIT=\$?" >$(q "$work/exit.tmp") && mv $(q "$work/exit.tmp") $(q "$work/exit")
EOF
mkdir -p "$work/home"
cat >"$work/tmux.conf" <<'EOF'
set -s escape-time 0
set -g remain-on-exit on
set -g status off
EOF

echo "tmux-smoke: $bin ($(tmux -V)), temp $work"
env -u TMUX tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s smoke -x 120 -y 40 "sh $(q "$work/run.sh")"
socket_path="$(tm display-message -p '#{socket_path}' 2>/dev/null || true)"
tm set -s escape-time 0

# 1. First screen: the Overview, the home tab.
first_screen_texts=("Newest price events" "sigdash" "CACHED" "Elasticity · DEMO" "RENDER" "Feed health" "Quit")
# Wait for every part (the status bar may be drawn a moment after the panes on a loaded machine), then say which is missing.
first_screen() { local text; for text in "${first_screen_texts[@]}"; do has "$text" || return 1; done; }
wait_until "$first_screen_timeout" "first screen with all of: ${first_screen_texts[*]}" first_screen
for text in "${first_screen_texts[@]}"; do
    has "$text" || fail "first screen lacks '$text'"
done
[[ -f $work/data/signaldashboard/signals.db ]] || fail "no store created at $work/data/signaldashboard/signals.db"
echo "tmux-smoke: ok   dashboard opens on the overview"

# 1b. ']' shows the Catalog, filled from the bundled catalog on first run.
tm send-keys -t smoke -l ']'
catalog_shown() { has "Claude Opus 4.6" && has "GPT-5.2 Pro"; } # the whole table: a capture may catch a frame half drawn
wait_until "$step_timeout" "catalog with 'Claude Opus 4.6' and 'GPT-5.2 Pro'" catalog_shown
echo "tmux-smoke: ok   dashboard shows the catalog"

# 2. Help: '?' lists the keys, so Quit and Search appear beside the status bar's.
help_open() { (($(count Quit) >= 2 && $(count Search) >= 2)); }
tm send-keys -t smoke -l '?'
wait_until "$step_timeout" "help listing Quit and Search" help_open
echo "tmux-smoke: ok   help lists Quit and Search"

# 3. Esc closes the help.
help_closed() { (($(count Quit) == 1)) && has "Claude Opus 4.6"; }
tm send-keys -t smoke Escape
wait_until "$step_timeout" "help closed by Esc" help_closed
echo "tmux-smoke: ok   Esc closes the help"

# 4. q quits with status 0.
tm send-keys -t smoke -l q
deadline=$((SECONDS + step_timeout))
until [[ -f $work/exit ]]; do
    ((SECONDS < deadline)) || fail "sigdash still running ${step_timeout}s after 'q'"
    sleep 0.2
done
[[ $(cat "$work/exit") == "EXIT=0" ]] || fail "sigdash quit with $(cat "$work/exit")"
echo "tmux-smoke: ok   q quits with status 0"
echo "tmux-smoke: PASS"
