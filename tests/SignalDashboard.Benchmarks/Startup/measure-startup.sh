#!/usr/bin/env bash
# Whole-process start-up of `sigdash catalog list --format json` against a .NET "hello world" console app,
# measured side by side in the same run (a ratio, since these machines are noisy).
#
#   tests/SignalDashboard.Benchmarks/Startup/measure-startup.sh [--runs N] [--warmup N] [--limit R] [--keep] [--no-hyperfine]
#
# sigdash is published as it ships: `dotnet publish -c Release` (Native AOT, see src/SignalDashboard/SignalDashboard.csproj).
# The anchor is a .NET hello world published the usual way (Release, ReadyToRun, framework-dependent); the same
# hello world as Native AOT is timed too, so the ratio against the fastest possible .NET start is also shown.
# The hello app is created under /tmp, away from this repository's Directory.*.props, with the one runtime setting
# sigdash gets from them (InvariantGlobalization: no ICU).
# The store is prepared once (first run) and every timed run opens the existing store.
# Times with hyperfine when installed (apt-get install -y hyperfine), else with a bash loop that alternates them.
# Prints both means and the ratio; exits 1 when the ratio is above the limit (default 3).
set -euo pipefail

runs=20
warmup=3
limit=3
keep=0
use_hyperfine=1
while (($#)); do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --limit) limit=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --no-hyperfine) use_hyperfine=0; shift ;;
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "measure-startup: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
case "$(uname -m)" in
    x86_64 | amd64) rid=linux-x64 ;;
    aarch64 | arm64) rid=linux-arm64 ;;
    *) echo "measure-startup: unsupported machine $(uname -m)" >&2; exit 2 ;;
esac

work="$(mktemp -d /tmp/sigdash-startup.XXXXXX)"
cleanup() { if ((keep)); then echo "measure-startup: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
publish_flags=(-c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true)
aot_flags=(-c Release -r "$rid" -p:PublishAot=true)

step() { printf '\n== %s\n' "$*"; }

# 1. sigdash, published from the working tree; --artifacts-path keeps the RID-specific restore and the
#    intermediate files out of the tree's obj/ folders (other builds may be using them).
step "publish sigdash: dotnet publish src/SignalDashboard -c Release -r $rid -o $work/sigdash (Native AOT)"
dotnet publish "$root/src/SignalDashboard" -c Release -r "$rid" --artifacts-path "$work/artifacts" \
    -o "$work/sigdash" -v quiet -nologo >"$work/publish-sigdash.log" 2>&1 \
    || { cat "$work/publish-sigdash.log"; exit 1; }

# 2. hello world, created where no Directory.Build.props / Directory.Packages.props above can apply (the empty
#    ones here also stop MSBuild's upward search).
step "publish hello world: dotnet new console; dotnet publish ${publish_flags[*]} -o $work/hello"
mkdir -p "$work/hello-src"
(
    cd "$work/hello-src"
    printf '<Project />\n' >Directory.Build.props
    printf '<Project />\n' >Directory.Packages.props
    dotnet new console -n hello -o . --force >"$work/new-hello.log" 2>&1 || { cat "$work/new-hello.log"; exit 1; }
    dotnet publish hello.csproj "${publish_flags[@]}" -p:InvariantGlobalization=true \
        -o "$work/hello" -v quiet -nologo >"$work/publish-hello.log" 2>&1 || { cat "$work/publish-hello.log"; exit 1; }
    dotnet publish hello.csproj "${aot_flags[@]}" -p:InvariantGlobalization=true \
        -o "$work/hello-aot" -v quiet -nologo >"$work/publish-hello-aot.log" 2>&1 || { cat "$work/publish-hello-aot.log"; exit 1; }
)

# 3. One store, prepared once: the first run fills it from feeds/.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" XDG_STATE_HOME="$work/home/state"
unset SIGDASH_DB SIGDASH_FEEDS
mkdir -p "$HOME"
sigdash=("$work/sigdash/sigdash" catalog list --format json)
hello=("$work/hello/hello")
hello_aot=("$work/hello-aot/hello")
step "prepare the store: ${sigdash[*]} (first run)"
"${sigdash[@]}" >"$work/first-run.json"
grep -q '"Claude Opus 4.6"' "$work/first-run.json" || { echo "measure-startup: first run printed no catalog:"; head -c 2000 "$work/first-run.json"; exit 1; }
[[ $("${hello[@]}") == "Hello, World!" ]] || { echo "measure-startup: hello world printed something else"; exit 1; }
echo "store: $XDG_DATA_HOME/signaldashboard/signals.db ($(wc -c <"$XDG_DATA_HOME/signaldashboard/signals.db") bytes)"

# 4. Timing.
if ((use_hyperfine)) && command -v hyperfine >/dev/null 2>&1; then
    step "time with $(hyperfine --version): --warmup $warmup --runs $runs, both commands in one run"
    hyperfine -N --warmup "$warmup" --runs "$runs" \
        --export-json "$work/startup.json" --export-csv "$work/startup.csv" \
        -n hello "${hello[*]}" -n hello-aot "${hello_aot[*]}" -n sigdash "${sigdash[*]}"
    # csv: command,mean,stddev,median,user,system,min,max (seconds)
    hello_ms=$(awk -F, '$1 == "hello" { printf "%.1f", $2 * 1000 }' "$work/startup.csv")
    hello_aot_ms=$(awk -F, '$1 == "hello-aot" { printf "%.1f", $2 * 1000 }' "$work/startup.csv")
    sigdash_ms=$(awk -F, '$1 == "sigdash" { printf "%.1f", $2 * 1000 }' "$work/startup.csv")
    tool="hyperfine -N --warmup $warmup --runs $runs"
else
    step "time with a bash loop (no hyperfine): $warmup warm-up runs each, then $runs alternating runs each"
    for ((i = 0; i < warmup; i++)); do "${hello[@]}" >/dev/null; "${sigdash[@]}" >/dev/null; done
    hello_ns=0 sigdash_ns=0 hello_aot_ns=0
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N); "${hello[@]}" >/dev/null; t1=$(date +%s%N)
        "${sigdash[@]}" >/dev/null; t2=$(date +%s%N)
        "${hello_aot[@]}" >/dev/null; t3=$(date +%s%N)
        hello_ns=$((hello_ns + t1 - t0)) sigdash_ns=$((sigdash_ns + t2 - t1)) hello_aot_ns=$((hello_aot_ns + t3 - t2))
    done
    hello_aot_ms=$(awk -v ns="$hello_aot_ns" -v n="$runs" 'BEGIN { printf "%.1f", ns / n / 1e6 }')
    hello_ms=$(awk -v ns="$hello_ns" -v n="$runs" 'BEGIN { printf "%.1f", ns / n / 1e6 }')
    sigdash_ms=$(awk -v ns="$sigdash_ns" -v n="$runs" 'BEGIN { printf "%.1f", ns / n / 1e6 }')
    tool="bash loop, date +%s%N, $runs alternating runs each after $warmup warm-up"
fi

ratio=$(awk -v a="$sigdash_ms" -v b="$hello_ms" 'BEGIN { printf "%.2f", a / b }')
step "result ($tool; $(nproc) CPUs, $(uname -sr))"
echo "hello world mean:  ${hello_ms} ms   (${hello[*]}, ReadyToRun)"
echo "hello AOT mean:    ${hello_aot_ms} ms   (${hello_aot[*]}, Native AOT)"
echo "sigdash mean:      ${sigdash_ms} ms   (${sigdash[*]})"
echo "ratio:             ${ratio}x   (limit ${limit}x)"
echo "ratio to AOT hello: $(awk -v a="$sigdash_ms" -v b="$hello_aot_ms" 'BEGIN { printf "%.2f", a / b }')x"
if awk -v r="$ratio" -v l="$limit" 'BEGIN { exit !(r <= l) }'; then
    echo "startup: OK"
else
    echo "startup: ABOVE LIMIT"
    exit 1
fi
