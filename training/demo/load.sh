#!/usr/bin/env bash
# Loads the demo data through the modules' REST APIs, as a state's own system would.
# Every request has a fixed Idempotency-Key, so loading twice creates nothing twice.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
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

fill() { sed -e "s/@@LAND@@/${LAND:-}/g" -e "s/@@AIRPORT@@/${AIRPORT:-}/g" -e "s/@@PORT@@/${PORT_ID:-}/g" -e "s/@@BOAT@@/${BOAT:-}/g" "$1"; }

LAND=$(post border.supervisor crossing-points demo-entry-01-land "$(fill "$DIR/01-land-crossing.json")")
AIRPORT=$(post border.supervisor crossing-points demo-entry-02-airport "$(fill "$DIR/02-airport.json")")
PORT_ID=$(post border.supervisor crossing-points demo-entry-03-port "$(fill "$DIR/03-port.json")")
BOAT=$(post border.officer groups demo-entry-04-boat "$(fill "$DIR/04-rescue-boat.json")")
post border.officer groups demo-entry-05-family "$(fill "$DIR/05-family.json")" >/dev/null
post border.officer encounters demo-entry-06-airport "$(fill "$DIR/06-airport-request.json")" >/dev/null
post border.officer encounters demo-entry-07-land "$(fill "$DIR/07-land-apprehension.json")" >/dev/null
echo "Demo data loaded: 3 crossing points, a rescue-at-sea boat group with a family inside it, an airport request, a land apprehension."
