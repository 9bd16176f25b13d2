#!/usr/bin/env bash
# Starts the whole Asylon suite on Payara Micro with embedded Derby and the demo data, prints its URLs.
#   ASYLON_HTTP_PORT  HTTP port (default 8080)
#   ASYLON_DATA_DIR   data directory: one Derby database per module, logs (default ./data)
#   ASYLON_PROFILE    legal profile from capacity-kit/profiles (default convention-1951)
#   ASYLON_DEMO       sign in the demo users, whose password is public (default true here; never in production)
#   ASYLON_DEMO_DATA  load the training demo data (default true)
#   ASYLON_DETACH     return once the suite is up instead of staying in the foreground (default false)
#   ASYLON_TRAINING_INSTANCE  run as a training instance: exercises, trainee accounts, scoring (default: as ASYLON_DEMO);
#                             every module then refuses a database holding records made outside training
#   ASYLON_READMISSION_STATE  this deployment's ISO 3166 alpha-3 code for partner states (default NLD here)
#   ASYLON_PARTNER_PORT       with the demo data: the port of the demo partner state, a second Payara Micro with
#                             only the readmission module (default ASYLON_HTTP_PORT + 1); ASYLON_PARTNER_STATE its
#                             code (default FRA)
# Any other setting of a module can be given as an environment variable (MicroProfile Config).
set -euo pipefail
cd "$(dirname "$0")"
export ASYLON_PROFILE=${ASYLON_PROFILE:-convention-1951}
export ASYLON_DEMO=${ASYLON_DEMO:-true}
PORT=${ASYLON_HTTP_PORT:-8080}
DATA=${ASYLON_DATA_DIR:-./data}
JAR=ear/target/asylon-micro.jar

if [ ! -f "$JAR" ] || [ -n "$(find pom.xml modules ear capacity-kit -newer "$JAR" -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "Building Asylon (first start, or sources changed)..."
  mvn -q -DskipTests install
fi

mkdir -p "$DATA"
DATA=$(cd "$DATA" && pwd)
# The demo is a training instance (training/README.md): the trainer's runner loads exercises into it and creates
# trainee accounts, which every module reads from one file. A data directory made before, or outside training,
# holds records no module will accept as training data: say so now rather than fail at readiness.
export ASYLON_TRAINING_INSTANCE=${ASYLON_TRAINING_INSTANCE:-$ASYLON_DEMO}
if [ "$ASYLON_TRAINING_INSTANCE" = true ]; then
  export ASYLON_TRAINING_USERS_FILE=${ASYLON_TRAINING_USERS_FILE:-$DATA/training-users}
  # where the training runner finds the modules it loads exercises into and reads trails from: this instance
  export ASYLON_TRAINING_SUITE_URL=${ASYLON_TRAINING_SUITE_URL:-http://127.0.0.1:$PORT}
  if [ ! -f "$DATA/training-instance" ] && [ -n "$(ls -A "$DATA" 2>/dev/null)" ]; then
    echo "The data directory $DATA was made outside a training instance (or before training existed): its" >&2
    echo "modules would refuse it. Start with a fresh one (ASYLON_DATA_DIR=./data-training ./run.sh), delete it," >&2
    echo "or run without training (ASYLON_TRAINING_INSTANCE=false ./run.sh)." >&2
    exit 1
  fi
  date -u +%Y-%m-%dT%H:%M:%SZ >>"$DATA/training-instance"
fi
LOG="$DATA/asylon.log"
if [ "$ASYLON_TRAINING_INSTANCE" = true ] && ! grep -q '^training\.trainer ' "$ASYLON_TRAINING_USERS_FILE" 2>/dev/null; then
  # The demo users' password is public, and trainees sign in beside them: the trainer, who reads every trainee's
  # scores and the answer keys, gets an account of their own, with a password made here once and kept (readable by
  # this user only) in the data directory so that every start can print it again.
  ( umask 077; head -c 18 /dev/urandom | base64 | tr '+/' 'xy' >"$DATA/trainer-password" )
  echo "training.trainer = $(java -cp modules/kernel/target/asylon-kernel-*[0-9T].jar org.asylon.kernel.security.PasswordHash \
    "$(cat "$DATA/trainer-password")") : trainer" >>"$ASYLON_TRAINING_USERS_FILE"
fi
echo "Starting Asylon on port $PORT (profile $ASYLON_PROFILE, data in $DATA, log in $LOG)..."
mkdir -p "$DATA/tmp"
# reception follows the border's event feed in the same instance, unless told otherwise
export ASYLON_FEED_ENTRY_URL=${ASYLON_FEED_ENTRY_URL:-http://127.0.0.1:$PORT/entry}
export ASYLON_FEED_ENTRY_USER=${ASYLON_FEED_ENTRY_USER:-feed.reader}
export ASYLON_FEED_ENTRY_PASSWORD=${ASYLON_FEED_ENTRY_PASSWORD:-asylon-demo}
# RSD follows reception's feed (asylum referrals become applications), unless told otherwise
export ASYLON_FEED_RECEPTION_URL=${ASYLON_FEED_RECEPTION_URL:-http://127.0.0.1:$PORT/reception}
export ASYLON_FEED_RECEPTION_USER=${ASYLON_FEED_RECEPTION_USER:-feed.reader}
export ASYLON_FEED_RECEPTION_PASSWORD=${ASYLON_FEED_RECEPTION_PASSWORD:-asylon-demo}
# entry follows reception (the same keys) and RSD back; detention follows entry (handovers) and RSD (claims) with the same keys: a request made downstream suspends a border refusal;
# return follows entry, reception and RSD with the same keys: the gate reads them to their end at every execution step
export ASYLON_FEED_RSD_URL=${ASYLON_FEED_RSD_URL:-http://127.0.0.1:$PORT/rsd}
export ASYLON_FEED_RSD_USER=${ASYLON_FEED_RSD_USER:-feed.reader}
export ASYLON_FEED_RSD_PASSWORD=${ASYLON_FEED_RSD_PASSWORD:-asylon-demo}
# reception follows return's feed: a request for protection heard by return's staff is referred to the asylum procedure
export ASYLON_FEED_RETURN_URL=${ASYLON_FEED_RETURN_URL:-http://127.0.0.1:$PORT/return}
export ASYLON_FEED_RETURN_USER=${ASYLON_FEED_RETURN_USER:-feed.reader}
export ASYLON_FEED_RETURN_PASSWORD=${ASYLON_FEED_RETURN_PASSWORD:-asylon-demo}
# return follows readmission's feed: a transfer carried out to a partner state ends the person's return case
export ASYLON_FEED_READMISSION_URL=${ASYLON_FEED_READMISSION_URL:-http://127.0.0.1:$PORT/readmission}
export ASYLON_FEED_READMISSION_USER=${ASYLON_FEED_READMISSION_USER:-feed.reader}
export ASYLON_FEED_READMISSION_PASSWORD=${ASYLON_FEED_READMISSION_PASSWORD:-asylon-demo}
# readmission: this state's code for its partners, and return's gate asked for the protection status before a transfer
export ASYLON_READMISSION_STATE=${ASYLON_READMISSION_STATE:-NLD}
export ASYLON_READMISSION_RETURN_URL=${ASYLON_READMISSION_RETURN_URL:-http://127.0.0.1:$PORT/return}
export ASYLON_READMISSION_RETURN_USER=${ASYLON_READMISSION_RETURN_USER:-liaison.officer}
export ASYLON_READMISSION_RETURN_PASSWORD=${ASYLON_READMISSION_RETURN_PASSWORD:-asylon-demo}
if [ "${ASYLON_DEMO_DATA:-true}" = true ]; then
  # The demo plays time: both readmission modules read a clock offset from a file (training only; the module warns),
  # which the loader moves from months in the past to PT0S, and their jobs run every second or two instead of every
  # minute, so that reply and transfer periods pass while it loads. The first start on a data directory begins in
  # the past; later starts find the clock at PT0S.
  export ASYLON_READMISSION_CLOCK_OFFSET_FILE=${ASYLON_READMISSION_CLOCK_OFFSET_FILE:-$DATA/readmission-clock-offset}
  [ -f "$ASYLON_READMISSION_CLOCK_OFFSET_FILE" ] || echo "-P240D" >"$ASYLON_READMISSION_CLOCK_OFFSET_FILE"
  export ASYLON_READMISSION_REPLY_PERIODS_INTERVAL=${ASYLON_READMISSION_REPLY_PERIODS_INTERVAL:-PT2S}
  export ASYLON_READMISSION_TRANSFER_PERIODS_INTERVAL=${ASYLON_READMISSION_TRANSFER_PERIODS_INTERVAL:-PT2S}
  export ASYLON_READMISSION_COURIER_INTERVAL=${ASYLON_READMISSION_COURIER_INTERVAL:-PT1S}
fi
java -Xmx768m -Duser.timezone=UTC -Dderby.system.home="$DATA" -Djava.io.tmpdir="$DATA/tmp" \
  -jar "$JAR" --port "$PORT" --nohazelcast >"$LOG" 2>&1 &
PID=$!
PARTNER_PID=
trap 'kill $PID $PARTNER_PID 2>/dev/null || true' INT TERM

if [ "${ASYLON_DEMO_DATA:-true}" = true ]; then
  # The demo partner state: a second Payara Micro with only the readmission module, its own database, key and clock
  # in $DATA/partner-state, the same profile. It must not share this state's code, key, database or return module.
  PARTNER_PORT=${ASYLON_PARTNER_PORT:-$((PORT + 1))}
  PARTNER_STATE=${ASYLON_PARTNER_STATE:-FRA}
  [ "$PARTNER_STATE" != "$ASYLON_READMISSION_STATE" ] || PARTNER_STATE=DEU
  PARTNER_DATA="$DATA/partner-state"
  PARTNER_BASE="http://127.0.0.1:$PARTNER_PORT"
  mkdir -p "$PARTNER_DATA/tmp"
  PARTNER_CLOCK="$PARTNER_DATA/readmission-clock-offset"
  [ -f "$PARTNER_CLOCK" ] || cp "$ASYLON_READMISSION_CLOCK_OFFSET_FILE" "$PARTNER_CLOCK"
  echo "Starting the demo partner state $PARTNER_STATE (readmission only) on port $PARTNER_PORT (log in $PARTNER_DATA/partner.log)..."
  env -u ASYLON_READMISSION_RETURN_URL -u ASYLON_READMISSION_RETURN_USER -u ASYLON_READMISSION_RETURN_PASSWORD \
      -u ASYLON_READMISSION_DB_URL -u ASYLON_READMISSION_DB_USER -u ASYLON_READMISSION_DB_PASSWORD \
      -u ASYLON_READMISSION_SIGNING_KEY_FILE -u ASYLON_READMISSION_SIGNING_KEY_ID \
      ASYLON_READMISSION_STATE="$PARTNER_STATE" ASYLON_READMISSION_CLOCK_OFFSET_FILE="$PARTNER_CLOCK" \
    java -Xmx256m -Duser.timezone=UTC -Dderby.system.home="$PARTNER_DATA" -Djava.io.tmpdir="$PARTNER_DATA/tmp" \
      -jar ear/target/micro/payara-micro.jar --deploy ear/target/micro/readmission.war --port "$PARTNER_PORT" \
      --nohazelcast >"$PARTNER_DATA/partner.log" 2>&1 &
  PARTNER_PID=$!
fi

BASE="http://127.0.0.1:$PORT"
# Payara Micro logs "ready" even when a deployment failed: wait for readiness AND an answering API.
for _ in $(seq 1 240); do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "Asylon stopped during start-up; see $LOG" >&2
    tail -n 30 "$LOG" >&2
    kill $PARTNER_PID 2>/dev/null || true
    exit 1
  fi
  if curl -fsS "$BASE/health/ready" 2>/dev/null | grep -q '"status":"UP"' \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' -u border.officer:asylon-demo "$BASE/entry/api/v1/crossing-points")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' -u reception.officer:asylon-demo "$BASE/reception/api/v1/arrivals")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' -u eligibility.officer:asylon-demo "$BASE/rsd/api/v1/applications")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' -u detention.officer:asylon-demo "$BASE/detention/api/v1/facilities")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' -u return.officer:asylon-demo "$BASE/return/api/v1/cases")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' -u liaison.officer:asylon-demo "$BASE/readmission/api/v1/regimes")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w "%{http_code}" "$BASE/entry/app/app.json")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/training/app/app.json")" = 200 ] \
     && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/capacity/api/v1/leaflets")" = 200 ]; then
    READY=1
    break
  fi
  sleep 1
done
if [ -z "${READY:-}" ]; then
  echo "Asylon did not become ready in 240 s; see $LOG" >&2
  curl -s "$BASE/health/ready" >&2 || true
  kill "$PID" $PARTNER_PID 2>/dev/null || true
  exit 1
fi

if [ "${ASYLON_DEMO_DATA:-true}" = true ]; then
  for _ in $(seq 1 120); do
    if ! kill -0 "$PARTNER_PID" 2>/dev/null; then
      echo "The demo partner state stopped during start-up; see $PARTNER_DATA/partner.log" >&2
      tail -n 30 "$PARTNER_DATA/partner.log" >&2
      kill "$PID" 2>/dev/null || true
      exit 1
    fi
    if curl -fsS "$PARTNER_BASE/health/ready" 2>/dev/null | grep -q '"status":"UP"' \
       && [ "$(curl -s -o /dev/null -w '%{http_code}' -u liaison.officer:asylon-demo "$PARTNER_BASE/readmission/api/v1/regimes")" = 200 ]; then
      PARTNER_READY=1
      break
    fi
    sleep 1
  done
  if [ -z "${PARTNER_READY:-}" ]; then
    echo "The demo partner state did not become ready in 120 s; see $PARTNER_DATA/partner.log" >&2
    kill "$PID" "$PARTNER_PID" 2>/dev/null || true
    exit 1
  fi
  # dated relative to the day it was first loaded into this data directory, so a restart replays, never duplicates
  [ -f "$DATA/demo-day" ] || date -u +%Y-%m-%d >"$DATA/demo-day"
  if ! ASYLON_DEMO_DAY=$(cat "$DATA/demo-day") ASYLON_DATA_DIR="$DATA" ASYLON_PARTNER_CLOCK_OFFSET_FILE="$PARTNER_CLOCK" \
      training/demo/load.sh "$BASE" "$PARTNER_BASE"; then
    echo "The demo data did not load (above); Asylon is stopped. Logs: $LOG, $PARTNER_DATA/partner.log" >&2
    kill "$PID" "$PARTNER_PID" 2>/dev/null || true
    exit 1
  fi
fi

# readmission's OpenAPI document, once the module has one
READMISSION_OPENAPI=
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readmission/api/v1/openapi.yaml")" = 200 ]; then
  READMISSION_OPENAPI="
                     $BASE/readmission/api/v1/openapi.yaml"
fi

cat <<INFO

Asylon is running (pid $PID, legal profile $ASYLON_PROFILE).

  Officers' web app  $BASE/entry/app/       the border: counter, groups, screening, outcomes (sign in as border.officer)
                     $BASE/reception/app/   the reception desk (sign in as reception.officer)
                     English, French, Arabic, Spanish; works offline once opened
$( [ "$ASYLON_TRAINING_INSTANCE" = true ] && printf '%s\n%s\n%s\n' \
"  Training           $BASE/training/app/    exercises, trainee accounts, scores and reports: sign in as" \
"                     training.trainer, password $(cat "$DATA/trainer-password" 2>/dev/null) (kept in $DATA/trainer-password);" \
"                     the run \"Demo\" of the short exercise \"A boat at the port\" is ready: see training/README.md")

  Border entry API   $BASE/entry/api/v1/   (e.g. $BASE/entry/api/v1/encounters)
  Reception API      $BASE/reception/api/v1/arrivals   (people referred from the border, through the feed)
  RSD API            $BASE/rsd/api/v1/applications   (asylum referrals from reception, through the feed)
  Detention API      $BASE/detention/api/v1/facilities   (places, orders, reviews, alternatives, monitoring, alerts)
  Return API         $BASE/return/api/v1/cases   (return cases, decisions, AVRR, operations; the non-refoulement gate)
  Readmission API    $BASE/readmission/api/v1/requests   (requests to and from partner states, transfers; state $ASYLON_READMISSION_STATE)
  State-to-state API $BASE/readmission/api/v1/state/requests   (partner states only, each call signed with its key)
  OpenAPI            $BASE/entry/api/v1/openapi.yaml   $BASE/reception/api/v1/openapi.yaml   $BASE/rsd/api/v1/openapi.yaml
                     $BASE/detention/api/v1/openapi.yaml   $BASE/return/api/v1/openapi.yaml   $BASE/capacity/api/v1/openapi.yaml${READMISSION_OPENAPI}
  Health             $BASE/health/ready   $BASE/health/live
  Metrics            $BASE/metrics
  Event feed         $BASE/entry/api/v1/events?after=0
  Audit trail        $BASE/entry/api/v1/audit/verification
  Deadlines          $BASE/entry/api/v1/deadlines/rules   (the legal profile's time limits, with their basis)
  Rights leaflets    $BASE/capacity/api/v1/leaflets   (printable, five languages, public: no sign-in)
  Self-assessment    $BASE/capacity/api/v1/self-assessment   (sign in as planner)
  Rule books         capacity-kit/rulebooks/comparison.md

Demo users (in the web app or over HTTP Basic, password "asylon-demo" for all; never use these in production):
  border.officer        border-officer        register encounters, screen, decide outcomes
  border.supervisor     border-supervisor     also manages crossing points
  auditor               auditor               reads and verifies the audit trail, reads the feed
  feed.reader           feed-reader           the account other modules use to follow the feed
  planner               planner               capacity self-assessment
  trainer               trainer               deadlines; not in a training instance, whose trainer is training.trainer
  reception.officer     reception-officer     arrivals and referrals (reception)
  partner.iom           partner               sees only the referrals made to its organisation
  eligibility.officer   eligibility-officer   RSD: applications, interviews, assessments, decisions
  eligibility.officer2  eligibility-officer   a second officer (the four-eyes reviewer)
  rsd.supervisor        rsd-supervisor        assigns files, sees every case (also eligibility-officer)
  appeal.officer        appeal-officer        appeals, never on a case they decided
  senior.officer        eligibility-officer   also appeal-officer: shows the independence rule
  legal.representative  legal-representative  reads only their clients' files
  detention.officer     detention-officer     detention: admits and places people, records conditions
  detention.authority   detention-authority   orders, extends, reviews and ends detention and its alternatives
  facility.manager      facility-manager      registers places of detention and their rooms
  court.clerk           court-clerk           records judicial reviews of detention
  monitor               monitor               independent monitor (national preventive mechanism; forced returns)
  monitor.unhcr         monitor               independent monitor (UNHCR)
  return.officer        return-officer        return: cases, decisions, AVRR referrals, alternative outcomes
  return.authority      return-authority      overrides a bar of the gate where the profile allows (also return-officer)
  return.operations     return-operations     escorts and operations: travel documents, removals, handovers
  liaison.officer       liaison-officer       readmission desk: requests, replies, evidence, assessments, transfers
  readmission.authority readmission-authority transfer decisions, partner states and their keys (also liaison-officer)
$( [ -n "$PARTNER_PID" ] && printf '\n%s\n%s\n' \
  "Demo partner state $PARTNER_STATE (pid $PARTNER_PID): $PARTNER_BASE/readmission/api/v1/requests, the same users;" \
  "  both readmission clocks are moved by files in the data directory (training only, never in production).")

Stop with Ctrl-C$( [ "${ASYLON_DETACH:-false}" = true ] && echo " or: kill $PID $PARTNER_PID" ).
INFO

if [ "${ASYLON_DETACH:-false}" = true ]; then
  exit 0
fi
STATUS=0
wait "$PID" || STATUS=$?
kill $PARTNER_PID 2>/dev/null || true
exit $STATUS
