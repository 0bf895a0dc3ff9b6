#!/usr/bin/env bash
# `idreq board --json` over a large GitHub queue, end to end (whole process):
# a GitHub-compatible server on 127.0.0.1 (benches/fake_github.py) serves
# 2,000 open requests, 100 per page, with 50 ms added to every answer.
#   - pages in parallel (the default), no saved copy: every page downloaded
#   - pages one after another (IDREQ_GITHUB_PAGE_CONCURRENCY=1): the baseline
#   - a second run on the unchanged queue: every page answered 304
#   - board --offline: the saved copy, no network
# and counts the requests each makes. Needs hyperfine and python3.
# Usage: bash benches/board_github.sh [ISSUES] [LATENCY_MS]
set -euo pipefail
cd "$(dirname "$0")/.."
issues=${1:-2000}
latency=${2:-50}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/idreq
bin=$(realpath "$bin")
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
export IDREQ_DATA_DIR="$work/data" IDREQ_CONFIG="$work/config.toml" IDREQ_NOW=2026-11-30T15:00:00Z
export IDREQ_KEYRING=none GH_TOKEN=bench-token IDREQ_TRACKER=github IDREQ_REPO=o/r

python3 - "$bin" "$issues" "$work/issues.json" <<'PY'
import json, os, sys
sys.path.insert(0, "benches")
import gen_requests as g
bin, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
env = dict(os.environ, IDREQ_TRACKER="local")
json.dump(g.generate(g.templates(bin, env), count), open(out, "w"))
PY
python3 benches/fake_github.py --issues-file "$work/issues.json" --latency-ms "$latency" \
  --port-file "$work/port" & server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
api="http://127.0.0.1:$(cat "$work/port")"
export IDREQ_GITHUB_API_URL="$api"

stats() { curl -s "$api/__stats"; }
reset() { curl -s -X POST "$api/__reset" >/dev/null; }
count() { # label, then the command; one run, counted
  local label=$1; shift
  reset; "$@" >/dev/null
  printf '%s: %s\n' "$label" "$(stats | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("%d requests (%d x 200, %d x 304), %.1f MB" % (d["requests"], d.get("ok", 0), d.get("not_modified", 0), d["bytes"] / 1e6))')"
}

echo "== requests made (one run each)"
count "parallel, no saved copy" sh -c "rm -rf '$work/data/cache'; '$bin' board --json"
count "one after another, no saved copy" sh -c "rm -rf '$work/data/cache'; IDREQ_GITHUB_PAGE_CONCURRENCY=1 '$bin' board --json"
"$bin" board --json >/dev/null
count "second run, unchanged queue" "$bin" board --json
count "board --offline" "$bin" board --offline --json
reset

echo "== time (whole process; $issues requests, ${latency} ms per answer)"
hyperfine -N --warmup 2 --runs 20 \
  --prepare "rm -rf $work/data/cache" -n "board, pages in parallel, no saved copy" "$bin board --json" \
  --prepare "rm -rf $work/data/cache" -n "board, pages one after another (baseline)" "env IDREQ_GITHUB_PAGE_CONCURRENCY=1 $bin board --json" \
  --export-markdown "$work/cold.md" --export-json "$work/cold.json"
"$bin" board --json >/dev/null
hyperfine -N --warmup 2 --runs 20 \
  -n "board, second run (every page 304)" "$bin board --json" \
  -n "board --offline" "$bin board --offline --json" \
  --export-markdown "$work/warm.md" --export-json "$work/warm.json"
cat "$work/cold.md" "$work/warm.md"
python3 - "$work/cold.json" "$work/warm.json" <<'PY'
import json, sys
rows = [r for f in sys.argv[1:] for r in json.load(open(f))["results"]]
base = next(r for r in rows if "baseline" in r["command"])
print("\ncommand | median | ratio to the baseline")
for r in rows:
    print(f'{r["command"]} | {r["median"]*1000:.0f} ms | {r["median"]/base["median"]:.2f}')
PY
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(rustc --version | cut -d' ' -f1-2), load $(cut -d' ' -f1-3 /proc/loadavg)"
