"""What the demo loaders share: calls to a module's REST API as a demo user, and instants relative to the demo day.

    sys.path.insert(0, os.path.dirname(HERE)); from demo_api import Api, ApiError, at, DEMO_DAY

Standard library only. Every demo user's password is asylon-demo (demo only, never in production).
"""
import base64
import datetime as dt
import json
import os
import urllib.error
import urllib.request

PASSWORD = "asylon-demo"

# The day the demo data was first loaded into this data directory (./run.sh keeps it there); default today.
DEMO_DAY = dt.date.fromisoformat(os.environ.get("ASYLON_DEMO_DAY") or dt.date.today().isoformat())


class ApiError(Exception):
    pass


class Api:
    def __init__(self, base, module):
        self.base = base.rstrip("/") + f"/{module}/api/v1/"

    def call(self, user, method, path, body=None, key=None, etag=None, ok=(200, 201), absent_ok=False):
        """Returns (status, body as JSON or None, ETag); a 404 is (404, None, None) when absent_ok.
        Any other status outside ok raises ApiError with the answer."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method)
        token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
        request.add_header("Authorization", "Basic " + token)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if key:
            request.add_header("Idempotency-Key", key)
        if etag:
            request.add_header("If-Match", etag)
        try:
            with urllib.request.urlopen(request, timeout=60) as reply:
                status, text, tag = reply.status, reply.read().decode("utf-8"), reply.headers.get("ETag")
        except urllib.error.HTTPError as e:
            status, text, tag = e.code, e.read().decode("utf-8", "replace"), None
        if status == 404 and absent_ok:
            return status, None, None
        if status not in ok:
            raise ApiError(f"{method} {path} as {user} ({key or etag or 'no key'}) answered {status}: {text[:600]}")
        return status, (json.loads(text) if text.strip() else None), tag

    def get(self, user, path):
        return self.call(user, "GET", path)[1]

    def create(self, user, path, key, body):
        return self.call(user, "POST", path, body=body, key=key)[1]


def at(days_before, hhmm):
    """An instant days_before the demo day at hh:mm UTC, as RFC 3339."""
    day = DEMO_DAY - dt.timedelta(days=days_before)
    return f"{day.isoformat()}T{hhmm}:00Z"
