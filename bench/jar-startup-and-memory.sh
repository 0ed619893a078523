#!/usr/bin/env bash
# Start-up time of the plain jar and its resident memory after a bounded number of requests to /blog.
# Everything stays on this machine: a fresh data folder, the app on a loopback port, curl on 127.0.0.1.
#
#   bench/jar-startup-and-memory.sh [REQUESTS] [PORT] [-- extra JVM options]
#   e.g. bench/jar-startup-and-memory.sh 1000 18090
#        bench/jar-startup-and-memory.sh 1000 18090 -- -XX:+UseSerialGC -Xmx160m
#
# Builds target/auftritt.jar first when it is missing. Seeds 25 posts through the admin area so that /blog has
# three pages of real content. Prints: seconds until /actuator/health answered UP, Spring's own "Started ... in",
# and VmRSS / VmHWM of the JVM before and after the load.
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${1:-1000}"
port="${2:-18090}"
shift $(( $# >= 2 ? 2 : $# ))
[ "${1:-}" = "--" ] && shift
jvm_options=("$@")

[ -f target/auftritt.jar ] || ./mvnw -B -q -DskipTests package

work="$(mktemp -d)"
password="bench-$(date +%s)-password"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s.%N)
DATA_DIR="$work/data" SERVER_PORT="$port" ADMIN_PASSWORD="$password" SITE_URL="http://127.0.0.1:$port" \
  java "${jvm_options[@]}" -jar target/auftritt.jar > "$work/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.1
done
ready=$(echo "$(date +%s.%N) - $start" | bc)
echo "JVM options: ${jvm_options[*]:-(defaults)}"
echo "health UP after: ${ready} s"
grep -o "Started AuftrittApplication in [0-9.]* seconds[^)]*)" "$work/app.log" || true

rss() { grep -E "VmRSS|VmHWM" "/proc/$pid/status" | tr -s ' \t' ' ' | paste -sd ' '; }
echo "memory at start: $(rss)"

# Seed posts as the owner would: log in, then post the form (CSRF token from each page).
jar="$work/cookies"
token() { curl -s -b "$jar" -c "$jar" "http://127.0.0.1:$port$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$(token /login)" "http://127.0.0.1:$port/login"
for i in $(seq 1 25); do
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$(token /admin/posts/new)" \
    --data-urlencode "title=Beitrag Nummer $i über Köln" --data-urlencode "slug=" --data-urlencode "summary=" \
    --data-urlencode "body=$(printf 'Ein Absatz mit **Markdown** und [Link](/about).\n\n| A | B |\n|---|---|\n| %s | x |\n' "$i")" \
    --data-urlencode "tags=bench, köln" --data-urlencode "status=PUBLISHED" --data-urlencode "publishAt=" \
    "http://127.0.0.1:$port/admin/posts"
done
echo "posts on /blog page 1: $(curl -s "http://127.0.0.1:$port/blog" | grep -c 'class="teaser"')"

config="$work/requests"
for ((i = 0; i < requests; i++)); do
  printf 'url = "http://127.0.0.1:%s/blog%s"\noutput = "/dev/null"\n' "$port" "$([ $((i % 3)) -eq 0 ] && echo "" || echo "?page=$((i % 3 + 1))")" >> "$config"
done
load_start=$(date +%s.%N)
codes=$(curl -s --no-progress-meter --parallel --parallel-max 4 --max-time 300 --write-out '%{http_code}\n' --config "$config" | sort | uniq -c | tr -s ' ' | paste -sd ',')
echo "$requests requests to /blog (pages 1-3, 4 in parallel): status counts [$codes] in $(echo "$(date +%s.%N) - $load_start" | bc) s"
sleep 1
echo "memory after load: $(rss)"
