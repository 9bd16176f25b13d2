#!/usr/bin/env python3
"""Loads the RSD demo cases through the RSD REST API, as a state's own system would.

    training/demo/rsd/load.py BASE_URL        (e.g. http://127.0.0.1:8080)

Reads 00-registry.json (interviewers, interpreters) and the case files NN-*.json of this folder. Every
creating POST has a fixed Idempotency-Key (demo-rsd-NN-...); every update reads the record first, is skipped
when it is already done and otherwise sends the current ETag in If-Match. Loading twice changes nothing and
never fails. Dates are relative to the day of loading (the API refuses future dates, and deadlines are
computed from the real clock). Standard library only.
"""
import datetime as dt
import glob
import json
import os
import sys
import time

SUPERVISOR = "rsd.supervisor"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from demo_api import Api, ApiError  # noqa: E402 (the shared helper lives one folder up)


# ---- dates: relative to today, on working days (the profile's weekend is Saturday and Sunday) ----------

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
TODAY = NOW.date()


def working_day(day, forward):
    while day.weekday() >= 5:
        day += dt.timedelta(days=1 if forward else -1)
    return day


def past(days_ago, hhmm, weekdays=True):
    """An instant days_ago days before today at hh:mm UTC (moved back to a working day), never after now."""
    day = TODAY - dt.timedelta(days=days_ago)
    if weekdays:
        day = working_day(day, forward=False)
    h, m = (int(x) for x in hhmm.split(":"))
    at = dt.datetime(day.year, day.month, day.day, h, m, tzinfo=dt.timezone.utc)
    return min(at, NOW - dt.timedelta(minutes=5))


def ahead(days, hhmm):
    """The days-th working day after today at hh:mm UTC."""
    day = TODAY
    for _ in range(days):
        day = working_day(day + dt.timedelta(days=1), forward=True)
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, h, m, tzinfo=dt.timezone.utc)


def iso(at):
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def instant(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.timezone.utc)


def clock(hhmm):
    h, m = (int(x) for x in hhmm.split(":"))
    return dt.timedelta(hours=h, minutes=m)


# ---- the loader ---------------------------------------------------------------------------------------

class Loader:
    def __init__(self, base):
        self.api = Api(base, "rsd")
        self.registry = json.load(open(os.path.join(HERE, "00-registry.json"), encoding="utf-8"))
        self.cases = []
        for path in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.json"))):
            if os.path.basename(path).startswith("00-"):
                continue
            case = json.load(open(path, encoding="utf-8"))
            case["nn"] = os.path.basename(path)[:2]
            self.cases.append(case)
        self.ids = {}            # case key -> application id
        self.interpreters = {}   # name -> id
        self.taken = {}          # interviewer or interpreter -> slots of the held interviews booked in this run
        self.changes = 0

    def log(self, text):
        print("  rsd demo: " + text)

    # -- reading -------------------------------------------------------------------------------------

    def applications(self):
        return self.api.call(SUPERVISOR, "GET", "applications?limit=500")[1]

    def app(self, case):
        return self.api.call(SUPERVISOR, "GET", "applications/" + self.ids[case["key"]])

    BASES = {"RECOGNISED_REFUGEE": "asylum.refugee-definitions",
             "COMPLEMENTARY_PROTECTION": "asylum.complementary-protection.bases"}

    def basis_in_profile(self, case, outcome, basis):
        """The decision's legal basis, or the active profile's first one of that kind where the profile lacks it
        (national complementary protection is the profile's choice; the EU profile has subsidiary protection)."""
        rule = self.BASES.get(outcome)
        if not basis or not rule:
            return basis
        rules = self.api.call(SUPERVISOR, "GET", "profile/rules?prefix=" + rule)[1]
        codes = [i["code"] for r in rules if r.get("rule") == rule for i in r.get("items", [])]
        if not codes or basis in codes:
            return basis
        self.log(f"{case['key']}: the legal basis {basis} is not in this profile; decided on {codes[0]} ({rule})")
        return codes[0]

    @staticmethod
    def not_in_profile(problem):
        """A 422 that names a field whose value (a ground, a track) the active profile does not list: the national
        choices of the profile a case was written for (convention-1951) that another profile lacks."""
        errors = (problem or {}).get("errors") or []
        return bool(errors) and all(" of profile " in e.get("message", "") and "is not a" in e.get("message", "")
                                    for e in errors)

    @staticmethod
    def matches(a, who):
        return all(a.get(k) == v for k, v in who.items())

    def wait_for_feed(self):
        wanted = [c for c in self.cases if c.get("source") == "feed"]
        deadline = time.time() + 60
        while True:
            found = self.applications()
            missing = [c for c in wanted if not any(self.matches(a, c["match"]) for a in found)]
            if not missing or time.time() > deadline:
                break
            time.sleep(2)
        for c in wanted:
            hit = [a for a in found if self.matches(a, c["match"])]
            if hit:
                self.ids[c["key"]] = hit[0]["id"]
        if missing:
            self.log("not yet in RSD (reception's feed): " + ", ".join(c["key"] for c in missing)
                     + "; their steps are skipped, load again later")

    # -- phase 0: the interviewer and interpreter registry --------------------------------------------

    def load_registry(self):
        have = {i["userName"] for i in self.api.call(SUPERVISOR, "GET", "interviewers?includeInactive=true")[1]}
        for n, i in enumerate(self.registry["interviewers"], 1):
            if i["userName"] not in have:
                self.api.call(SUPERVISOR, "POST", "interviewers", i, key=f"demo-rsd-00-interviewer-{n:02d}")
                self.changes += 1
        have = {i["name"]: i["id"] for i in self.api.call(SUPERVISOR, "GET", "interpreters?includeInactive=true")[1]}
        for n, i in enumerate(self.registry["interpreters"], 1):
            if i["name"] not in have:
                have[i["name"]] = self.api.call(SUPERVISOR, "POST", "interpreters", i,
                                                key=f"demo-rsd-00-interpreter-{n:02d}")[1]["id"]
                self.changes += 1
        self.interpreters = have

    # -- phase 1: applications made at the desk, registration, lodging --------------------------------

    def open_desk_applications(self):
        found = self.applications()
        for c in self.cases:
            if c.get("source") != "desk":
                continue
            who = c["application"]
            hit = [a for a in found if a.get("surname") == who["surname"] and a.get("givenNames") == who["givenNames"]
                   and a.get("dateOfBirth") == who["dateOfBirth"] and a.get("madeWhere") == "RSD_DESK"]
            if hit:
                self.ids[c["key"]] = hit[0]["id"]
                continue
            body = dict(who)
            body["madeAt"] = iso(past(c["made"]["daysAgo"], c["made"]["time"], weekdays=False))
            if "principal" in c:
                if c["principal"] not in self.ids:
                    continue  # the principal came through the feed and is not there yet
                body["principalId"] = self.ids[c["principal"]]
            self.ids[c["key"]] = self.api.call(SUPERVISOR, "POST", "applications", body,
                                               key=f"demo-rsd-{c['nn']}-application")[1]["id"]
            self.changes += 1

    def register_and_lodge(self):
        for c in self.ready():
            for step, stage_before, path in (("registered", "MADE", "registration"), ("lodged", "REGISTERED", "lodging")):
                if step not in c:
                    continue
                _, a, tag = self.app(c)
                if a["stage"] != stage_before:
                    continue
                at = past(c[step]["daysAgo"], c[step]["time"])
                # never before the previous step (a feed-created application was made when reception says)
                before = a.get("madeAt") if step == "registered" else a.get("registeredAt")
                floor = dt.datetime.strptime(before[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)
                at = min(max(at, floor + dt.timedelta(hours=1)), NOW - dt.timedelta(minutes=1))
                self.api.call(c.get("desk", SUPERVISOR), "POST", f"applications/{a['id']}/{path}", {"at": iso(at)},
                              etag=tag)
                self.changes += 1

    def ready(self):
        return [c for c in self.cases if c["key"] in self.ids]

    # -- phase 2: file holders, officer-indicated grounds, overrides ---------------------------------

    def holders_and_tracks(self):
        for c in self.ready():
            _, a, tag = self.app(c)
            holders = c.get("holders")
            if holders:
                fields = {"officer": "assignedOfficer", "reviewer": "reviewer", "appealOfficer": "appealOfficer",
                          "representative": "representative"}
                if any(a.get(fields[k]) != v for k, v in holders.items()):
                    _, a, tag = self.api.call(SUPERVISOR, "PUT", f"applications/{a['id']}/holders", holders, etag=tag)
                    self.changes += 1
            needs = c.get("interpreterNeeds")
            if needs and a.get("interpreter") != needs:
                # the feed brings no interview language: the officer records it before booking
                _, a, tag = self.api.call(c.get("desk", SUPERVISOR), "PUT", f"applications/{a['id']}/interpreter",
                                          needs, etag=tag)
                self.changes += 1
            triage = c.get("triage")
            if triage and not (a.get("track") and a["track"].get("ground") == triage["grounds"][0]
                               and a["track"].get("setBy") == triage["by"]):
                status, answer, answer_tag = self.api.call(triage["by"], "POST", f"applications/{a['id']}/triage",
                                                           {"grounds": triage["grounds"]}, etag=tag, ok=(200, 422))
                if status == 200:
                    a, tag = answer, answer_tag
                    self.changes += 1
                elif self.not_in_profile(answer):
                    # the ground is a national choice of the profile the case was written for (convention-1951):
                    # under another profile the case keeps the track triage gave it, and its work goes on there
                    self.log(f"{a.get('surname', c['key'])}: the officer-indicated ground {triage['grounds'][0]} is "
                             f"not in this profile; the case stays in the track triage gave it "
                             f"({(a.get('track') or {}).get('code', 'none')})")
                else:
                    raise ApiError(f"POST applications/{a['id']}/triage as {triage['by']} answered 422: {answer}")
            override = c.get("override")
            if override and not (a.get("track") and a["track"].get("overridden") and a["track"].get("code") == override["track"]):
                body = {k: v for k, v in override.items() if k != "by"}
                status, answer, _ = self.api.call(override["by"], "PUT", f"applications/{a['id']}/track", body,
                                                  etag=tag, ok=(200, 422))
                if status == 200:
                    self.changes += 1
                elif self.not_in_profile(answer):
                    self.log(f"{a.get('surname', c['key'])}: the track {override['track']} of the supervisor's override "
                             f"is not in this profile; the case stays in {(a.get('track') or {}).get('code', 'none')}")
                else:
                    raise ApiError(f"PUT applications/{a['id']}/track as {override['by']} answered 422: {answer}")

    # -- phase 3: interviews: held ones (with their records) and upcoming ones (with notices) ----------

    def interviews(self):
        for c in self.ready():
            plan = c.get("interview")
            if not plan:
                continue
            app_id = self.ids[c["key"]]
            booked = [i for i in self.api.call(SUPERVISOR, "GET", f"applications/{app_id}/interviews")[1]
                      if i["status"] != "CANCELLED"]
            if booked:
                interview = booked[0]
            else:
                body = {"durationMinutes": plan["durationMinutes"], "location": plan["location"],
                        "interviewer": plan["interviewer"]}
                if plan.get("interpreter"):
                    body["interpreterId"] = self.interpreters[plan["interpreter"]]
                if "held" in plan:
                    # held before it was entered (the story's paper file): booked at its story time, after the fact
                    start = self.held_slot(plan, body.get("interpreterId"))
                    body["alreadyHeld"] = True
                else:
                    start = ahead(plan["inDays"], plan["time"])
                body["at"] = iso(start)
                interview = self.api.call(plan.get("by", SUPERVISOR), "POST", f"applications/{app_id}/interviews",
                                          body, key=f"demo-rsd-{c['nn']}-interview")[1]
                self.changes += 1
            path = f"applications/{app_id}/interviews/{interview['id']}"
            notice = plan.get("notice")
            if notice and not self.api.call(SUPERVISOR, "GET", path + "/notices")[1]:
                self.api.call(plan.get("by", SUPERVISOR), "POST", path + "/notices", notice,
                              key=f"demo-rsd-{c['nn']}-notice")
                self.changes += 1
            held = plan.get("held")
            if held and interview["status"] == "SCHEDULED":
                # the record starts when the interview is booked (the API requires the booked day)
                started = instant(interview["startsAt"])
                body = dict(c["record"])
                body["startedAt"] = iso(started)
                body["endedAt"] = iso(started + (clock(held["to"]) - clock(held["from"])))
                body["readBackConfirmed"] = True
                self.api.call(c["holders"]["officer"], "POST", path + "/record", body,
                              key=f"demo-rsd-{c['nn']}-record")
                self.changes += 1

    def held_slot(self, plan, interpreter):
        """The story's start of a held interview; a working day earlier while its interviewer or interpreter
        is already in another held interview then (two stories can fall on the same Friday)."""
        held = plan["held"]
        start = past(held["daysAgo"], held["from"])
        length = dt.timedelta(minutes=plan["durationMinutes"])
        people = [p for p in (plan["interviewer"], interpreter) if p]
        while any(s < start + length and start < e for p in people for s, e in self.taken.get(p, [])):
            day = working_day(start.date() - dt.timedelta(days=1), forward=False)
            start = start.replace(year=day.year, month=day.month, day=day.day)
        for p in people:
            self.taken.setdefault(p, []).append((start, start + length))
        return start

    # -- phase 4: assessments --------------------------------------------------------------------------

    def assessments(self):
        for c in self.ready():
            if "assessment" not in c:
                continue
            path = f"applications/{self.ids[c['key']]}/assessment"
            status, _, _ = self.api.call(SUPERVISOR, "GET", path, absent_ok=True)
            if status == 404:
                self.api.call(c["holders"]["officer"], "PUT", path, c["assessment"])
                self.changes += 1

    # -- phase 5: decisions, four-eyes review, notification; withdrawals ------------------------------

    def decisions(self):
        for c in self.ready():
            app_id = self.ids[c["key"]]
            withdrawal = c.get("withdrawal")
            if withdrawal:
                _, a, tag = self.app(c)
                if a["stage"] != "WITHDRAWN":
                    self.api.call(withdrawal["by"], "POST", f"applications/{app_id}/withdrawal",
                                  {"outcome": withdrawal["outcome"]}, etag=tag)
                    self.changes += 1
            decision = c.get("decision")
            if not decision:
                continue
            path = f"applications/{app_id}/decision"
            status, d, tag = self.api.call(SUPERVISOR, "GET", path, absent_ok=True)
            if status == 404:
                body = {k: v for k, v in decision.items() if k != "by"}
                body["legalBasis"] = self.basis_in_profile(c, body.get("outcome"), body.get("legalBasis"))
                self.api.call(decision["by"], "POST", path, body, key=f"demo-rsd-{c['nn']}-decision")
                self.changes += 1
                status, d, tag = self.api.call(SUPERVISOR, "GET", path)
            review = c.get("review")
            if review and d["status"] == "DRAFT":
                body = {k: v for k, v in review.items() if k != "by"}
                _, d, tag = self.api.call(review["by"], "POST", path + "/review", body, etag=tag)
                self.changes += 1
            notification = c.get("notification")
            if notification and d["status"] == "ISSUED" and d.get("notification") is None:
                body = {k: v for k, v in notification.items() if k != "by"}
                self.api.call(notification["by"], "POST", path + "/notification", body,
                              key=f"demo-rsd-{c['nn']}-notification")
                self.changes += 1

    # -- phase 6: the appeal ---------------------------------------------------------------------------

    def appeals(self):
        for c in self.ready():
            appeal = c.get("appeal")
            if not appeal:
                continue
            path = f"applications/{self.ids[c['key']]}/appeal"
            status, _, _ = self.api.call(SUPERVISOR, "GET", path, absent_ok=True)
            if status == 404:
                self.api.call(appeal["by"], "POST", path, {}, key=f"demo-rsd-{c['nn']}-appeal")
                self.changes += 1

    def run(self):
        self.wait_for_feed()
        self.load_registry()
        self.open_desk_applications()
        self.register_and_lodge()
        self.holders_and_tracks()
        self.interviews()
        self.assessments()
        self.decisions()
        self.appeals()
        apps = self.applications()
        stages = {}
        for a in apps:
            stages[a["stage"]] = stages.get(a["stage"], 0) + 1
        self.log(f"{len(apps)} applications ({', '.join(f'{n} {s}' for s, n in sorted(stages.items()))}); "
                 f"{self.changes} change(s) made by this run")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
    try:
        Loader(base).run()
    except ApiError as e:
        print("rsd demo data: " + str(e), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
