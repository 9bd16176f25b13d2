#!/usr/bin/env python3
"""Loads the detention demo data through the detention (and entry) REST APIs, as a state's own system would.

    training/demo/detention/load.py BASE_URL        (e.g. http://127.0.0.1:8080)

Two places of detention (one with an overcrowded room, one with a room below the living-space minimum),
people held under orders on different grounds (one judicial review overdue), a man handed over by the border
through entry's feed and ordered detained, an alternative to detention with its compliance record, and a
monitoring visit with a private interview, findings and two recommendations, one answered. See README.md.

Every creating POST has a fixed Idempotency-Key (demo-detention-...) and a body that depends only on the demo
day (ASYLON_DEMO_DAY, which ./run.sh keeps in the data directory; default today), so loading again replays
the first answers and creates nothing twice. Changes read the record first and are skipped when done.
Works under every reference profile: the grounds used (identity, return-preparation) are in each, and the
alternatives considered are read from the active profile. Standard library only.
"""
import datetime as dt
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from demo_api import DEMO_DAY, Api, ApiError, at  # noqa: E402 (the shared helper lives one folder up)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


AUTHORITY, OFFICER, MANAGER, CLERK, MONITOR = (
    "detention.authority", "detention.officer", "facility.manager", "court.clerk", "monitor")


def main(base):
    api = Api(base, "detention")
    changes = 0

    # ---- places: rooms as measured; capacity is derived, never typed in ----
    places = load("01-places.json")
    rooms = {}
    facilities = {}
    for place in places:
        facility = api.create(MANAGER, "facilities", f"demo-detention-{place['key']}", place["facility"])
        facilities[place["key"]] = facility["id"]
        for room in place["rooms"]:
            made = api.create(MANAGER, f"facilities/{facility['id']}/rooms",
                              f"demo-detention-{place['key']}-{room['label']}", room)
            rooms[room["label"]] = made["id"]

    # ---- the alternatives of the active profile, each addressed in every order ----
    alternatives = [item["code"] for rule in api.get(AUTHORITY, "profile/rules?prefix=detention.alternatives")
                    if rule["rule"] == "detention.alternatives" for item in rule["items"]]

    def considered(reasons):
        return [{"code": code, "whyInsufficient": reasons.get(code, reasons["*"])} for code in alternatives]

    # ---- people held at the desk, and their orders ----
    people = {}
    for case in load("02-people.json"):
        person = api.create(OFFICER, "people", f"demo-detention-person-{case['key']}", case["person"])
        people[case["key"]] = person["id"]
        order = case.get("order")
        if order:
            body = dict(order)
            body["startsAt"] = at(order["startsDaysBefore"], "09:00")
            del body["startsDaysBefore"]
            body["facilityId"] = facilities[order["facilityId"]]
            body["roomId"] = rooms[order["roomId"]]
            body["alternativesConsidered"] = considered(order["alternativesConsidered"])
            made = api.create(AUTHORITY, f"people/{person['id']}/orders",
                              f"demo-detention-order-{case['key']}", body)
            review = case.get("judicialReview")
            if review and not any(r.get("kind") == "JUDICIAL" for r in made.get("reviews", [])):
                current, tag = api.call(CLERK, "GET", f"orders/{made['id']}")[1:]
                if not any(r.get("kind") == "JUDICIAL" for r in current.get("reviews", [])):
                    body = dict(review)
                    body["reviewedAt"] = at(review["reviewedDaysBefore"], "11:30")
                    del body["reviewedDaysBefore"]
                    api.call(CLERK, "POST", f"orders/{made['id']}/reviews", body=body, etag=tag)
                    changes += 1
        alternative = case.get("alternative")
        if alternative:
            body = dict(alternative)
            body["startsAt"] = at(alternative["startsDaysBefore"], "10:00")
            del body["startsDaysBefore"]
            compliance = body.pop("compliance")
            made = api.create(AUTHORITY, f"people/{person['id']}/alternatives",
                              f"demo-detention-alternative-{case['key']}", body)
            for n, record in enumerate(compliance, 1):
                api.create(OFFICER, f"alternatives/{made['id']}/compliance",
                           f"demo-detention-alternative-{case['key']}-{n}",
                           {"kind": record["kind"], "at": at(record["daysBefore"], "09:15"),
                            "note": record["note"]})

    # ---- the man the border apprehended (entry's demo) is handed to detention; the order follows ----
    khan = handover_from_the_border(base, api)
    if khan:
        people["khan"] = khan
        handover = load("03-handover.json")
        body = dict(handover["order"])
        body["startsAt"] = at(1, "06:00")
        body["facilityId"] = facilities[body["facilityId"]]
        body["roomId"] = rooms[body["roomId"]]
        body["alternativesConsidered"] = considered(body["alternativesConsidered"])
        api.create(AUTHORITY, f"people/{khan}/orders", "demo-detention-order-khan", body)

    # ---- independent monitoring: a visit without asking, a private interview, findings, recommendations ----
    monitoring = load("04-monitoring.json")
    visit_body = dict(monitoring["visit"])
    visit_body["facilityId"] = facilities[visit_body["facilityId"]]
    visit_body["startedAt"] = at(1, "08:30")
    visit_body["endedAt"] = at(1, "16:00")
    visit = api.create(MONITOR, "visits", "demo-detention-visit-1", visit_body)
    interview = dict(monitoring["interview"])
    interview["personId"] = people[interview["personId"]]
    api.create(MONITOR, f"visits/{visit['id']}/interviews", "demo-detention-visit-1-interview-1", interview)
    for n, finding in enumerate(monitoring["findings"], 1):
        body = dict(finding)
        if "roomId" in body:
            body["roomId"] = rooms[body["roomId"]]
        if "personId" in body:
            body["personId"] = people[body["personId"]]
        api.create(MONITOR, f"visits/{visit['id']}/findings", f"demo-detention-visit-1-finding-{n}", body)
    for n, recommendation in enumerate(monitoring["recommendations"], 1):
        body = {k: v for k, v in recommendation.items() if k != "response"}
        body["facilityId"] = visit_body["facilityId"]
        made = api.create(MONITOR, f"visits/{visit['id']}/recommendations",
                          f"demo-detention-visit-1-recommendation-{n}", body)
        response = recommendation.get("response")
        if response:
            current, tag = api.call(AUTHORITY, "GET", f"recommendations/{made['id']}")[1:]
            if not current.get("responses"):
                body = dict(response)
                body["plannedBy"] = (DEMO_DAY + dt.timedelta(days=response["plannedInDays"])).isoformat()
                del body["plannedInDays"]
                api.create(AUTHORITY, f"recommendations/{made['id']}/responses",
                           f"demo-detention-visit-1-recommendation-{n}-response", body)
                changes += 1

    held = sum(f.get("held", 0) for f in api.get(MONITOR, "facilities"))
    print(f"  in detention: {len(facilities)} places (one room overcrowded, one below the living-space minimum), "
          f"{held} people held under orders ({changes} change(s) this run),")
    print("  a border handover ordered detained, an alternative to detention with a breach recorded as a fact,")
    print("  a monitoring visit with a private interview, findings and two recommendations (one answered);")
    print("  alerts at /detention/api/v1/alerts (training/demo/detention/README.md).")


def handover_from_the_border(base, api):
    """Entry's demo apprehended Imran Khan; the border hands him to detention (outcome HANDED_TO_DETENTION),
    which reaches detention through entry's feed as a person awaiting an order. Returns his person id."""
    entry = Api(base, "entry")
    found = [e for e in entry.get("border.officer", "encounters?limit=500")
             if (e.get("person") or {}).get("statedSurname") == "Khan"]
    if not found:
        print("  detention: the border's demo encounter of Imran Khan is missing; no handover loaded", file=sys.stderr)
        return None
    encounter, tag = entry.call("border.officer", "GET", f"encounters/{found[0]['id']}")[1:]
    if not encounter.get("outcome"):
        entry.call("border.officer", "PUT", f"encounters/{encounter['id']}/outcome",
                   body={"outcome": "HANDED_TO_DETENTION",
                         "note": "apprehended after an irregular crossing; no documents; identity to be established"},
                   etag=tag)
    for _ in range(60):
        known = api.get(AUTHORITY, f"people?sourceEncounterId={encounter['id']}")
        if known:
            return known[0]["id"]
        time.sleep(1)
    print("  detention: the border's handover has not arrived through entry's feed (see the log)", file=sys.stderr)
    return None


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        main(sys.argv[1])
    except ApiError as e:
        sys.exit(f"detention demo data: {e}")
