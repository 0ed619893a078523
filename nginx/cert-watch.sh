#!/bin/sh
# Polls the certificate that nginx serves and reloads nginx when it changed:
# certbot's deploy hook re-points /etc/letsencrypt/active, a renewal changes the
# files behind live/NAME. Shared volume, no Docker socket, no signal across
# containers. A stat every few seconds costs nothing.
interval="${CERT_POLL_SECONDS:-5}"
le=/etc/letsencrypt

stamp() {
  cert="$(readlink -f "$le/active/fullchain.pem" 2>/dev/null)" || return 0
  key="$(readlink -f "$le/active/privkey.pem" 2>/dev/null)" || return 0
  stat -c '%n %Y %s' "$cert" "$key" 2>/dev/null || true
}

last="$(stamp)"
while sleep "$interval"; do
  now="$(stamp)"
  [ -n "$now" ] && [ "$now" != "$last" ] || continue
  # A certificate and key caught between two writes fail the test: try again
  # at the next poll.
  if nginx -t -q 2>/dev/null && nginx -s reload; then
    echo "cert-watch: certificate changed ($(echo "$now" | head -n1 | cut -d' ' -f1)), nginx reloaded"
    last="$now"
  fi
done
