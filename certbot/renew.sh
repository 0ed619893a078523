#!/bin/sh
# Renews the certificates that are due (certbot decides; Let's Encrypt's
# certificates at about a third of their lifetime left). Extra arguments go to
# certbot, e.g. to renew now:
#   docker compose exec certbot certbot-renew --force-renewal
set -eu

. /usr/local/lib/certbot-env.sh

# Not on a terminal, certbot would wait a random time of up to minutes first.
exec certbot renew --no-random-sleep-on-renew --non-interactive \
  --deploy-hook /usr/local/bin/certbot-deploy-hook "$@"
