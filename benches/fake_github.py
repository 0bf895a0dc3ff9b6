#!/usr/bin/env python3
"""A GitHub-compatible server on 127.0.0.1 for the board benchmarks.

Serves repository o/r with the issues in a JSON file made by gen_requests.py:
  GET /user, GET /repos/o/r, GET /repos/o/r/issues (state, labels, sort,
  direction, per_page, page; Link rel=next/last with the request's own base
  URL), GET /search/issues (idreq's search for marked issues that lost their
  labels: none here, so an empty result).
Every answer is delayed by --latency-ms (a network round trip). List answers
carry an ETag (a hash of body and Link) and a matching If-None-Match gets 304.
Page bodies are rendered once, so the server adds almost nothing but the delay.

Control endpoints (no delay, not counted):
  GET  /__stats  -> {"requests": n, "ok": n, "not_modified": n, "bytes": n, "by_path": {...}}
  POST /__reset  -> zero the counters
  POST /__touch  -> change the newest issue's title (a queue that changed)

Usage: fake_github.py --issues-file F [--latency-ms 50] [--port 0] [--port-file P]
"""

import argparse
import hashlib
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

OWNER, REPO = "o", "r"


def user_json(login, base):
    return {
        "login": login, "id": 583231, "node_id": "MDQ6VXNlcjU4MzIzMQ==",
        "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4", "gravatar_id": "",
        "url": f"{base}/users/{login}", "html_url": f"https://github.com/{login}",
        "followers_url": f"{base}/users/{login}/followers",
        "following_url": f"{base}/users/{login}/following{{/other_user}}",
        "gists_url": f"{base}/users/{login}/gists{{/gist_id}}",
        "starred_url": f"{base}/users/{login}/starred{{/owner}}{{/repo}}",
        "subscriptions_url": f"{base}/users/{login}/subscriptions",
        "organizations_url": f"{base}/users/{login}/orgs",
        "repos_url": f"{base}/users/{login}/repos",
        "events_url": f"{base}/users/{login}/events{{/privacy}}",
        "received_events_url": f"{base}/users/{login}/received_events",
        "type": "User", "site_admin": False,
    }


def issue_json(i, base):
    n = i["number"]
    repo_url = f"{base}/repos/{OWNER}/{REPO}"
    labels = [{
        "id": 1000 + k, "node_id": "MDU6TGFiZWwyMDgwNDU5NDY=",
        "url": f"{repo_url}/labels/{name.replace(' ', '%20').replace(':', '%3A')}",
        "name": name, "description": None, "color": "ededed", "default": False,
    } for k, name in enumerate(i["labels"])]
    assignees = [user_json(a, base) for a in i["assignees"]]
    return {
        "id": 1_000_000 + n, "node_id": "MDU6SXNzdWUx",
        "url": f"{repo_url}/issues/{n}", "repository_url": repo_url,
        "labels_url": f"{repo_url}/issues/{n}/labels{{/name}}",
        "comments_url": f"{repo_url}/issues/{n}/comments",
        "events_url": f"{repo_url}/issues/{n}/events",
        "html_url": f"https://github.com/{OWNER}/{REPO}/issues/{n}",
        "number": n, "state": "open", "state_reason": None,
        "title": i["title"], "body": i["body"], "user": user_json(i["author"], base),
        "labels": labels, "assignee": assignees[0] if assignees else None, "assignees": assignees,
        "milestone": None, "locked": False, "active_lock_reason": None, "comments": 0,
        "closed_at": None, "created_at": i["created_at"], "updated_at": i["updated_at"],
        "closed_by": None, "author_association": "CONTRIBUTOR",
    }


def etagged(body, link):
    """Returns (body bytes, link, ETag): the ETag hashes both, like GitHub's."""
    data = body.encode()
    etag = 'W/"' + hashlib.sha1(link.encode() + b"\n" + data).hexdigest() + '"'
    return data, link, etag


class Fake:
    def __init__(self, issues, latency):
        self.issues = issues
        self.latency = latency
        self.lock = threading.Lock()
        self.rendered = {}  # (base, number) -> JSON text
        self.pages = {}  # (base, query) -> (body bytes, Link, ETag)
        self.reset()

    def reset(self):
        with self.lock:
            self.stats = {"requests": 0, "ok": 0, "not_modified": 0, "bytes": 0, "by_path": {}}

    def count(self, path, status, size):
        with self.lock:
            s = self.stats
            s["requests"] += 1
            kind = {200: "ok", 304: "not_modified"}.get(status, "other")
            s[kind] = s.get(kind, 0) + 1
            s["bytes"] += size
            s["by_path"][path] = s["by_path"].get(path, 0) + 1

    def touch(self):
        with self.lock:
            last = self.issues[-1]
            last["title"] += " (edited)"
            self.rendered = {k: v for k, v in self.rendered.items() if k[1] != last["number"]}
            self.pages = {}

    def render(self, i, base):
        key = (base, i["number"])
        text = self.rendered.get(key)
        if text is None:
            text = json.dumps(issue_json(i, base), separators=(",", ":"))
            self.rendered[key] = text
        return text


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake = None

    def log_message(self, *args):
        pass

    def send(self, status, body, headers=(), counted=True, path=""):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if data:
            self.wfile.write(data)
        if counted:
            self.fake.count(path, status, len(data))

    def do_POST(self):
        path = urlsplit(self.path).path
        if path == "/__reset":
            self.fake.reset()
            return self.send(200, "{}", counted=False)
        if path == "/__touch":
            self.fake.touch()
            return self.send(200, "{}", counted=False)
        self.send(404, '{"message":"Not Found"}', counted=False)

    def do_GET(self):
        f = self.fake
        url = urlsplit(self.path)
        path, q = url.path, parse_qs(url.query)
        if path == "/__stats":
            with f.lock:
                return self.send(200, json.dumps(f.stats), counted=False)
        time.sleep(f.latency)
        base = f"http://{self.headers.get('Host', '127.0.0.1')}"
        if path == "/user":
            return self.send(200, json.dumps(user_json("octocat", base)), [("X-OAuth-Scopes", "repo")], path=path)
        if path == f"/repos/{OWNER}/{REPO}":
            perms = {"admin": False, "maintain": False, "push": True, "triage": True, "pull": True}
            return self.send(200, json.dumps({"id": 1, "name": REPO, "full_name": f"{OWNER}/{REPO}",
                                              "permissions": perms}), path=path)
        if path == "/search/issues":
            # Every generated issue keeps its labels: nothing lost them.
            body = '{"total_count":0,"incomplete_results":false,"items":[]}'
            return self.conditional(path, body, "")
        if path == f"/repos/{OWNER}/{REPO}/issues":
            key = (base, url.query)
            with f.lock:
                answer = f.pages.get(key)
            if answer is None:
                answer = self.issues_page(base, path, url.query, q)
                with f.lock:
                    f.pages[key] = answer
            return self.conditional(path, *answer)
        self.send(404, '{"message":"Not Found"}', path=path)

    def issues_page(self, base, path, query, q):
        """Renders one page of the issue list: (body bytes, Link, ETag)."""
        f = self.fake
        state = q.get("state", ["open"])[0]
        want = [l for l in q.get("labels", [""])[0].split(",") if l]
        per_page = max(1, min(100, int(q.get("per_page", ["30"])[0])))
        page = max(1, int(q.get("page", ["1"])[0]))
        with f.lock:
            items = [i for i in f.issues
                     if state in ("all", "open") and all(w in i["labels"] for w in want)]
            if q.get("direction", ["asc"])[0] == "desc":
                items.reverse()
            pages = max(1, -(-len(items) // per_page))
            chunk = items[(page - 1) * per_page: page * per_page]
            body = "[" + ",".join(f.render(i, base) for i in chunk) + "]"
        others = [kv for kv in query.split("&") if kv and not kv.startswith("page=")]
        link_to = lambda p: f"<{base}{path}?{'&'.join(others + [f'page={p}'])}>"
        links = []
        if page < pages:
            links += [f'{link_to(page + 1)}; rel="next"', f'{link_to(pages)}; rel="last"']
        if page > 1:
            links += [f'{link_to(1)}; rel="first"', f'{link_to(page - 1)}; rel="prev"']
        return etagged(body, ", ".join(links))

    def conditional(self, path, body, link, etag=None):
        if etag is None:
            body, link, etag = etagged(body, link)
        headers = [("ETag", etag)] + ([("Link", link)] if link else [])
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, b"", headers, path=path)
        self.send(200, body, headers, path=path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--issues-file", required=True)
    ap.add_argument("--latency-ms", type=float, default=50)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--port-file")
    a = ap.parse_args()
    issues = json.load(open(a.issues_file))
    Handler.fake = Fake(issues, a.latency_ms / 1000)
    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 128
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    port = srv.server_address[1]
    if a.port_file:
        with open(a.port_file + ".tmp", "w") as fh:
            fh.write(str(port))
        import os
        os.replace(a.port_file + ".tmp", a.port_file)
    print(f"fake GitHub on http://127.0.0.1:{port} ({len(issues)} issues, {a.latency_ms:g} ms)", file=sys.stderr)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
