#!/bin/sh
# certbot runs this after each successful issuance or renewal, with
# RENEWED_LINEAGE=/etc/letsencrypt/live/NAME. It points the link that nginx reads
# (/etc/letsencrypt/active) at that lineage; nginx's cert-watch sees the change
# and reloads nginx. The link is replaced atomically (rename), never half-written.
set -eu
: "${RENEWED_LINEAGE:?certbot sets RENEWED_LINEAGE}"
le=/etc/letsencrypt
name="$(basename "$RENEWED_LINEAGE")"
ln -sfn "live/$name" "$le/.active.tmp"
mv -Tf "$le/.active.tmp" "$le/active"
rm -rf "$le/placeholder"
echo "certbot-deploy-hook: nginx now serves $RENEWED_LINEAGE ($(openssl x509 -noout -serial -enddate -in "$RENEWED_LINEAGE/cert.pem" | tr '\n' ' '))"
