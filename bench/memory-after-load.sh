#!/usr/bin/env bash
# Sends a bounded number of requests (default 1000) over HTTPS to a running stack
# on this machine and prints each container's memory before and after.
# Only loopback: the site's name is resolved to 127.0.0.1.
#
#   bench/memory-after-load.sh PROJECT DOMAIN HTTPS_PORT [REQUESTS] [CA_FILE]
#   e.g. bench/memory-after-load.sh auftritt example.org 443 1000
#
# Without CA_FILE, the certificate is not checked (-k): this measures memory, not TLS.
set -euo pipefail

project="${1:?compose project name (docker compose ls)}"
domain="${2:?the site DOMAIN}"
port="${3:-443}"
requests="${4:-1000}"
ca="${5:-}"

paths=(/ /blog /contact /login /css/site.css /does-not-exist)
tls=(-k)
[ -n "$ca" ] && tls=(--cacert "$ca")

stats() {
  docker stats --no-stream --format '{{.Name}}\t{{.MemUsage}}' \
    $(docker ps -q --filter "label=com.docker.compose.project=$project") | sort
}

echo "== memory before"
stats

config="$(mktemp)"
trap 'rm -f "$config"' EXIT
for ((i = 0; i < requests; i++)); do
  printf 'url = "https://%s:%s%s"\noutput = "/dev/null"\n' "$domain" "$port" "${paths[i % ${#paths[@]}]}" >> "$config"
done

echo "== $requests requests (${paths[*]}), 4 connections in parallel"
start=$(date +%s.%N)
curl --silent --show-error --no-progress-meter --parallel --parallel-max 4 --max-time 300 \
  --resolve "$domain:$port:127.0.0.1" "${tls[@]}" \
  --write-out '%{http_code}\n' --config "$config" | sort | uniq -c
echo "took $(echo "$(date +%s.%N) - $start" | bc) s"

sleep 2
echo "== memory after"
stats
app="$(docker ps -q --filter "label=com.docker.compose.project=$project" --filter "label=com.docker.compose.service=app")"
if [ -n "$app" ]; then
  echo "== the app's JVM (resident set, from /proc)"
  docker exec "$app" sh -c 'for p in /proc/[0-9]*; do [ "$(cat $p/comm)" = java ] && grep -E "VmRSS|VmHWM" $p/status; done'
fi
