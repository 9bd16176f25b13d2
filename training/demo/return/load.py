#!/usr/bin/env python3
"""Loads the return demo data through the return REST API, as a state's own system would.

    training/demo/return/load.py BASE_URL        (e.g. http://127.0.0.1:8080)

Four desk cases, one file each (NN-*.json): a voluntary departure with assisted voluntary return by IOM; a work
permit that ends a case instead of a return; a removal the gate refuses at the airport after a new request for
protection; a removal carried out with a forced-return monitor and a post-return report. The cases RSD's feed
opened (RSD's demo) are counted, not changed. See README.md.

Every creating POST has a fixed Idempotency-Key (demo-return-NN-...), and every step reads the record first and
is skipped when it is done, so loading again creates and changes nothing (the module forgets the answers to the
keys after its idempotency retention, 30 days by default: the reads keep a later reload from doubling anything).
The API stamps cases, decisions, referrals and operations with the server's clock and refuses a notification, a
departure or a contact dated before them, so the times of later steps are read back from those records (the same
on every reload) rather than counted from the demo day. Works under every reference profile: the decision ground,
the shortening ground and the alternative outcome are read from GET /profile/rules, and every step through the
gate carries the officer's check with the asylum authority (NO_CLAIM), so the same data loads where RSD is not
deployed. Standard library only.
"""
import datetime as dt
import json
import os
import sys
import textwrap
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from demo_api import Api, ApiError  # noqa: E402 (the shared helper lives one folder up)

OFFICER, OPERATIONS, PARTNER, MONITOR = "return.officer", "return.operations", "partner.iom", "monitor"


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def now():
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def instant(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.timezone.utc)


def not_before(recorded):
    """Now, and no earlier than the recorded instant's next whole second (the API keeps fractions of a second and
    refuses a time before the record or ahead of its clock): waits for that second if it has not passed."""
    t = instant(recorded)
    wait = (t.replace(microsecond=0) + dt.timedelta(seconds=1) - dt.datetime.now(dt.timezone.utc)).total_seconds()
    if wait > 0:
        time.sleep(wait)
    return now()


class Loader:
    def __init__(self, base):
        self.api = Api(base, "return")
        self.rules = {r["rule"]: r for r in self.api.get(OFFICER, "profile/rules?prefix=return.")}
        self.changes = 0

    def create(self, user, path, key, body):
        self.changes += 1
        return self.api.create(user, path, key, body)

    def change(self, user, method, path, body, read_path, ok=(200, 201)):
        """A change on a record: read it for its ETag, then send it in If-Match."""
        tag = self.api.call(user, "GET", read_path)[2]
        self.changes += 1
        return self.api.call(user, method, path, body=body, etag=tag, ok=ok)

    def pick(self, rule, wanted):
        """wanted if the active profile lists it under rule, otherwise the profile's first item."""
        codes = [item["code"] for item in self.rules.get(rule, {}).get("items", [])]
        if not codes:
            raise ApiError(f"the active profile lists no {rule}")
        return wanted if wanted in codes else codes[0]

    @staticmethod
    def protection_check():
        """The officer's check with the asylum authority, given at every step: the gate needs it where RSD's feed is
        not followed or cannot be read at that moment, and where it reads the feed a check can only add a bar."""
        checked = now() - dt.timedelta(minutes=2)
        return {"protectionCheck": {"source": "Asylum authority's register (training example)",
                                    "reference": f"DEMO-CHECK-{checked:%Y%m%d-%H%M}", "checkedAt": iso(checked),
                                    "finding": "NO_CLAIM"}}

    # ---- the case and its decision ----------------------------------------------------------------

    def case(self, nn, spec):
        known = [c for c in self.api.get(OFFICER, "cases?state=all&limit=500")
                 if c.get("originReference") == spec["originReference"]]
        return known[0] if known else self.create(OFFICER, "cases", f"demo-return-{nn}-case", spec)

    def decision(self, nn, case, spec):
        """The case's latest decision, issued on the profile's ground and notified."""
        issued = self.api.get(OFFICER, f"cases/{case['id']}/decisions")
        if issued:
            d = issued[0]
        else:
            body = {"groundCode": self.pick("return.decision.grounds", spec["ground"]), "reasons": spec["reasons"],
                    "countryOfReturn": {"country": case["nationalities"][0], "basis": "NATIONALITY"}}
            period = spec.get("voluntaryDeparture")
            if period:
                ground = self.pick("return.voluntary-departure.shortening-grounds", period["shorteningGround"])
                body["voluntaryDeparture"] = {"days": period["days"], "shorteningGrounds": [ground],
                                              "reasons": period["reasons"]}
            if "entryBan" in spec:
                body["entryBan"] = spec["entryBan"]
            d = self.create(OFFICER, f"cases/{case['id']}/decisions", f"demo-return-{nn}-decision", body)
        if d["status"] == "ISSUED":
            # handed to the person when it was issued: the period for voluntary departure runs from now
            body = dict(spec["notification"], notifiedAt=iso(not_before(d["decidedAt"])))
            d = self.change(OFFICER, "POST", f"decisions/{d['id']}/notification", body, f"decisions/{d['id']}")[1]
        return d

    # ---- 1. voluntary departure with assisted voluntary return ---------------------------------------

    def avrr(self, nn, spec):
        case = self.case(nn, spec["case"])
        self.decision(nn, case, spec["decision"])
        partner = self.partner(spec["partner"])
        referrals = [r for r in self.api.get(OFFICER, f"avrr-referrals?caseId={case['id']}")
                     if r["partnerId"] == partner["id"] and r["status"] != "CONSENT_WITHDRAWN"]
        referral = referrals[0] if referrals else self.create(
            OFFICER, f"cases/{case['id']}/avrr-referrals", f"demo-return-{nn}-referral",
            {"partnerId": partner["id"], "consent": {"given": True}})
        path = f"avrr-referrals/{referral['id']}"
        if referral["status"] == "ACTIVE":
            if not self.api.get(PARTNER, path + "/counselling-sessions"):
                self.create(PARTNER, path + "/counselling-sessions", f"demo-return-{nn}-counselling",
                            spec["counselling"])
            body = dict(self.protection_check(),
                        departedAt=iso(not_before(referral["referredAt"])))
            referral = self.change(OFFICER, "POST", path + "/departure", body, path)[1]
        if not self.api.get(PARTNER, path + "/reports"):
            self.create(PARTNER, path + "/reports", f"demo-return-{nn}-report", spec["report"])
        return self.api.get(OFFICER, f"cases/{case['id']}")

    def partner(self, spec):
        """IOM as registered for ASSISTED_VOLUNTARY_RETURN: one of that name, or IOM with the demo account."""
        for p in self.api.get(OFFICER, "partners"):
            if p["name"] == spec["name"] or (p["name"].startswith("IOM") and PARTNER in p.get("users", [])):
                return p
        return self.create(OFFICER, "partners", "demo-return-partner-iom", spec)

    # ---- 2. an alternative migration outcome ---------------------------------------------------------

    def alternative(self, nn, spec):
        case = self.case(nn, spec["case"])
        decision = self.decision(nn, case, spec["decision"])
        if not self.api.get(OFFICER, f"cases/{case['id']}/outcomes"):
            o = spec["outcome"]
            granted = instant(decision["notification"]["notifiedAt"])
            body = {"outcomeCode": self.pick("return.alternative-outcomes", o["outcomeCode"]),
                    "permitReference": o["permitReference"], "grantedBy": o["grantedBy"], "grantedAt": iso(granted),
                    "validFrom": granted.date().isoformat(),
                    "validUntil": (granted.date() + dt.timedelta(days=o["validDays"] - 1)).isoformat(),
                    "reasons": o["reasons"]}
            self.create(OFFICER, f"cases/{case['id']}/outcomes", f"demo-return-{nn}-outcome", body)
        return self.api.get(OFFICER, f"cases/{case['id']}")

    # ---- 3 and 4. a removal prepared: document, operation, fitness, monitor -------------------------

    def operation(self, nn, case, spec):
        country = case["nationalities"][0]
        documents = self.api.get(OPERATIONS, f"cases/{case['id']}/travel-documents")
        t = spec["travelDocument"]
        document = documents[0] if documents else self.create(
            OPERATIONS, f"cases/{case['id']}/travel-documents", f"demo-return-{nn}-travel-document",
            {"kind": t["kind"], "issuingCountry": country, "authority": t["authority"],
             "requestReference": t["requestReference"]})
        if document["status"] == "REQUESTED":
            # the consulate answers the day it was asked (the request is dated today in the profile's zone)
            asked = dt.date.fromisoformat(document["requestedOn"])
            body = {"documentNumber": t["documentNumber"], "issuedOn": asked.isoformat(),
                    "validUntil": (asked + dt.timedelta(days=t["validDays"] - 1)).isoformat()}
            document = self.change(OPERATIONS, "POST", f"travel-documents/{document['id']}/issue", body,
                                   f"travel-documents/{document['id']}")[1]
        planned = [o for o in self.api.get(OPERATIONS, f"cases/{case['id']}/operations")
                   if o["status"] != "CANCELLED"]
        if planned:
            operation = planned[0]
        else:
            # the flight leaves half an hour after the case was opened (a time the reload reads back, never now)
            opened = instant(case["openedAt"]).replace(second=0, microsecond=0)
            body = {k: v for k, v in spec["operation"].items()}
            body.update(departureAt=iso(opened + dt.timedelta(minutes=30)), destinationCountry=country,
                        travelDocumentId=document["id"])
            operation = self.create(OPERATIONS, f"cases/{case['id']}/operations", f"demo-return-{nn}-operation", body)
        path = f"operations/{operation['id']}"
        if operation["status"] == "PLANNED":
            operation = self.api.get(OPERATIONS, path)
            if not operation.get("fitness"):
                self.create(OPERATIONS, path + "/fitness", f"demo-return-{nn}-fitness", spec["fitness"])
            if MONITOR not in [m["userName"] for m in operation.get("monitors", [])]:
                self.change(MONITOR, "POST", path + "/monitors", spec["monitor"], path)
            if "postReturnPartner" in spec and not operation.get("postReturnOrganisation"):
                self.change(OPERATIONS, "PUT", path + "/post-return-partner", spec["postReturnPartner"], path)
        return self.api.get(OPERATIONS, path), document

    def airport_request(self, nn, spec):
        case = self.case(nn, spec["case"])
        self.decision(nn, case, spec["decision"])
        operation, _ = self.operation(nn, case, spec)
        path = f"operations/{operation['id']}"
        requests = self.api.get(OFFICER, f"cases/{case['id']}/protection")["requests"]
        if not any(r.get("madeWhere") == spec["protectionRequest"]["where"] for r in requests):
            # at the boarding gate, once the operation was ready: the latest time the operation records
            ready = max([instant(operation["plannedAt"])]
                        + [instant(m["assignedAt"]) for m in operation.get("monitors", [])]
                        + [instant(f["recordedAt"]) for f in operation.get("fitness", [])])
            self.create(OPERATIONS, f"cases/{case['id']}/protection-requests", f"demo-return-{nn}-protection-request",
                        {"madeAt": iso(ready.replace(microsecond=0)), "where": spec["protectionRequest"]["where"],
                         "fearedCountries": case["nationalities"][:1]})
        blocked = [g for g in self.api.get(OPERATIONS, f"cases/{case['id']}/gate-checks")
                   if g["step"] == "REMOVAL_EXECUTED" and not g["cleared"]]
        case = self.api.get(OFFICER, f"cases/{case['id']}")
        if blocked:
            return case, {"rule": blocked[-1]["blockingRules"][0], "blockingRules": blocked[-1]["blockingRules"],
                          "gateCheckId": blocked[-1]["id"]}
        status, problem, _ = self.change(OPERATIONS, "POST", path + "/removal", self.protection_check(),
                                         path, ok=(200, 422))
        if status != 422:
            raise ApiError(f"the gate let the removal of case {case['id']} through after a request at the airport")
        rules = problem.get("blockingRules", "")  # the problem carries them as one comma-separated string
        problem["blockingRules"] = rules.split(",") if isinstance(rules, str) else rules
        return case, problem

    def monitored_removal(self, nn, spec):
        case = self.case(nn, spec["case"])
        self.decision(nn, case, spec["decision"])
        operation, document = self.operation(nn, case, spec)
        path = f"operations/{operation['id']}"
        seen = {o["phase"] for o in self.api.get(MONITOR, path + "/observations")}

        def observe(before_removal):
            for n, o in enumerate(spec["observations"], 1):
                if (o["phase"] == "PRE_DEPARTURE") == before_removal and o["phase"] not in seen:
                    self.create(MONITOR, path + "/observations", f"demo-return-{nn}-observation-{n}", o)

        observe(before_removal=True)
        if operation["status"] == "PLANNED":
            self.change(OPERATIONS, "POST", path + "/removal", self.protection_check(), path)
        observe(before_removal=False)
        if not self.api.get(PARTNER, path + "/post-return-reports"):
            # met on arrival: the day of the removal, which is the day the document was issued and travelled on
            body = dict(spec["postReturnReport"], contactOn=document["issuedOn"])
            self.create(PARTNER, path + "/post-return-reports", f"demo-return-{nn}-post-return-report", body)
        return self.api.get(OFFICER, f"cases/{case['id']}")

    def run(self):
        avrr = self.avrr("01", load("01-voluntary-departure-avrr.json"))
        alternative = self.alternative("02", load("02-alternative-outcome.json"))
        blocked, problem = self.airport_request("03", load("03-airport-request.json"))
        removed = self.monitored_removal("04", load("04-removal-monitored.json"))
        cases = self.api.get(OFFICER, "cases?state=all&limit=500")
        from_rsd = [c for c in cases if c["origin"] == "RSD"]
        rsd = ", ".join(f"{c['surname']}: {c['openingGround']}" for c in from_rsd)
        also = ", ".join(r for r in problem.get("blockingRules", []) if r != problem.get("rule"))
        summary = (f"return demo: {len(cases)} cases ({sum(c['open'] for c in cases)} open), {self.changes} "
                   f"change(s) made by this run: {avrr['surname']} {avrr.get('closure', 'OPEN')}, "
                   f"{alternative['surname']} {alternative.get('closure', 'OPEN')}, "
                   f"{removed['surname']} {removed.get('closure', 'OPEN')}; "
                   f"{blocked['surname']}'s removal refused at the airport (422 {problem.get('rule')}"
                   + (f"; also {also}" if also else "") + f"), the case {blocked.get('closure', 'open')}; "
                   f"{len(from_rsd)} case(s) from RSD's feed" + (f" ({rsd})" if rsd else ""))
        print(textwrap.fill(summary, width=118, initial_indent="  ", subsequent_indent="  ",
                            break_on_hyphens=False))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        Loader(sys.argv[1]).run()
    except ApiError as e:
        sys.exit(f"return demo data: {e}")
