#!/usr/bin/env bash
# Installs and starts a Docker engine with Compose v2 and buildx on a Debian
# bookworm machine (run as root). Idempotent.
#  - engine: Debian's docker.io
#  - Compose v2 and buildx: Debian trixie's docker-compose and docker-buildx
#    packages (static Go binaries that need only libc), fetched with a private
#    trixie source list so the machine's own sources stay untouched.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

if ! command -v dockerd >/dev/null; then
  apt-get install -y -q docker.io
fi

if ! docker compose version >/dev/null 2>&1 || ! docker buildx version >/dev/null 2>&1; then
  work="$(mktemp -d /tmp/trixie-apt.XXXXXX)"
  mkdir -p "$work/lists/partial" "$work/debs"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
    > "$work/sources.list"
  opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$work/lists" -o APT::Sandbox::User=root)
  apt-get "${opts[@]}" update -q
  (cd "$work/debs" && apt-get "${opts[@]}" download docker-compose docker-buildx)
  dpkg -i "$work"/debs/*.deb
  rm -rf "$work"
fi

# The engine: start it unless one answers already.
if ! docker info >/dev/null 2>&1; then
  # A dockerd that was killed (e.g. when the previous session ended) leaves its
  # pid file behind.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  if [ -d /run/systemd/system ] && systemctl start docker 2>/dev/null; then
    :
  else
    nohup dockerd >/var/log/dockerd.log 2>&1 &
  fi
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
fi
docker info >/dev/null 2>&1 || { echo "the Docker engine did not come up" >&2; tail -n 30 /var/log/dockerd.log >&2 || true; exit 1; }

echo "engine:  $(docker version -f '{{.Server.Version}}')"
echo "compose: $(docker compose version --short)"
echo "buildx:  $(docker buildx version | head -n1)"
