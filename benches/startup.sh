#!/usr/bin/env bash
# Start-up: whole processes, medians. `idreq --version` (argument parsing and
# process start) is the baseline for `idreq faq search x` and `idreq board`
# on an empty local tracker; /bin/true is the baseline for --version.
# Needs hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/idreq")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export IDREQ_DATA_DIR="$work/data" IDREQ_CONFIG="$work/config.toml" IDREQ_TRACKER=local
"$bin" list >/dev/null   # the empty tracker file exists, as after first use
hyperfine -N --warmup 10 --runs 100 \
  -n "/bin/true" "/bin/true" \
  -n "idreq --version" "$bin --version" \
  -n "idreq faq search x" "$bin faq search x" \
  -n "idreq board (local, empty)" "$bin board" \
  --export-markdown "$work/startup.md" --export-json "$work/startup.json"
cat "$work/startup.md"
python3 - "$work/startup.json" <<'PY'
import json, sys
rows = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("\ncommand | median | baseline | ratio")
for name, base in [("idreq --version", "/bin/true"), ("idreq faq search x", "idreq --version"),
                   ("idreq board (local, empty)", "idreq --version")]:
    m, b = rows[name]["median"], rows[base]["median"]
    print(f"{name} | {m*1000:.1f} ms | {base} {b*1000:.1f} ms | {m/b:.1f}")
PY
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(rustc --version | cut -d' ' -f1-2), load $(cut -d' ' -f1-3 /proc/loadavg)"
