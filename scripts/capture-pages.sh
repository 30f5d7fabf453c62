#!/usr/bin/env bash
# Fetches the public pages a render change can touch, as the public and as the demo ministry
# officer, in Korean and English, fresh (Cache-Control: no-cache), into a directory, CSRF tokens
# masked: run it against the portal before and after a change to how pages are written, then
# `diff -r before after` (issue 18: view fields written in Java must print the same bytes).
#
#   bash scripts/capture-pages.sh DIR [BASE] [DATA]
#   CAPTURE_URLS="/complexes /complexes?page=2" bash scripts/capture-pages.sh DIR   # these pages only
#   CAPTURE_USER=region-gyeongnam bash scripts/capture-pages.sh DIR   # signed in as another demo account
#
# BASE: the portal (http://localhost:8090, e.g. started by scripts/benchmark.sh's way on the
# synthetic data); DATA: its data directory's parent, for demo-password.txt (./data). Takes the
# dashboard, map and plan search with filters, home, every round, region and plan page listed,
# and each plan's published milestones.
set -euo pipefail
OUT=$1 BASE=${2:-http://localhost:8090} DATA=${3:-./data}
mkdir -p "$OUT"
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
PASSWORD=$(cat "$DATA/demo-password.txt")
csrf=$(curl -s -c "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=${CAPTURE_USER:-ministry}" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
links() { grep -o "href=\"$1[a-z0-9-]*\"" | sed 's/^href="//;s/"$//' | sort -u || true; }
HOME_PAGE=$(curl -s "$BASE/")
# (query values percent-encoded: curl sends what it is given, and Tomcat refuses raw UTF-8)
URLS="/ /dashboard /dashboard?year=2030 /dashboard?industry=%EB%B0%98%EB%8F%84%EC%B2%B4 /map /map?colour=attainment \
/plans /plans?status=DESIGNATED /plans?status=SELECTED /plans?industry=%EC%A0%84%EC%9E%90 /plans?industry=%3Cb%3E%22x%27 \
/plans?round=1999&region=zz&status=X /complexes /complexes?page=3 /complexes?smartGreen=true \
/complexes?region=GYEONGNAM&type=NATIONAL /complexes?name=%3Cb%3E%22x%27&region=zz /complexes?page=999"
for round in $(echo "$HOME_PAGE" | links /rounds/); do
  URLS="$URLS $round /dashboard?round=${round#/rounds/}"
  for plan in $(curl -s "$BASE$round" | links /plans/); do
    URLS="$URLS $plan"
    # the plan's published milestones (a frozen copy's page)
    for milestone in $(curl -s "$BASE$plan" | grep -o "href=\"$plan/milestones/[A-Z_]*\"" | sed 's/^href="//;s/"$//' | sort -u); do
      URLS="$URLS $milestone"
    done
  done
done
for region in $(curl -s "$BASE/map" | links /regions/); do URLS="$URLS $region"; done
# CAPTURE_URLS: these pages instead (e.g. "/complexes /complexes?page=2")
URLS=${CAPTURE_URLS:-$URLS}
mask='s/name="_csrf" value="[^"]*"/CSRF/g; s/content="[A-Za-z0-9_-]\{30,\}"/CSRF/g'
i=0
for url in $URLS; do
  i=$((i + 1))
  sep='?'
  [[ $url == *\?* ]] && sep='&'
  for lang in ko en; do
    curl -s -H 'Cache-Control: no-cache' "$BASE$url${sep}lang=$lang" | sed "$mask" > "$OUT/public-$i-$lang.html"
    curl -s -b "$JAR" -H 'Cache-Control: no-cache' "$BASE$url${sep}lang=$lang" | sed "$mask" > "$OUT/ministry-$i-$lang.html"
  done
  echo "$i $url" >> "$OUT/index.txt"
done
echo "$(ls "$OUT" | wc -l) files in $OUT" >&2
