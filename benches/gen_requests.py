"""Generates a queue of valid idreq requests for the benchmarks.

Bodies come from `idreq new --dry-run --json` (one template per request type,
made by `templates()`), so every generated issue parses exactly like a real
one; each copy gets its own request id, title, labels, assignees and dates.
Deterministic for a given count (seeded random).
"""

import json
import random
import re
import subprocess

# Valid answers per type (the same as tests/common/mod.rs `valid_fields`).
COMMON = {
    "requester_name": "Jane Doe",
    "team_name": "Claims Status",
    "contact": "@jdoe",
    "prod_impact": "no",
    "details": "We need help from the Identity team with this request.",
}
FIELDS = {
    "pr-review": {
        "pr_url": "https://github.com/department-of-veterans-affairs/vets-api/pull/12345",
        "tested": "yes",
        "test_env": "localhost,dev",
        "pr_ready": "yes",
        "user_model_change": "no",
    },
    "data-pull": {
        "data_description": "Monthly sign-ins by credential provider for our app",
        "sensitive": "no",
        "purpose": "A quarterly report to VA leadership on adoption",
        "metrics": "authentications,credential provider share",
        "date_from": "2026-01-01",
        "date_to": "2026-10-31",
        "granularity": "month",
        "format": "CSV",
        "recurrence": "one-time",
    },
    "mock-auth": {
        "environment": "localhost",
        "csp": "idme",
        "mock_user": "vetsgovuser228",
        "failure_step": "after choosing a user",
        "troubleshooting_done": "pulled latest vets-api-mockdata,ran rails db:seed",
    },
}

STATUSES = [("new", 40), ("triaged", 25), ("in-progress", 20), ("waiting-on-requester", 15)]
TEAM = ["alice", "bob", "carol", "dmitri", "erin", "farid", "grace", "hiro"]


def templates(idreq, env):
    """Returns {type: {"title": ..., "body": ..., "labels": [...]}} from idreq itself."""
    out = {}
    for kind, extra in FIELDS.items():
        args = [idreq, "new", "--type", kind, "--title", "Benchmark request", "--dry-run", "--json"]
        for k, v in {**COMMON, **extra}.items():
            args += ["--field", f"{k}={v}"]
        res = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
        d = json.loads(res.stdout)
        out[kind] = {"title": d["title"], "body": d["body"], "labels": d["labels"]}
    return out


def generate(tpl, count, now="2026-11-30T15:00:00Z", seed=7):
    """Returns `count` issues as dicts (number, title, body, labels, ...)."""
    rnd = random.Random(seed)
    kinds = sorted(tpl)
    statuses = [s for s, w in STATUSES for _ in range(w)]
    issues = []
    for n in range(1, count + 1):
        kind = kinds[n % len(kinds)]
        t = tpl[kind]
        rid = f"{rnd.getrandbits(128):032x}"
        body = re.sub(r"id=[0-9a-f]+ -->", f"id={rid} -->", t["body"], count=1)
        status = rnd.choice(statuses)
        labels = [l for l in t["labels"] if not l.startswith("status: ")] + [f"status: {status}"]
        assignees = []
        if status != "new":
            labels.append(f"priority: P{rnd.randint(1, 4)}")
            if rnd.random() < 0.8:
                labels.append(f"estimate: {rnd.choice(['S', 'M', 'L', 'XL'])}")
            if status in ("triaged", "in-progress"):
                assignees = [rnd.choice(TEAM)]
        # Spread over the 180 days before `now`, oldest first (numbers rise with time).
        day = 180 - (n * 180) // (count + 1)
        created = f"{_minus_days(now, day)}T{9 + n % 8:02}:{n % 60:02}:00Z"
        issues.append({
            "number": n,
            "title": t["title"].replace("Benchmark request", f"Benchmark request {n}"),
            "body": body,
            "request_id": rid,
            "labels": labels,
            "assignees": assignees,
            "author": rnd.choice(["jdoe", "msmith", "kchen", "rlopez"]),
            "created_at": created,
            "updated_at": created,
        })
    return issues


def _minus_days(now, days):
    import datetime as dt
    d = dt.date.fromisoformat(now[:10]) - dt.timedelta(days=days)
    return d.isoformat()
