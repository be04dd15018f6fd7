#!/usr/bin/env bash
# Run the README's own `make test` and `make demo` on QGIS 3.40 and 3.44, each
# in a Debian 13 chroot built once with debootstrap and cached outside the clone.
#
#   tools/qgis_matrix.sh build VERSION   build (once) the chroot for 3.40 or 3.44
#   tools/qgis_matrix.sh run VERSION [test]
#                                        fresh clone of this repository (plus any
#                                        uncommitted changes) into the chroot,
#                                        then `make test` and `make demo` there (only
#                                        `make test` with "test"); the demo's
#                                        outputs land in build/matrix/VERSION
#   tools/qgis_matrix.sh shell VERSION [COMMAND...]
#                                        for developers: lay the working tree over
#                                        the clone left by the last run (keeping its
#                                        venvs) and run COMMAND there (default: bash)
#   tools/qgis_matrix.sh clean           remove the cached chroots
#
# A chroot starts from only QGIS, make and git: everything else must come from
# `make setup`, so a missing install step shows. Mounts are undone on exit,
# also on failure or interrupt. Needs root (debootstrap, mount, chroot).
set -euo pipefail

CACHE=${SOC_HARM_CHROOT_CACHE:-/var/cache/soc-harm-chroots}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=$(cd "$REPO/.." && pwd)/shared
WORK=/work/soc-harm            # where the clone sits inside the chroot
MOUNTED=()                     # mount points to undo, innermost last

log() { printf '%s matrix: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

usage() { sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, mount and chroot); run it as root or with sudo"

chroot_dir() {
  case "$1" in
    3.40|3.44) echo "$CACHE/qgis-$1" ;;
    *) die "unknown QGIS version '$1': the matrix has 3.40 (Debian 13) and 3.44 (Debian 13 backports)" ;;
  esac
}

undo_mounts() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount -R "${MOUNTED[$i]}" 2>/dev/null || umount -lR "${MOUNTED[$i]}" 2>/dev/null || true
  done
  MOUNTED=()
}
trap undo_mounts EXIT
trap 'log "interrupted"; exit 130' INT TERM

clear_stale_mounts() {  # mounts left under $1 by a run that was killed outright
  local m
  for m in $(awk -v r="$1" 'index($5, r "/") == 1 {print $5}' /proc/self/mountinfo | sort -r); do
    umount -R "$m" 2>/dev/null || umount -lR "$m" 2>/dev/null || true
  done
}

bind() {  # bind SRC DEST [ro]
  mkdir -p "$2"
  mount --rbind "$1" "$2"
  mount --make-rslave "$2"
  [ "${3:-}" = ro ] && mount -o remount,bind,ro "$2"
  MOUNTED+=("$2")
}

mount_system() {  # proc, /dev and /sys for a chroot at $1
  local root=$1
  mkdir -p "$root/proc"
  mount -t proc proc "$root/proc"; MOUNTED+=("$root/proc")
  bind /dev "$root/dev"
  bind /sys "$root/sys"
  mkdir -p "$root/dev/shm"
}

# What the host uses to reach Debian's archive and PyPI: DNS, pip's own
# configuration (files, PIP_* variables, local indexes) and extra CA certificates.
carry_network_config() {
  local root=$1 f
  cp -L /etc/resolv.conf "$root/etc/resolv.conf"
  for f in /etc/pip.conf /etc/xdg/pip; do
    [ -e "$f" ] && { mkdir -p "$root$(dirname "$f")"; rm -rf "${root:?}$f"; cp -a "$f" "$root$f"; }
  done
  if [ -d /usr/local/share/ca-certificates ] && [ -n "$(ls -A /usr/local/share/ca-certificates)" ]; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1 || true
  fi
  for f in /etc/apt/apt.conf.d/*proxy* /etc/apt/apt.conf.d/99artifact-registry; do
    [ -e "$f" ] && cp -a "$f" "$root/etc/apt/apt.conf.d/"
  done
  return 0
}

pip_local_indexes() {  # file:// locations named by pip's configuration that exist here
  { pip config list 2>/dev/null || true; env | grep '^PIP_' || true; } \
    | grep -oE "(file://)?/[^' ]+" | sed 's#^file://##' \
    | while read -r p; do
        case "$p" in /etc/*|*.crt|*.pem|*.txt) continue ;; esac
        top=$(echo "$p" | cut -d/ -f1-3)
        [ -d "$top" ] && echo "$top"
      done | sort -u
}

in_chroot() {  # in_chroot ROOT COMMAND...: a clean environment plus the host's PIP_* and CA variables
  local root=$1; shift
  local envs=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
              LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive TERM=dumb)
  while IFS='=' read -r k v; do
    case "$k" in PIP_*|SSL_CERT_FILE|SSL_CERT_DIR|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE) envs+=("$k=$v") ;; esac
  done < <(env)
  chroot "$root" /usr/bin/env -i "${envs[@]}" "$@"
}

build() {
  local version=$1 root base
  root=$(chroot_dir "$version")
  if [ -f "$root/.soc-harm-ready" ]; then
    log "QGIS $version chroot ready in $root ($(in_chroot "$root" dpkg-query -W -f='${Version}' qgis))"
    return 0
  fi
  command -v debootstrap >/dev/null || {
    log "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap >/dev/null
  }
  mkdir -p "$CACHE/apt-archives/partial"
  base="$CACHE/base-$SUITE"
  if [ ! -f "$base/.soc-harm-base" ]; then
    log "debootstrap $SUITE into $base (a few minutes, once)"
    rm -rf "$base"
    debootstrap --variant=minbase --include=ca-certificates --cache-dir="$CACHE/apt-archives" \
      "$SUITE" "$base" "$MIRROR" >&2
    touch "$base/.soc-harm-base"
  fi
  log "QGIS $version: copying the base system"
  clear_stale_mounts "$root.tmp"
  rm -rf "$root.tmp"
  cp -a "$base" "$root.tmp"
  rm -f "$root.tmp/.soc-harm-base"
  cat > "$root.tmp/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: $SUITE $SUITE-updates $SUITE-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  rm -f "$root.tmp/etc/apt/sources.list"
  mount_system "$root.tmp"
  bind "$CACHE/apt-archives" "$root.tmp/var/cache/apt/archives"
  carry_network_config "$root.tmp"
  # Keep downloaded packages in the shared cache for the other chroot.
  echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > "$root.tmp/etc/apt/apt.conf.d/01keep-debs"
  local target=()
  [ "$version" = 3.44 ] && target=(-t "$SUITE-backports")
  log "QGIS $version: apt-get install QGIS, make and git"
  in_chroot "$root.tmp" apt-get update >&2
  in_chroot "$root.tmp" apt-get install -y --no-install-recommends "${target[@]}" \
    qgis python3-qgis qgis-providers >&2
  in_chroot "$root.tmp" apt-get install -y --no-install-recommends make git >&2
  local got
  got=$(in_chroot "$root.tmp" dpkg-query -W -f='${Version}' qgis)
  case "$got" in "$version".*) ;; *) die "QGIS $version wanted, $got installed" ;; esac
  undo_mounts
  touch "$root.tmp/.soc-harm-ready"
  rm -rf "$root"
  mv "$root.tmp" "$root"
  log "QGIS $version chroot ready in $root (qgis $got)"
}

# A fresh clone of this repository at HEAD, with the working tree's
# uncommitted and untracked changes laid over it, so what is tested is what you see.
fresh_clone() {
  local dest=$1
  rm -rf "$dest"
  git clone -q --no-local "$REPO" "$dest"
  git -C "$dest" config user.email matrix@localhost
  git -C "$dest" config user.name matrix
  local patch
  patch=$(mktemp)
  git -C "$REPO" diff HEAD --binary > "$patch"
  if [ -s "$patch" ]; then
    git -C "$dest" apply --whitespace=nowarn "$patch"
    log "laid the working tree's uncommitted changes over the clone"
  fi
  rm -f "$patch"
  (cd "$REPO" && git ls-files --others --exclude-standard -z) | while IFS= read -r -d '' f; do
    mkdir -p "$dest/$(dirname "$f")"
    cp -a "$REPO/$f" "$dest/$f"
  done
}

run() {
  local version=$1 mode=${2:-all} root out rc=0
  root=$(chroot_dir "$version")
  build "$version"
  exec 9>"$root.lock"
  flock -n 9 || die "another matrix run is using the QGIS $version chroot"
  clear_stale_mounts "$root"
  mount_system "$root"
  for p in $(pip_local_indexes); do bind "$p" "$root$p" ro; done
  carry_network_config "$root"
  rm -rf "$root/work"
  mkdir -p "$root/work"
  if [ -d "$SHARED" ]; then bind "$SHARED" "$root/work/shared" ro; fi
  fresh_clone "$root$WORK"
  local steps="make test"
  [ "$mode" = test ] || steps="make test && make demo"
  log "QGIS $version: $steps in a fresh clone ($(in_chroot "$root" dpkg-query -W -f='${Version}' qgis))"
  local started=$SECONDS
  in_chroot "$root" bash -c "cd $WORK && $steps" || rc=$?
  out="$REPO/build/matrix/$version"
  rm -rf "$out"; mkdir -p "$out"
  if [ -d "$root$WORK/output/demo" ]; then
    cp -a "$root$WORK/output/demo/." "$out/"
  fi
  in_chroot "$root" bash -c "python3 -c 'import qgis.core as q, numpy, pandas, shapely, sys; print(q.Qgis.QGIS_VERSION, \"python\", sys.version.split()[0], \"numpy\", numpy.__version__, \"pandas\", pandas.__version__, \"shapely\", shapely.__version__)'" \
    > "$out/VERSIONS.txt" 2>/dev/null || true
  log "QGIS $version: exit $rc after $((SECONDS - started)) s; demo outputs in build/matrix/$version ($(cat "$out/VERSIONS.txt" 2>/dev/null))"
  undo_mounts
  return $rc
}

# For developers: the working tree's files over the chroot's clone, venvs kept.
shell() {
  local version=$1 root rc=0; shift
  root=$(chroot_dir "$version")
  [ -d "$root$WORK/.git" ] || die "no clone in the QGIS $version chroot yet: run 'tools/qgis_matrix.sh run $version' once"
  exec 9>"$root.lock"
  flock -n 9 || die "another matrix run is using the QGIS $version chroot"
  clear_stale_mounts "$root"
  mount_system "$root"
  for p in $(pip_local_indexes); do bind "$p" "$root$p" ro; done
  if [ -d "$SHARED" ]; then bind "$SHARED" "$root/work/shared" ro; fi
  (cd "$REPO" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$root$WORK"
  [ $# -gt 0 ] || set -- bash
  in_chroot "$root" bash -c 'cd "$0" && QT_QPA_PLATFORM=offscreen "$@"' "$WORK" "$@" || rc=$?
  undo_mounts
  return $rc
}

case "${1:-}" in
  build) [ $# -eq 2 ] || usage; build "$2" ;;
  run) [ $# -ge 2 ] && [ $# -le 3 ] || usage; run "$2" "${3:-all}" ;;
  shell) [ $# -ge 2 ] || usage; shift; shell "$@" ;;
  clean) rm -rf "$CACHE"; log "removed $CACHE" ;;
  *) usage ;;
esac
