#!/usr/bin/env bash
# Fuzz every docloc parser for a bounded time: scripts/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS (default 60) is the libFuzzer run time of each target (-max_total_time). Works on
# a stable toolchain: cargo-fuzz builds without a sanitizer (`--sanitizer none`), which needs
# no nightly flags; a crash still stops the run (panics abort). Installs cargo-fuzz when it
# is missing. Exits non-zero when a target crashes, leaving the input in
# fuzz/artifacts/<target>/ (reproduce: fuzz/target/<triple>/release/<target> <file>).
set -euo pipefail

seconds="${1:-60}"
shift || true
cd "$(dirname "$0")/../fuzz"

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    mapfile -t targets < <(cargo fuzz list)
fi

cargo fuzz build --sanitizer none --release
triple="$(rustc -vV | sed -n 's/^host: //p')"
status=0
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t" "artifacts/$t"
    if [ -d "seeds/$t" ]; then
        cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
    fi
    echo "== fuzz $t for ${seconds}s"
    if ! "target/$triple/release/$t" "corpus/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>"artifacts/$t/log.txt"; then
        echo "!! $t crashed; last lines of artifacts/$t/log.txt:"
        tail -n 40 "artifacts/$t/log.txt"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "artifacts/$t/log.txt" || true
    fi
done
exit "$status"
