#!/usr/bin/env python3
"""idreq's board against its physical floors, interleaved, in one run.

Each round runs every contender once, in the same order, so a change in the
machine's load hits all of them alike; the table shows medians over the
rounds and each idreq run's ratio to its floor from the same rounds.

GitHub (benches/fake_github.py: pre-encoded pages, nothing but the latency):
  - idreq board --json, no saved copy (cold) and with it (warm, every page 304)
  - floor, 1 round trip: curl fetching every URL idreq fetches, all at once
  - floor, 2 round trips: curl fetching page 1 and the search, then the rest
    at once (what any client must do without knowing the page count)
Local tracker: idreq board --json against the sqlite3 shell printing the same
open rows of the same file.

The URLs for curl are the ones idreq itself asked for (read from --verbose).
Needs python3, curl (>= 7.66, --parallel) and sqlite3; build first with
`cargo build --release`.
Usage: benches/interleave.py [--rounds 7] [--latency-ms 50] [--github 2000,10000]
                             [--local 10000] [--bin target/release/idreq]
"""

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_requests as g  # noqa: E402


def timed(cmd, env, prepare=None):
    if prepare:
        prepare()
    began = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - began


def curl_all(urls):
    """One curl process fetching `urls` at once (one connection each)."""
    cmd = ["curl", "-s", "--parallel", "--parallel-immediate", "--parallel-max", "300"]
    for u in urls:
        cmd += ["-o", "/dev/null", u]
    return cmd


def rounds(contenders, n, env):
    """Runs every contender once per round; returns {name: [seconds]}."""
    times = {name: [] for name, *_ in contenders}
    for _ in range(n):
        for name, cmd, prepare in contenders:
            times[name].append(timed(cmd, env, prepare))
    return times


def report(title, times, ratios):
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"\n== {title}")
    print("contender | median | min | max")
    for k, v in times.items():
        print(f"{k} | {med[k]*1000:.0f} ms | {min(v)*1000:.0f} | {max(v)*1000:.0f}")
    for a, b in ratios:
        print(f"ratio: {a} / {b} = {med[a]/med[b]:.2f}")


def github(bin, count, latency, n, work):
    issues_file = os.path.join(work, f"issues-{count}.json")
    env = dict(os.environ, IDREQ_DATA_DIR=os.path.join(work, f"gh-{count}"),
               IDREQ_CONFIG=os.path.join(work, "config.toml"), IDREQ_NOW="2026-11-30T15:00:00Z",
               IDREQ_KEYRING="none", GH_TOKEN="bench-token", IDREQ_TRACKER="github", IDREQ_REPO="o/r")
    local_env = dict(env, IDREQ_TRACKER="local")
    json.dump(g.generate(g.templates(bin, local_env), count), open(issues_file, "w"))
    port_file = os.path.join(work, f"port-{count}")
    server = subprocess.Popen([sys.executable, os.path.join(HERE, "fake_github.py"), "--issues-file",
                               issues_file, "--latency-ms", str(latency), "--port-file", port_file])
    try:
        for _ in range(100):
            if os.path.exists(port_file):
                break
            time.sleep(0.1)
        api = f"http://127.0.0.1:{open(port_file).read().strip()}"
        env["IDREQ_GITHUB_API_URL"] = api
        cache = os.path.join(env["IDREQ_DATA_DIR"], "cache")
        drop = lambda: subprocess.run(["rm", "-rf", cache], check=True)
        drop()
        trace = subprocess.run([bin, "board", "--json", "--verbose"], env=env, capture_output=True,
                               text=True, check=True).stderr
        paths = re.findall(r"GET (/\S+) → 200", trace)
        urls = [api + p for p in paths]
        heads = [u for u in urls if u.endswith("&page=1")]
        rest = [u for u in urls if u not in heads]
        print(f"\n{count} requests: idreq asks for {len(urls)} URLs ({len(heads)} list heads)")
        two = ["sh", "-c", " ".join(map(quote, curl_all(heads))) + " && "
               + " ".join(map(quote, curl_all(rest)))] if rest else curl_all(heads)
        contenders = [
            ("idreq cold", [bin, "board", "--json"], drop),
            ("floor 2 round trips", two, None),
            ("floor 1 round trip", curl_all(urls), None),
        ]
        # Warm: the copy the cold run of the same round just saved.
        contenders.append(("idreq warm", [bin, "board", "--json"], None))
        times = rounds(contenders, n, env)
        report(f"GitHub, {count} open requests, {latency:g} ms per answer, {n} rounds", times,
               [("idreq cold", "floor 2 round trips"), ("idreq warm", "floor 1 round trip")])
    finally:
        server.terminate()
        server.wait()


def quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def local(bin, count, n, work):
    env = dict(os.environ, IDREQ_DATA_DIR=os.path.join(work, "local"),
               IDREQ_CONFIG=os.path.join(work, "config.toml"), IDREQ_NOW="2026-11-30T15:00:00Z",
               IDREQ_TRACKER="local", IDREQ_USER="alice")
    db = os.path.join(env["IDREQ_DATA_DIR"], "requests.sqlite3")
    subprocess.run([bin, "list"], env=env, stdout=subprocess.DEVNULL, check=True)
    issues = g.generate(g.templates(bin, env), count)
    con = sqlite3.connect(db)
    con.executemany(
        "INSERT INTO issues (number, title, body, labels, assignees, author, state, created_at,"
        " updated_at, request_id) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)",
        [(i["number"], i["title"], i["body"], json.dumps(i["labels"]), json.dumps(i["assignees"]),
          i["author"], i["created_at"].replace("Z", "+00:00"), i["updated_at"].replace("Z", "+00:00"),
          i["request_id"]) for i in issues])
    con.commit()
    con.close()
    contenders = [
        ("idreq board --json", [bin, "board", "--json"], None),
        ("sqlite3 shell, same open rows", ["sqlite3", db, "SELECT * FROM issues WHERE state = 'open'"], None),
    ]
    rounds(contenders, 2, env)  # warm the page cache of the file
    times = rounds(contenders, n, env)
    report(f"local tracker, {count} open requests, {n} rounds", times,
           [("idreq board --json", "sqlite3 shell, same open rows")])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--github", default="2000,10000")
    ap.add_argument("--local", type=int, default=10000)
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "idreq"))
    a = ap.parse_args()
    bin = os.path.realpath(a.bin)
    load = open("/proc/loadavg").read().split()[:3]
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(load)} (at the start)")
    with tempfile.TemporaryDirectory() as work:
        for count in [int(c) for c in a.github.split(",") if c]:
            github(bin, count, a.latency_ms, a.rounds, work)
        if a.local:
            local(bin, a.local, a.rounds, work)
    load = open("/proc/loadavg").read().split()[:3]
    print(f"\nmachine: {os.cpu_count()} cores, load average {' '.join(load)} (at the end)")


if __name__ == "__main__":
    main()
