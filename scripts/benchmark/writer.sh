#!/usr/bin/env bash
# The writer of the benchmark's mixed run (issue 18): every second, as on a deadline day, the
# ministry officer signs in (a new session) and saves the notice of a call prepared for a year
# nobody reads (the save is audited, as every change: it moves the data generation of its round
# and of "all"). Runs until killed. Usage: writer.sh BASE PASSWORD LOG
set -uo pipefail
BASE=$1 PASSWORD=$2 LOG=$3
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
signin() {
  rm -f "$JAR"
  local token
  token=$(curl -s -c "$JAR" "$BASE/login" | csrf)
  curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=ministry" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
}
LOCAL_FORMAT=+%Y-%m-%dT%H:%M
fields() { # version
  local opens closes
  opens=$(TZ=Asia/Seoul date -d '+30 days' $LOCAL_FORMAT)
  closes=$(TZ=Asia/Seoul date -d '+60 days' $LOCAL_FORMAT)
  printf '%s\n' "year=$YEAR" "ordinal=$ORDINAL" "plannedDesignations=5" "opensAt=$opens" "closesAt=$closes" \
    "requiredAttachments=" "indicators[0].name=혁신계획 타당성" "indicators[0].weight=100" ${1:+"version=$1"}
}
post() { # url token version notice
  local args=() field
  while IFS= read -r field; do args+=(--data-urlencode "$field"); done < <(fields "$3")
  curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' "${args[@]}" \
    --data-urlencode "notice=$4" --data-urlencode "_csrf=$2" "$BASE$1"
}
signin
FORM=$(curl -s -b "$JAR" -c "$JAR" "$BASE/ministry/calls/new")
value() { grep -o "id=\"$1\"[^>]*value=\"[0-9]*\"" | grep -o '[0-9]*"$' | tr -d '"'; }
YEAR=$(echo "$FORM" | value year)
ORDINAL=$(echo "$FORM" | value ordinal)
PREPARED=$(post /ministry/calls "$(echo "$FORM" | csrf)" "" "벤치마크 공고")
CALL=$(echo "$PREPARED" | grep -o '/ministry/calls/[0-9]*' | grep -o '[0-9]*$')
[ -n "$CALL" ] || { echo "writer: could not prepare a call of $YEAR ($PREPARED)" >&2; exit 1; }
echo "writer: call $CALL of $YEAR" >> "$LOG"
SAVES=0 FAILED=0
while true; do
  START=$(date +%s.%N)
  signin
  PAGE=$(curl -s -b "$JAR" -c "$JAR" "$BASE/ministry/calls/$CALL")
  VERSION=$(echo "$PAGE" | grep -o 'name="version" value="[0-9]*"' | head -1 | grep -o '[0-9]*"$' | tr -d '"')
  ANSWER=$(post "/ministry/calls/$CALL" "$(echo "$PAGE" | csrf)" "$VERSION" "벤치마크 공고 $(date +%s)")
  if [[ $ANSWER == 302* ]]; then SAVES=$((SAVES + 1)); else
    FAILED=$((FAILED + 1))
    echo "writer: save refused: $ANSWER (version ${VERSION:-none read})" >> "$LOG"
  fi
  echo "saves=$SAVES failed=$FAILED" > "$LOG.count"
  sleep "$(echo "1 - ($(date +%s.%N) - $START)" | bc | sed 's/^-.*/0/;s/^\./0./')"
done
