#!/usr/bin/env bash
# The README's promise, checked: on a fresh Debian 12 (a debootstrap minbase chroot) with Swift at
# /opt/swift and only the packages Swift itself needs (and make), `make test` installs what else
# is missing and passes. Needs root, debootstrap and Debian's package mirror; takes a while.
# Not part of `make test`. The chroot stays in .build/fresh-debian for a second run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian: needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "fresh-debian: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }

root="$PWD/.build/fresh-debian"
[ -x "$root/bin/bash" ] || debootstrap --variant=minbase bookworm "$root"

mounted=()
mount_into() { mkdir -p "$root/$2"; mount "${@:3}" "$1" "$root/$2"; mounted=("$2" "${mounted[@]}"); }
cleanup() { for path in "${mounted[@]}"; do umount "$root/$path" || true; done; }
trap cleanup EXIT
mount_into proc proc -t proc
mount_into /dev dev --bind
mount_into /dev/pts dev/pts --bind
mount_into /opt/swift opt/swift --bind
# The machine's Swift packages and git's pointer to them, when it has them (no network for those).
if [ -d /opt/swift-packages ]; then mount_into /opt/swift-packages opt/swift-packages --bind; fi
[ -f /etc/gitconfig ] && cp /etc/gitconfig "$root/etc/gitconfig"
cp /etc/resolv.conf "$root/etc/resolv.conf"

rm -rf "$root/src/runde" && mkdir -p "$root/src"
git clone --quiet "$PWD" "$root/src/runde"
chroot "$root" /bin/bash -euxc '
  export DEBIAN_FRONTEND=noninteractive PATH=/opt/swift/usr/bin:$PATH
  apt-get update -q
  # What Swift itself needs on Debian 12 (as its install notes list), and make.
  apt-get install -y -q --no-install-recommends binutils-gold gcc libc6-dev libstdc++-12-dev libcurl4-openssl-dev \
    libedit2 libxml2 pkg-config uuid-dev tzdata git zlib1g-dev make ca-certificates
  cd /src/runde && make test
'
echo "fresh-debian: make test passed on a fresh Debian 12"
