#!/usr/bin/env bash
# Loads the demo data through the modules' REST APIs, as a state's own system would.
# Every request has a fixed Idempotency-Key, so loading twice creates nothing twice.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
PARTNER=${2:-}   # the demo partner state's base URL (a second instance with only readmission), for readmission's demo
DIR="$(cd "$(dirname "$0")" && pwd)/entry"
API="$BASE/entry/api/v1"

post() { # user, path, key, file-with-placeholders-replaced -> prints the id of the created record
  local user=$1 path=$2 key=$3 body=$4 reply status
  reply=$(curl -sS -w '\n%{http_code}' -u "$user:asylon-demo" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $key" --data-binary "$body" "$API/$path")
  status=${reply##*$'\n'}
  reply=${reply%$'\n'*}
  if [ "$status" != 201 ]; then
    echo "demo data: $path ($key) answered $status: $reply" >&2
    exit 1
  fi
  # the API writes fields in alphabetical order: the record's own "id" comes before any nested object
  printf '%s' "$reply" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4
}

# The people arrived the day before and two days before the demo was first loaded (ASYLON_DEMO_DAY, which
# ./run.sh keeps in the data directory; default today): fixed dates would show every deadline as overdue a
# week later. Reloading the same data with the same day creates nothing twice (fixed Idempotency-Keys).
DEMO_DAY=${ASYLON_DEMO_DAY:-$(date -u +%Y-%m-%d)}
DAY_1=$(date -u -d "$DEMO_DAY -1 day" +%Y-%m-%d)
DAY_2=$(date -u -d "$DEMO_DAY -2 days" +%Y-%m-%d)
fill() { sed -e "s/@@DAY-1@@/$DAY_1/g" -e "s/@@DAY-2@@/$DAY_2/g" -e "s/@@LAND@@/${LAND:-}/g" -e "s/@@AIRPORT@@/${AIRPORT:-}/g" -e "s/@@PORT@@/${PORT_ID:-}/g" -e "s/@@BOAT@@/${BOAT:-}/g" "$1"; }

LAND=$(post border.supervisor crossing-points demo-entry-01-land "$(fill "$DIR/01-land-crossing.json")")
AIRPORT=$(post border.supervisor crossing-points demo-entry-02-airport "$(fill "$DIR/02-airport.json")")
PORT_ID=$(post border.supervisor crossing-points demo-entry-03-port "$(fill "$DIR/03-port.json")")
BOAT=$(post border.officer groups demo-entry-04-boat "$(fill "$DIR/04-rescue-boat.json")")
post border.officer groups demo-entry-05-family "$(fill "$DIR/05-family.json")" >/dev/null
post border.officer encounters demo-entry-06-airport "$(fill "$DIR/06-airport-request.json")" >/dev/null
post border.officer encounters demo-entry-07-land "$(fill "$DIR/07-land-apprehension.json")" >/dev/null

# Reception: the people referred from the border arrive through the feed; place them and refer them.
RAPI="$BASE/reception/api/v1"
rget() { curl -sS -u reception.officer:asylon-demo "$RAPI/$1"; }
arrival() { # surname -> "id version" of the arrival that came from the border (JSON read with python3)
  rget "arrivals?limit=500" | python3 -c 'import json,sys
for a in json.load(sys.stdin):
    if a.get("surname") == sys.argv[1]:
        print(a["id"], a["version"]); break' "$1"
}
command -v python3 >/dev/null || { echo "Demo data loaded at the border; python3 is needed to place people in reception." >&2; exit 0; }
for _ in $(seq 1 60); do
  [ -n "$(arrival Rahimi)" ] && [ -n "$(arrival Warsame)" ] && [ -n "$(arrival Tesfay)" ] && break
  sleep 1
done
rpost() { # path, key, body -> id
  local reply status
  reply=$(curl -sS -w '\n%{http_code}' -u reception.officer:asylon-demo -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $2" --data-binary "$3" "$RAPI/$1")
  status=${reply##*$'\n'}
  reply=${reply%$'\n'*}
  case "$status" in 200|201) ;; *) echo "demo data: $1 answered $status: $reply" >&2; exit 1 ;; esac
  printf '%s' "$reply" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4
}
rdecide() { # arrival id, version, channels json, reason
  curl -sS -o /dev/null -u reception.officer:asylon-demo -X PUT -H 'Content-Type: application/json' \
    -H "If-Match: \"$2\"" --data-binary "{\"channels\":$3,\"reason\":\"$4\"}" "$RAPI/arrivals/$1/referrals"
}
RDIR="$(cd "$(dirname "$0")" && pwd)/reception"
CENTRE=$(rpost facilities demo-reception-01-centre "$(cat "$RDIR/01-reception-centre.json")")
CHILDREN=$(rpost facilities demo-reception-02-children "$(cat "$RDIR/02-child-friendly-space.json")")
SAFE=$(rpost facilities demo-reception-03-safe-house "$(cat "$RDIR/03-safe-house.json")")
read -r TESFAY TESFAY_V <<<"$(arrival Tesfay)"
read -r WARSAME WARSAME_V <<<"$(arrival Warsame)"
read -r RAHIMI RAHIMI_V <<<"$(arrival Rahimi)"
if [ -n "${TESFAY:-}" ] && [ -n "${WARSAME:-}" ] && [ -n "${RAHIMI:-}" ]; then
  rpost "arrivals/$TESFAY/allocation" demo-reception-04-tesfay "{\"facilityId\":\"$CENTRE\",\"placeType\":\"ADULT_FEMALE\"}" >/dev/null
  rpost "arrivals/$WARSAME/allocation" demo-reception-05-warsame "{\"facilityId\":\"$CHILDREN\",\"placeType\":\"CHILD\"}" >/dev/null
  rpost "arrivals/$RAHIMI/allocation" demo-reception-06-rahimi "{\"facilityId\":\"$SAFE\",\"placeType\":\"ADULT_MALE\"}" >/dev/null
  rdecide "$TESFAY" "$TESFAY_V" '["ASYLUM_PROCEDURE","MEDICAL_PSYCHOSOCIAL"]' "counselling: violence on the route"
  rdecide "$WARSAME" "$WARSAME_V" '["CHILD_PROTECTION","FAMILY_TRACING"]' "best-interests procedure; uncle in Izmir"
  rdecide "$RAHIMI" "$RAHIMI_V" '["VICTIM_OF_TRAFFICKING"]' "indicators of trafficking"
  rpost "arrivals/$TESFAY/documents" demo-reception-07-tesfay-document "" >/dev/null
  # vulnerability assessments: the trafficking indicator noted at the border becomes a coded need (priority for RSD)
  rpost "arrivals/$RAHIMI/vulnerability-assessments" demo-reception-08-rahimi-needs "$(cat "$RDIR/08-assessment-trafficking.json")" >/dev/null
  rpost "arrivals/$WARSAME/vulnerability-assessments" demo-reception-09-warsame-needs "$(cat "$RDIR/09-assessment-child.json")" >/dev/null
  rpost "arrivals/$TESFAY/vulnerability-assessments" demo-reception-10-tesfay-needs "$(cat "$RDIR/10-assessment-woman.json")" >/dev/null
  rpost "arrivals/$TESFAY/counselling-records" demo-reception-11-tesfay-counselling "$(cat "$RDIR/11-counselling.json")" >/dev/null
  # partners, and referrals to them: with consent, or a child's best interests documented
  IOM=$(rpost partners demo-reception-12-iom "$(cat "$RDIR/12-partner-iom.json")")
  UNICEF=$(rpost partners demo-reception-13-unicef "$(cat "$RDIR/13-partner-unicef.json")")
  rpost "arrivals/$RAHIMI/partner-referrals" demo-reception-14-rahimi-iom \
    "{\"partnerId\":\"$IOM\",\"purpose\":\"TRAFFICKING_ASSISTANCE\",\"consent\":{\"given\":true}}" >/dev/null
  rpost "arrivals/$WARSAME/partner-referrals" demo-reception-15-warsame-unicef \
    "{\"partnerId\":\"$UNICEF\",\"purpose\":\"FAMILY_TRACING\",\"notNeededReason\":\"best interests of the child: no guardian appointed yet\"}" >/dev/null
  # the family from the boat (its registration group came from the border's FAMILY group): family rooms, together
  read -r HADDAD _ <<<"$(arrival Haddad)"
  read -r HOUSEHOLD MEMBERS <<<"$(rget "households?arrivalId=${HADDAD:-none}" | python3 -c 'import json,sys
groups = json.load(sys.stdin)
if isinstance(groups, list) and groups:
    print(groups[0]["id"], " ".join(m["arrivalId"] for m in groups[0]["members"]))')"
  for MEMBER in ${MEMBERS:-}; do
    rpost "arrivals/$MEMBER/allocation" "demo-reception-16-family-$MEMBER" \
      "{\"facilityId\":\"$CENTRE\",\"placeType\":\"FAMILY\",\"householdId\":\"$HOUSEHOLD\"}" >/dev/null
    rpost "arrivals/$MEMBER/documents" "demo-reception-17-family-document-$MEMBER" "" >/dev/null
  done
  echo "Demo data loaded: 3 crossing points, a rescue-at-sea boat group with a family inside it, an airport request, a land apprehension;"
  echo "  in reception: their arrivals, the family's registration group placed together, 3 facilities, an unaccompanied child in a"
  echo "  child-friendly space, a trafficking survivor in a safe house, vulnerability assessments, counselling, referrals to five"
  echo "  channels, partners IOM and UNICEF with referrals (consent; a child's best interests), temporary documents."
else
  echo "Demo data loaded at the border; reception has not received the arrivals yet (see the feed follower in the log)." >&2
fi

# RSD: the applications reception's feed opened, plus desk applications, with their case work (training/demo/rsd/README.md)
python3 "$(cd "$(dirname "$0")" && pwd)/rsd/load.py" "$BASE"
echo "  in RSD: 16 applications in the regular, accelerated and simplified tracks (a family with a dependant with and one"
echo "  without an own claim), interviewers and interpreters, interviews booked and held, records, assessments, decisions"
echo "  with four-eyes review and notification, one pending appeal (training/demo/rsd/README.md)."

# Detention: two places, people held under orders, a border handover through entry's feed, an alternative, a monitoring visit
python3 "$(cd "$(dirname "$0")" && pwd)/detention/load.py" "$BASE"

# Return: four desk cases (AVRR with IOM, an alternative outcome, a removal refused at the airport, a monitored removal)
python3 "$(cd "$(dirname "$0")" && pwd)/return/load.py" "$BASE"
echo "  in return: a voluntary departure with IOM (referral with consent, counselling, departure through the gate, arrival"
echo "  report), a work permit instead of return, a removal refused by the gate at the airport after a new request for"
echo "  protection, a removal with a forced-return monitor and a post-return report (training/demo/return/README.md)."

# Readmission: two states (this one and the demo partner state) and Albania played by the loader; time played forward
if [ -n "$PARTNER" ]; then
  python3 "$(cd "$(dirname "$0")" && pwd)/readmission/load.py" "$BASE" "$PARTNER"
else
  echo "  readmission: no demo partner state given (training/demo/load.sh BASE PARTNER_BASE): no requests loaded."
fi
