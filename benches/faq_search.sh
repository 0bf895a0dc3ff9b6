#!/usr/bin/env bash
# FAQ search speed, as whole processes (what a person waits for).
# Compares `idreq faq search` against `idreq --version` (process start) and
# `grep -ri` over the same faq/ folder, with the bundled entries and with
# 1,000 generated entries. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/idreq
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export IDREQ_DATA_DIR="$work/data" IDREQ_CONFIG="$work/config.toml"

# 1,000 entries: the bundled ones, copied with new slugs, each with about 120
# more words drawn from the bundled text and from a made-up domain vocabulary
# of 5,000 terms, so the vocabulary grows like a real knowledge base's would.
python3 - "$work/gen" <<'PY'
import pathlib, random, sys
random.seed(7)
out = pathlib.Path(sys.argv[1]); out.mkdir()
src = sorted(pathlib.Path("faq").glob("*.md"))
words = " ".join(p.read_text().split("+++", 2)[2] for p in src).split()
syllables = ["ver", "ify", "cred", "ent", "ial", "auth", "mock", "sign", "acc", "ount", "pro", "file", "tok", "en", "sess", "ion"]
terms = ["".join(random.choice(syllables) for _ in range(3)) + str(n % 10) for n in range(5000)]
for i in range(1000 - len(src)):
    base = src[i % len(src)].read_text()
    front, body = base.split("+++", 2)[1:]
    extra = " ".join(random.choice(words if random.random() < 0.7 else terms) for _ in range(120))
    (out / f"gen-{i:04}.md").write_text(f"+++{front}+++\n{body}\n\n{extra}\n")
PY
echo "entries: bundled $(ls faq/*.md | wc -l), generated folder $(ls "$work/gen" | wc -l) (+ bundled)"

# Warm: the usual case, the FAQ index cache is current.
hyperfine --warmup 5 --runs 60 -N \
  -n "idreq --version" "$bin --version" \
  -n "grep -ri (bundled faq/)" "grep -ri 'mocked auth' faq/" \
  -n "idreq faq search (bundled)" "$bin faq search mocekd auth empty user list" \
  -n "idreq faq search (1,000 entries)" "$bin faq search mocekd auth empty user list --faq-dir $work/gen" \
  --export-markdown "$work/warm.md"
# Cold: the first search after an install or a change to the FAQ (no cache).
hyperfine --warmup 2 --runs 20 \
  --prepare "rm -rf $work/data/cache" \
  -n "idreq faq search, cold (bundled)" "$bin faq search mocekd auth empty user list" \
  -n "idreq faq search, cold (1,000 entries)" "$bin faq search mocekd auth empty user list --faq-dir $work/gen" \
  --export-markdown "$work/cold.md"
cat "$work/warm.md" "$work/cold.md"
