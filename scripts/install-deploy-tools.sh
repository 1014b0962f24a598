#!/usr/bin/env bash
# Install the tools the deploy tests run, from Debian's packages, when they are missing:
#   prometheus + promtool  (package prometheus)      promtool check/test, the end-to-end test
#   docker-compose 1.29    (package docker-compose)  `docker-compose config` validates the file
# Quiet and quick when everything is there; needs root or sudo otherwise.
set -euo pipefail

missing=()
command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deploy-tools: missing ${missing[*]}, and there is no apt-get here; install them" \
         "by hand (Prometheus >= 2.42 with promtool, docker-compose >= 1.29)" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deploy-tools: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deploy-tools: installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1
"${sudo[@]}" apt-get update -qq
# No recommends: docker-compose would pull a whole Docker engine, prometheus the node exporter.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
command -v promtool >/dev/null && command -v docker-compose >/dev/null
