#!/usr/bin/env bash
# The local tracker at scale: 10,000 requests in the SQLite file (4,000 or so
# open... every status), then `idreq board --json` and `idreq triage --json`
# as whole processes, with peak memory (RSS). The baseline, measured in the
# same run, is the sqlite3 shell reading the same open rows, and
# `idreq --version` (process start). Needs hyperfine, python3, sqlite3 and
# GNU time (apt-get install hyperfine sqlite3 time).
# Usage: bash benches/board_local.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
cargo build --release --quiet
bin=$(realpath "${CARGO_TARGET_DIR:-target}/release/idreq")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export IDREQ_DATA_DIR="$work/data" IDREQ_CONFIG="$work/config.toml" IDREQ_NOW=2026-11-30T15:00:00Z
export IDREQ_TRACKER=local IDREQ_USER=alice
db="$work/data/requests.sqlite3"
"$bin" list >/dev/null   # creates and migrates the file

python3 - "$bin" "$count" "$db" <<'PY'
import json, os, sqlite3, sys
sys.path.insert(0, "benches")
import gen_requests as g
bin, count, db = sys.argv[1], int(sys.argv[2]), sys.argv[3]
issues = g.generate(g.templates(bin, dict(os.environ)), count)
con = sqlite3.connect(db)
con.executemany(
    "INSERT INTO issues (number, title, body, labels, assignees, author, state, created_at, updated_at, request_id)"
    " VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
    [(i["number"], i["title"], i["body"], json.dumps(i["labels"]), json.dumps(i["assignees"]),
      i["author"], i["created_at"].replace("Z", "+00:00"), i["updated_at"].replace("Z", "+00:00"),
      i["request_id"]) for i in issues])
con.commit()
PY
echo "requests: $(sqlite3 "$db" 'select count(*) from issues'), open $(sqlite3 "$db" "select count(*) from issues where state='open'")"

hyperfine -N --warmup 3 --runs 30 \
  -n "idreq --version" "$bin --version" \
  -n "sqlite3: read the open rows (baseline)" "sqlite3 $db \"SELECT * FROM issues WHERE state = 'open'\"" \
  -n "idreq board --json" "$bin board --json" \
  -n "idreq triage --json" "$bin triage --json" \
  --export-markdown "$work/local.md" --export-json "$work/local.json"
cat "$work/local.md"
python3 - "$work/local.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["results"]
base = next(r for r in rows if "baseline" in r["command"])
print("\ncommand | median | ratio to the baseline")
for r in rows:
    print(f'{r["command"]} | {r["median"]*1000:.1f} ms | {r["median"]/base["median"]:.2f}')
PY
for cmd in "board --json" "triage --json"; do
  rss=$( { /usr/bin/time -f "%M" "$bin" $cmd >/dev/null; } 2>&1 | tail -1)
  echo "peak RSS, idreq $cmd: $((rss / 1024)) MiB"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(rustc --version | cut -d' ' -f1-2), load $(cut -d' ' -f1-3 /proc/loadavg)"
