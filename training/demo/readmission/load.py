#!/usr/bin/env python3
"""Loads the readmission demo: two states exchanging requests through their readmission modules, as their
liaison desks would, with time played forward so that periods pass in seconds.

    training/demo/readmission/load.py BASE_URL PARTNER_BASE_URL
        (e.g. http://127.0.0.1:8080 http://127.0.0.1:8081; ./run.sh calls it through training/demo/load.sh)

BASE_URL is the suite (this state, NLD under ./run.sh); PARTNER_BASE_URL a second Payara Micro with only the
readmission module (the demo partner state, FRA). Both modules read their clock offset from a file
(asylon.readmission.clock.offset-file, training only): ASYLON_READMISSION_CLOCK_OFFSET_FILE and
ASYLON_PARTNER_CLOCK_OFFSET_FILE name the two files. The loader starts both clocks months in the past and
moves them forward step by step to PT0S, acting at each step and waiting for the modules' own jobs (reply
periods, transfer periods, the courier) to do what the law says when a period passes; when it ends both
clocks are at real time. A third state, Albania, is played by the loader itself: its one call to the state API
is signed exactly as a partner's system signs it (SignAsPartner.java, run by the `java` that runs the suite),
with a key pair made once in ASYLON_DATA_DIR.

Every creating POST has a fixed Idempotency-Key (demo-readmission-...), and every step reads the records first
and is skipped when it is done (the module forgets the answers to the keys after its idempotency retention,
and the clock moves): loading again creates and changes nothing and moves no clock. See README.md.
Standard library only.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from demo_api import Api, ApiError  # noqa: E402 (the shared helper lives one folder up)

LIAISON, AUTHORITY = "liaison.officer", "readmission.authority"
THIRD = "ALB"
THIRD_KEY_ID = "alb-demo-1"
THIRD_ENDPOINT = "https://readmission.alb.invalid/readmission"  # not reachable: nothing is sent to it
THIRD_REFERENCE = "ALB-RA-DEMO-0001"

# The days before now (the real day of loading) at which each step happens.
LAPSED_SENT, LAPSED_DECIDED = 212, 211   # accepted ~7 months ago; its 6-month period ran out (3 under an agreement)
SILENT_SENT = 21                          # a take-back notification sent 3 weeks ago, left unanswered
PARTNER_SENT, THIRD_SENT, DESK_ACCEPTED = 5, 4, 3


# ---- the two clocks ------------------------------------------------------------------------------------

DURATION = re.compile(r"^([-+]?)P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def parse_duration(text):
    """An ISO-8601 duration as java.time.Duration.parse reads the ones this loader and run.sh write."""
    m = DURATION.match(text.strip() or "PT0S")
    if not m:
        raise ApiError(f"cannot read the clock offset '{text.strip()}' (days, hours, minutes, seconds only)")
    sign = -1 if m.group(1) == "-" else 1
    days, hours, minutes, seconds = (float(g) if g else 0.0 for g in m.groups()[1:])
    return sign * dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


class Clocks:
    """Both states' clock offsets, moved together (the tokens between them allow 2 minutes of skew)."""

    def __init__(self, files):
        self.files = files
        self.moves = 0

    def offset(self):
        if not os.path.isfile(self.files[0]):
            return dt.timedelta(0)
        with open(self.files[0], encoding="utf-8") as f:
            return parse_duration(f.read())

    def now(self):
        """The modules' time: the real time plus the offset."""
        return dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + self.offset()

    def days_ago(self, days):
        """Moves both clocks to `days` before the real time (0: the real time)."""
        self.write(f"-P{days}D" if days else "PT0S")

    def just_after(self, at, days_ago_at_most):
        """Moves both clocks forward to an hour after `at` (the end of a period, so that the job that applies it
        runs about then), but to no later than `days_ago_at_most` before the real time; never backward."""
        real = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        behind = max(int((real - (at + dt.timedelta(hours=1))).total_seconds()), days_ago_at_most * 86400)
        if dt.timedelta(seconds=-behind) > self.offset():
            self.write(f"-PT{behind}S")

    def write(self, text):
        current = [open(f, encoding="utf-8").read().strip() if os.path.isfile(f) else "" for f in self.files]
        if all(parse_duration(c or "PT0S") == parse_duration(text) for c in current):
            return
        for f in self.files:
            with open(f + ".tmp", "w", encoding="utf-8") as out:
                out.write(text + "\n")
            os.replace(f + ".tmp", f)
        self.moves += 1


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def instant(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.timezone.utc)


def until(what, check, seconds=90):
    """Waits for one of the modules' jobs (every 1-2 s in the demo run) to do what `what` says."""
    deadline = time.time() + seconds
    while True:
        found = check()
        if found:
            return found
        if time.time() > deadline:
            raise ApiError(f"not within {seconds} s: {what}")
        time.sleep(0.5)


# ---- the situations, under whatever regimes the active profile binds ------------------------------------

PEOPLE = {
    "lapsed": {"name": {"surname": "Tekle", "givenNames": "Yonas"}, "dateOfBirth": "1996-04-11", "sex": "M",
               "nationality": ["ERI"], "eurodacReference": "FR1-2026-004211", "languages": ["Tigrinya"]},
    "silent": {"name": {"surname": "Noorzai", "givenNames": "Bashir"}, "dateOfBirth": "1999-09-02", "sex": "M",
               "nationality": ["AFG"], "eurodacReference": "FR1-2026-017733", "languages": ["Pashto", "Dari"]},
    "incoming": {"name": {"surname": "Diallo", "givenNames": "Amina"}, "dateOfBirth": "2001-02-17", "sex": "F",
                 "nationality": ["GIN"], "languages": ["French", "Pular"]},
    "third": {"name": {"surname": "Nazarov", "givenNames": "Rustam"}, "dateOfBirth": "1990-12-05", "sex": "M",
              "nationality": ["TJK"], "languages": ["Tajik", "Russian"], "entryDate": "2026"},
}

EVIDENCE = {  # by category, the first one the regime accepts is used
    "eurodac-hit": "Eurodac category 1 hit: fingerprints taken when an application was lodged in the requested "
                   "state (training example)",
    "visa-or-residence-document": "Schengen visa issued by the requested state's consulate, valid at the time of "
                                  "entry (training example)",
    "travel-document": "Passport copy with the requested state's entry stamp (training example)",
    "entry-stamp": "Entry stamp of the requested state in the person's passport (training example)",
    "statement": "The person's detailed statement of the route through the requested state (training example)",
}


class Loader:
    def __init__(self, base, partner_base):
        self.here = Api(base, "readmission")
        self.there = Api(partner_base, "readmission")
        self.base = base.rstrip("/")
        self.partner_base = partner_base.rstrip("/")
        files = [os.environ.get("ASYLON_READMISSION_CLOCK_OFFSET_FILE"), os.environ.get("ASYLON_PARTNER_CLOCK_OFFSET_FILE")]
        if not all(files):
            raise ApiError("ASYLON_READMISSION_CLOCK_OFFSET_FILE and ASYLON_PARTNER_CLOCK_OFFSET_FILE must name the two "
                           "modules' clock offset files (./run.sh sets them): the demo plays time forward")
        self.clocks = Clocks(files)
        self.keys = os.path.join(os.environ.get("ASYLON_DATA_DIR") or os.path.dirname(files[0]), "readmission-demo")
        self.changes = 0
        self.lines = []

    # ---- calls -----------------------------------------------------------------------------------------

    def create(self, api, user, path, key, body):
        self.changes += 1
        return api.create(user, path, key, body)

    def change(self, api, user, path, body, read_path):
        """A change on a record: read it for its ETag, then send it in If-Match."""
        tag = api.call(user, "GET", read_path)[2]
        self.changes += 1
        return api.call(user, "POST", path, body=body, etag=tag)[1]

    # ---- regimes and partners --------------------------------------------------------------------------

    def choose_regimes(self):
        self.regimes = {r["code"]: r for r in self.here.get(LIAISON, "regimes")}
        partner = {r["code"] for r in self.there.get(LIAISON, "regimes")}
        if set(self.regimes) != partner:
            raise ApiError(f"the two states' profiles bind different regimes ({sorted(self.regimes)} here, "
                           f"{sorted(partner)} at the partner): start both with the same ASYLON_PROFILE")
        kinds = {c: [k["code"] for k in r["requestKinds"]] for c, r in self.regimes.items()}

        def first(*wanted):
            return next((w for w in wanted if w[0] in kinds and w[1] in kinds[w[0]]), None)

        agreement = next((c for c, k in kinds.items() if "readmission-application" in k), None)
        fallback = (agreement, "readmission-application") if agreement else None
        self.plan = {
            # a transfer period that ran out: Dublin III says responsibility shifts (Art 29(2))
            "lapsed": first(("dublin-iii", "take-back-request"), ("eu-ammr", "take-back-notification")) or fallback,
            "silent": first(("eu-ammr", "take-back-notification"), ("dublin-iii", "take-back-request")) or fallback,
            "incoming": first(("eu-ammr", "take-charge"), ("dublin-iii", "take-charge")) or fallback,
            "third": first(("ec-albania", "readmission-application")) or fallback,
        }
        if None in self.plan.values():
            raise ApiError(f"the profile's regimes ({', '.join(sorted(kinds))}) have no request kind this demo uses")
        member = sorted({self.plan[s][0] for s in ("lapsed", "silent", "incoming")})
        self.partner_regimes = member
        if "eu-ammr" not in self.regimes:
            self.lines.append(f"the profile binds {', '.join(sorted(self.regimes))}, not eu-ammr: the same situations "
                              f"are loaded under {', '.join(sorted({r for r, _ in self.plan.values()}))} "
                              f"({', '.join(sorted({k for _, k in self.plan.values()}))})")

    def register(self, at, other, name, endpoint, regimes, key_id, public_key):
        """`at` registers `other` with its endpoint, regimes and signing key, unless it has already."""
        status, p, _ = at.call(AUTHORITY, "GET", f"partner-states/{other}", absent_ok=True)
        body = {"country": other, "name": name, "endpoint": endpoint, "regimes": regimes}
        if status == 404:
            p = self.create(at, AUTHORITY, "partner-states", f"demo-readmission-partner-{other}", body)
        elif p["endpoint"] != endpoint or sorted(p["regimes"]) != sorted(regimes) or not p["active"]:
            # another port or another profile than at the first loading
            tag = at.call(AUTHORITY, "GET", f"partner-states/{other}")[2]
            self.changes += 1
            p = at.call(AUTHORITY, "PUT", f"partner-states/{other}", body=dict(body, active=True), etag=tag)[1]
        keys = {k["keyId"]: k for k in p.get("keys", [])}
        if key_id not in keys:
            self.create(at, AUTHORITY, f"partner-states/{other}/keys", f"demo-readmission-key-{other}-{key_id}",
                        {"keyId": key_id, "publicKey": public_key})
        elif pem_body(keys[key_id]["publicKey"]) != pem_body(public_key):
            raise ApiError(f"{other}'s key {key_id} registered earlier is not the key it signs with now (was one data "
                           f"directory removed without the other?): start again on an empty ASYLON_DATA_DIR")

    def partners(self):
        here, there = self.here.get(AUTHORITY, "own-state"), self.there.get(AUTHORITY, "own-state")
        if not here["country"] or not there["country"] or here["country"] == there["country"]:
            raise ApiError(f"the two states need two different codes (asylon.readmission.state): "
                           f"{here['country']} and {there['country']}")
        self.us, self.them = here["country"], there["country"]
        self.register(self.here, self.them, f"{self.them} Dublin unit (demo partner state)",
                      self.partner_base + "/readmission", self.partner_regimes, there["keyId"], there["publicKey"])
        self.register(self.there, self.us, f"{self.us} Dublin unit (the suite)", self.base + "/readmission",
                      self.partner_regimes, here["keyId"], here["publicKey"])
        self.register(self.here, THIRD, "Albania readmission desk (played by the demo loader; not reachable)",
                      THIRD_ENDPOINT, [self.plan["third"][0]], THIRD_KEY_ID, self.sign("key", self.third_key()))

    # ---- requests --------------------------------------------------------------------------------------

    def person(self, who, regime):
        shared = {i["code"] for i in self.regimes[regime]["sharedFields"]}
        camel = {re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), k): k for k in PEOPLE[who]}
        return {key: PEOPLE[who][key] for code, key in camel.items() if code in shared}

    def evidence(self, regime, wanted):
        accepted = [i["code"] for i in self.regimes[regime]["proof"] + self.regimes[regime]["circumstantial"]]
        category = next((c for c in wanted if c in accepted), None) or next(c for c in EVIDENCE if c in accepted)
        return {"category": category, "description": EVIDENCE[category]}

    def outgoing(self, api, user, who, reference, target, regime, kind, hit, days_ago):
        """The request with this originReference at `api`, drafted and sent `days_ago` if it is not there."""
        found = [r for r in api.get(user, "requests?direction=OUTGOING&limit=500")
                 if r.get("originReference") == reference]
        if found and found[0]["state"] != "DRAFT":
            return found[0]
        self.clocks.days_ago(days_ago)
        if found:  # drafted by a loading that stopped before sending it
            return self.change(api, user, f"requests/{found[0]['id']}/sending", None, f"requests/{found[0]['id']}")
        now = self.clocks.now()
        hit = hit and "eurodac-hit" in [i["code"] for i in self.regimes[regime]["proof"]]
        anchor = iso(now - dt.timedelta(days=2 if hit else 12))
        body = {"partnerState": target, "regime": regime, "kind": kind, "grounds": {"hitBased": hit},
                "origin": "DESK", "originReference": reference, "person": self.person(who, regime),
                "notes": "Training example: every person in the demo is invented.",
                "anchors": {"hitReceivedAt": anchor} if hit else {"applicationRegisteredAt": anchor,
                                                                    "irregularStayKnownAt": anchor},
                "evidence": [self.evidence(regime, ["eurodac-hit"] if hit else ["visa-or-residence-document"])]}
        r = self.create(api, user, "requests", f"demo-readmission-{reference}", body)
        return self.change(api, user, f"requests/{r['id']}/sending", None, f"requests/{r['id']}")

    def received(self, api, sender, request_id):
        """The partner's copy of a request, once the courier has delivered it."""
        def find():
            return next((r for r in api.get(LIAISON, f"requests?direction=INCOMING&partnerState={sender}&limit=500")
                         if r.get("partnerReference") == request_id), None)
        return until(f"the request {request_id} of {sender} reached its partner", find)

    def reply(self, api, request, decision, reasons, days_ago):
        if request["state"] != "AWAITING_REPLY":
            return request
        self.clocks.days_ago(days_ago)
        return self.change(api, LIAISON, f"requests/{request['id']}/reply",
                           {"decision": decision, "reasons": reasons}, f"requests/{request['id']}")

    def transfer(self, api, request_id, states=None):
        """The transfer of an accepted request, waited for (it opens with the acceptance) in one of `states`."""
        def find():
            found = api.get(LIAISON, f"transfers?requestId={request_id}")
            return found[0] if found and (states is None or found[0]["state"] in states) else None
        return until(f"the transfer of request {request_id} " + (f"is {'/'.join(states)}" if states else "opened"), find)

    def state_of(self, api, request_id, states):
        return until(f"request {request_id} is {'/'.join(states)}",
                     lambda: (lambda r: r if r["state"] in states else None)(api.get(LIAISON, f"requests/{request_id}")))

    # ---- Albania, played by the loader --------------------------------------------------------------------

    def third_key(self):
        return os.path.join(self.keys, f"{THIRD}-signing-key.pem")

    def sign(self, *args):
        java = os.environ.get("JAVA", "java")
        done = subprocess.run([java, os.path.join(HERE, "SignAsPartner.java"), *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise ApiError(f"SignAsPartner.java {args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def third_state_request(self):
        regime, kind = self.plan["third"]
        known = [r for r in self.here.get(LIAISON, f"requests?direction=INCOMING&partnerState={THIRD}&limit=500")
                 if r.get("partnerReference") == THIRD_REFERENCE]
        if known:
            return known[0]
        self.clocks.days_ago(THIRD_SENT)
        now = self.clocks.now()
        body = {"reference": THIRD_REFERENCE, "regime": regime, "kind": kind,
                "grounds": {"hitBased": False, "detained": False, "urgent": False},
                "person": self.person("third", regime),
                "evidence": [self.evidence(regime, ["visa-or-residence-document"])], "sentAt": iso(now)}
        text = json_text(body)
        path = "/api/v1/state/requests"
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".json", delete=False) as f:
            f.write(text)
        try:
            token = self.sign("token", self.third_key(), THIRD_KEY_ID, THIRD, self.us, str(int(now.timestamp())),
                              f"demo-{THIRD_REFERENCE}", "POST", path, f.name)
        finally:
            os.unlink(f.name)
        call = urllib.request.Request(self.base + "/readmission" + path, data=text.encode("utf-8"), method="POST",
                                      headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                               "Accept": "application/json"})
        try:
            with urllib.request.urlopen(call, timeout=60) as answer:
                status = answer.status
        except urllib.error.HTTPError as e:
            raise ApiError(f"{THIRD}'s signed request answered {e.code}: {e.read().decode('utf-8', 'replace')[:600]}")
        if status not in (200, 201):
            raise ApiError(f"{THIRD}'s signed request answered {status}")
        self.changes += 1
        return self.received(self.here, THIRD, THIRD_REFERENCE)

    # ---- the run ---------------------------------------------------------------------------------------

    def run(self):
        self.choose_regimes()
        self.partners()

        # 1. ~7 months ago: a request to the partner, accepted at once, the transfer decided and never carried out
        regime, kind = self.plan["lapsed"]
        lapsed = self.outgoing(self.here, LIAISON, "lapsed", "DEMO-RA-01-LAPSED", self.them, regime, kind,
                               True, LAPSED_SENT)
        lapsed_there = self.received(self.there, self.us, lapsed["id"])
        self.reply(self.there, lapsed_there, "CONFIRMED" if kind == "take-back-notification" else "ACCEPTED",
                   None, LAPSED_SENT)
        t = self.transfer(self.here, lapsed["id"])
        if t["state"] == "AWAITING_DECISION":
            self.clocks.days_ago(LAPSED_DECIDED)
            notified = self.clocks.now() - dt.timedelta(hours=1)
            t = self.change(self.here, AUTHORITY, f"transfers/{t['id']}/decision", {"notifiedAt": iso(notified)},
                            f"transfers/{t['id']}")
        if t["state"] in ("AWAITING_DECISION", "DECIDED"):
            # the transfer period runs out: both sides let the transfer lapse, the regime says who is responsible
            self.clocks.just_after(instant(t["periodEndsAt"]), SILENT_SENT)
        lapsed_transfer = self.transfer(self.here, lapsed["id"], ("LAPSED", "EXECUTED", "CANCELLED"))
        lapsed_there_transfer = self.transfer(self.there, lapsed_there["id"], ("LAPSED", "EXECUTED", "CANCELLED"))

        # 2. 3 weeks ago: a take-back notification the partner leaves unanswered
        regime, kind = self.plan["silent"]
        silent = self.outgoing(self.here, LIAISON, "silent", "DEMO-RA-02-SILENCE", self.them, regime, kind,
                               True, SILENT_SENT)
        silent_there = self.received(self.there, self.us, silent["id"])

        # its reply period passes in silence: the system confirms it on both sides (the requesting state a grace
        # day later, asylon.readmission.tacit-grace, for a reply still on its way; the acceptance dates from the end)
        if silent_there["state"] == "AWAITING_REPLY" or silent["state"] == "AWAITING_REPLY":
            self.clocks.just_after(instant(silent_there["replyDeadline"]["passesAt"]) + dt.timedelta(days=1, hours=1),
                                   PARTNER_SENT)
        tacit = ("TACITLY_ACCEPTED", "ACCEPTED")
        silent = self.state_of(self.here, silent["id"], tacit)
        silent_there = self.state_of(self.there, silent_there["id"], tacit)

        # 3. a few days ago: the partner's take-charge request, accepted by this state's desk
        regime, kind = self.plan["incoming"]
        theirs = self.outgoing(self.there, LIAISON, "incoming", "DEMO-RA-03-FROM-PARTNER", self.us, regime, kind,
                               False, PARTNER_SENT)
        incoming = self.received(self.here, self.them, theirs["id"])

        # 4. Albania's readmission application, left awaiting its reply
        third = self.third_state_request()

        incoming = self.reply(self.here, incoming, "ACCEPTED", "Visa issued by this state; responsibility accepted",
                              DESK_ACCEPTED)
        incoming = self.state_of(self.here, incoming["id"], ("ACCEPTED", "TACITLY_ACCEPTED"))
        self.state_of(self.there, theirs["id"], ("ACCEPTED", "TACITLY_ACCEPTED"))

        # back to real time: every state as the law leaves it today
        self.clocks.days_ago(0)
        self.summary(lapsed, lapsed_transfer, lapsed_there_transfer, silent, incoming, theirs, third)

    def summary(self, lapsed, lapsed_transfer, lapsed_there_transfer, silent, incoming, theirs, third):
        silent = self.here.get(LIAISON, f"requests/{silent['id']}")
        third = self.here.get(LIAISON, f"requests/{third['id']}")
        notice = next((n["text"] for n in self.here.get(LIAISON, f"requests/{lapsed['id']}/notices")
                       if n["kind"] == "transfer-lapsed"), "")
        responsible = notice.split(": ", 1)[1] if ": " in notice else lapsed_transfer["state"]
        silent_transfer = self.transfer(self.here, silent["id"])
        incoming_transfer = self.transfer(self.here, incoming["id"])
        their_transfer = self.transfer(self.there, theirs["id"])
        due = (third.get("replyDeadline") or {}).get("deadline", {}).get("due")
        consequence = (third.get("replyDeadline") or {}).get("consequence", "")
        lines = self.lines + [
            f"{self.changes} change(s) made by this run, the two clocks moved {self.clocks.moves} time(s); "
            f"this state {self.us}, the partner {self.them} at {self.partner_base}, {THIRD} played by the loader",
            f"to {self.them}, {silent['regime']} {silent['kind']} {short(silent['id'])} (Noorzai): no reply, "
            f"{silent['state']} ({(silent.get('reply') or {}).get('decision', '')} by silence); its transfer "
            f"{silent_transfer['state']} by {silent_transfer['periodEndsAt'][:10]}",
            f"from {self.them}, {incoming['regime']} {incoming['kind']} {short(incoming['id'])} (Diallo): "
            f"{incoming['state']} by the desk; the transfer {incoming_transfer['state']} here, "
            f"{their_transfer['state']} at {self.them}",
            f"from {THIRD}, {third['regime']} {third['kind']} {short(third['id'])} (Nazarov): {third['state']}, "
            f"reply due {due}; if not, {consequence}",
            f"to {self.them}, {lapsed['regime']} {lapsed['kind']} {short(lapsed['id'])} (Tekle): accepted, the "
            f"transfer {lapsed_transfer['state']} here and {lapsed_there_transfer['state']} at {self.them}: "
            f"{responsible}",
        ]
        print("  in readmission (training/demo/readmission/README.md):")
        for line in lines:
            print(textwrap.fill(line, width=118, initial_indent="  - ", subsequent_indent="    ",
                                break_on_hyphens=False))


def short(request_id):
    return request_id.split("-")[0]


def json_text(body):
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def pem_body(pem):
    return re.sub(r"-----[A-Z ]+-----|\s", "", pem or "")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        Loader(sys.argv[1], sys.argv[2]).run()
    except ApiError as e:
        sys.exit(f"readmission demo data: {e}")
