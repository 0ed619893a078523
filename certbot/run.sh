#!/bin/sh
# Obtains the certificate for DOMAIN once, then tries a renewal twice a day.
#   DOMAIN             the site's host name (required)
#   LETSENCRYPT_EMAIL  the ACME account's contact address (optional)
#   STAGING=1          Let's Encrypt's staging server (untrusted test certificates)
#   ACME_SERVER        any RFC 8555 directory URL; wins over STAGING
#   ACME_CA_BUNDLE     PEM bundle (path in this container) to trust for ACME_SERVER
#   RENEW_INTERVAL     seconds between renewal checks (default 43200: twice a day)
set -eu

: "${DOMAIN:?DOMAIN is not set: copy .env.example to .env and set it}"
. /usr/local/lib/certbot-env.sh

le=/etc/letsencrypt
webroot=/var/www/acme
interval="${RENEW_INTERVAL:-43200}"

trap 'echo "certbot-run: stopping"; exit 0' TERM INT

pause() { sleep "$1" & wait $!; }

# Points nginx at the lineage for DOMAIN (the deploy hook does the same after
# each issuance or renewal); nginx's cert-watch notices and reloads.
point_nginx_at_lineage() {
  if [ -s "$le/live/$DOMAIN/fullchain.pem" ] && [ "$(readlink "$le/active" 2>/dev/null)" != "live/$DOMAIN" ]; then
    RENEWED_LINEAGE="$le/live/$DOMAIN" /usr/local/bin/certbot-deploy-hook
  fi
}

# Waits until nginx serves our webroot on port 80, so that a first attempt
# does not burn one of the CA's failed-validation allowances.
wait_for_webroot() {
  mkdir -p "$webroot/.well-known/acme-challenge"
  probe="probe-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  echo "$probe" > "$webroot/.well-known/acme-challenge/$probe"
  i=0
  until python3 -c "import sys, urllib.request; sys.exit(urllib.request.urlopen(sys.argv[1], timeout=5).read().strip() != sys.argv[2].encode())" \
        "http://${NGINX_HOST:-nginx}/.well-known/acme-challenge/$probe" "$probe" 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -ge 60 ]; then echo "certbot-run: nginx does not serve the webroot yet, trying anyway"; break; fi
    pause 2
  done
  rm -f "$webroot/.well-known/acme-challenge/$probe"
}

lineage_server() { sed -n 's/^server *= *//p' "$le/renewal/$DOMAIN.conf" 2>/dev/null; }

# First issuance, or a new one when the ACME server changed (e.g. from
# STAGING=1 to production). Failed attempts back off from 1 minute to 1 hour:
# Let's Encrypt allows only a few failed validations per hour.
delay=60
while [ ! -s "$le/renewal/$DOMAIN.conf" ] || [ "$(lineage_server)" != "$ACME_DIRECTORY" ]; do
  if [ -s "$le/renewal/$DOMAIN.conf" ]; then
    echo "certbot-run: the certificate for $DOMAIN is from $(lineage_server), replacing it with one from $ACME_DIRECTORY"
    extra="--force-renewal"
  else
    echo "certbot-run: obtaining a certificate for $DOMAIN from $ACME_DIRECTORY"
    extra=""
  fi
  wait_for_webroot
  if [ -n "${LETSENCRYPT_EMAIL:-}" ]; then
    account="--email $LETSENCRYPT_EMAIL --no-eff-email"
  else
    account="--register-unsafely-without-email"
  fi
  # shellcheck disable=SC2086
  if certbot certonly --webroot -w "$webroot" --cert-name "$DOMAIN" -d "$DOMAIN" \
       --server "$ACME_DIRECTORY" $account $extra --agree-tos --non-interactive \
       --deploy-hook /usr/local/bin/certbot-deploy-hook; then
    break
  fi
  echo "certbot-run: no certificate this time, next attempt in ${delay}s"
  pause "$delay"
  delay=$((delay * 2 > 3600 ? 3600 : delay * 2))
done
point_nginx_at_lineage

while true; do
  /usr/local/bin/certbot-renew || echo "certbot-run: renewal check failed, next one in ${interval}s"
  point_nginx_at_lineage
  pause "$interval"
done
