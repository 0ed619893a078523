#!/bin/sh
# Starts nginx for DOMAIN. Before the first certificate exists it makes a
# self-signed placeholder, so nginx can listen on 443 and serve the ACME
# challenge on 80 for certbot.
set -eu

: "${DOMAIN:?DOMAIN is not set: copy .env.example to .env and set it}"
case "$DOMAIN" in
  *[!A-Za-z0-9.-]* | "" | .* | -*)
    echo "docker-entrypoint: DOMAIN '$DOMAIN' is not a host name" >&2; exit 1 ;;
esac

le=/etc/letsencrypt
if [ ! -s "$le/active/fullchain.pem" ] || [ ! -s "$le/active/privkey.pem" ]; then
  # Outside live/ and archive/: certbot refuses to issue into a live/NAME
  # folder that it did not create.
  echo "docker-entrypoint: no certificate yet, serving a self-signed placeholder for $DOMAIN"
  mkdir -p "$le/placeholder"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
    -subj "/CN=$DOMAIN" -addext "subjectAltName=DNS:$DOMAIN" \
    -keyout "$le/placeholder/privkey.pem" -out "$le/placeholder/fullchain.pem" 2>/dev/null
  chmod 0600 "$le/placeholder/privkey.pem"
  ln -sfn placeholder "$le/.active.tmp"
  mv -Tf "$le/.active.tmp" "$le/active"
fi

sed "s/@DOMAIN@/$DOMAIN/g" /etc/nginx/templates/site.conf.template > /etc/nginx/conf.d/site.conf
nginx -t -q

# Reloads nginx whenever the certificate behind "active" changes (first
# issuance, renewal). It becomes a child of nginx, which stays PID 1.
/usr/local/bin/cert-watch &

exec "$@"
