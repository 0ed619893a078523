# Sourced by certbot-run and certbot-renew: which ACME server, which CA to trust.
#   ACME_SERVER (wins) > STAGING=1 (Let's Encrypt staging) > Let's Encrypt.
if [ -n "${ACME_SERVER:-}" ]; then
  ACME_DIRECTORY="$ACME_SERVER"
elif [ "${STAGING:-0}" = "1" ]; then
  ACME_DIRECTORY="https://acme-staging-v02.api.letsencrypt.org/directory"
else
  ACME_DIRECTORY="https://acme-v02.api.letsencrypt.org/directory"
fi
export ACME_DIRECTORY

if [ -n "${ACME_CA_BUNDLE:-}" ]; then
  if [ ! -s "$ACME_CA_BUNDLE" ]; then
    echo "certbot: ACME_CA_BUNDLE=$ACME_CA_BUNDLE is not a file in this container (mount it with an override file)" >&2
    exit 1
  fi
  # certbot talks to the ACME server through python-requests.
  export REQUESTS_CA_BUNDLE="$ACME_CA_BUNDLE"
fi
