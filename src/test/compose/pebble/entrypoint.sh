#!/bin/sh
# Pebble's package ships no certificate for its own HTTPS endpoint: make a
# throwaway CA and a certificate for the names Pebble is reached by, at start,
# into the shared volume /pebble-ca. certbot trusts ca.pem (ACME_CA_BUNDLE).
set -eu
dir=/pebble-ca
mkdir -p "$dir"
if [ ! -s "$dir/ca.pem" ] || [ ! -s "$dir/pebble.pem" ]; then
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 \
    -subj "/CN=Auftritt test CA for Pebble" -keyout "$dir/ca-key.pem" -out "$dir/ca.pem.tmp" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=pebble" -keyout "$dir/pebble-key.pem" -out "$dir/pebble.csr" 2>/dev/null
  printf 'subjectAltName=DNS:pebble,DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$dir/ext.cnf"
  openssl x509 -req -in "$dir/pebble.csr" -CA "$dir/ca.pem.tmp" -CAkey "$dir/ca-key.pem" \
    -CAcreateserial -days 7 -extfile "$dir/ext.cnf" -out "$dir/pebble.pem" 2>/dev/null
  rm -f "$dir/pebble.csr" "$dir/ext.cnf" "$dir/ca-key.pem" "$dir"/*.srl
  chmod 0644 "$dir/ca.pem.tmp" "$dir/pebble.pem"
  mv "$dir/ca.pem.tmp" "$dir/ca.pem"
fi

cat > /tmp/pebble-config.json <<JSON
{
  "pebble": {
    "listenAddress": "0.0.0.0:14000",
    "managementListenAddress": "0.0.0.0:15000",
    "certificate": "$dir/pebble.pem",
    "privateKey": "$dir/pebble-key.pem",
    "httpPort": 80,
    "tlsPort": 443,
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false,
    "certificateValidityPeriod": 7776000
  }
}
JSON
exec pebble -config /tmp/pebble-config.json "$@"
