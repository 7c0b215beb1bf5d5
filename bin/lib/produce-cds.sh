# shellcheck shell=bash
# bin/lib/produce-cds.sh — sourced by bin/lib/produce-jar.sh: a class-data-sharing archive of the
# classes a compile loads, so that the next compile maps them instead of loading and verifying them
# again (startup measured by bin/bench-startup).
#
# The archive lives in the user's own cache, ${XDG_CACHE_HOME:-$HOME/.cache}/produce/cds/, one for
# each pair of jar and Java runtime (named after their sizes and times, so an upgrade of either makes
# a new one and removes the old). A class archive is code: it is written and read only in a
# directory that is the user's own, not a symlink, and mode 0700 (never a shared or world-writable
# path); anything else and the compile runs without one. The first compile writes it when it exits
# (-XX:ArchiveClassesAtExit, Java 13 and newer) into a temporary file renamed into place, so a
# concurrent compile never maps half an archive; later compiles map it (-XX:SharedArchiveFile). A
# runtime that cannot share classes runs as before. PRODUCE_CDS=off turns all this off.

# cds_archive JAVA JAR: prints the path of the archive for JAR run by JAVA, or nothing when there is
# no safe cache directory (or PRODUCE_CDS=off).
cds_archive() {
  local java="$1" jar="$2" cache dir key
  [[ "${PRODUCE_CDS:-on}" != off ]] || return 0
  cache="${XDG_CACHE_HOME:-${HOME:-}/.cache}"
  [[ "$cache" == /* ]] || return 0
  dir="$cache/produce/cds"
  # No directory is created, and none used, under a path another user could change (sudo may keep an
  # ordinary user's HOME for a root compile).
  path_is_private "$(existing_ancestor "$dir")" || return 0
  if [[ ! -e "$dir" && ! -L "$dir" ]]; then
    (umask 077 && mkdir -p -- "$dir") 2>/dev/null || return 0
  fi
  [[ -d "$dir" && ! -L "$dir" && -O "$dir" && "$(stat -c %a -- "$dir")" == 700 ]] || return 0
  path_is_private "$dir" || return 0
  java="$(readlink -f -- "$(command -v -- "$java")")" || return 0
  key="$(stat -L -c '%s.%Y' -- "$jar" "$java" | tr '\n' '-')" || return 0
  printf '%s/produce-%s.jsa\n' "$dir" "${key%-}"
}

# existing_ancestor PATH: PATH itself when it exists (or is a link), else its nearest existing parent.
existing_ancestor() {
  local path="$1"
  while [[ ! -e "$path" && ! -L "$path" && "$path" != / ]]; do
    path="$(dirname -- "$path")"
  done
  printf '%s\n' "$path"
}

# path_is_private PATH: PATH and every directory above it belong to root or to this user, none is a
# symlink, and none is writable by others, except sticky ones like /tmp (where others cannot rename
# what is not theirs). Anything else could be swapped under the launcher between check and use.
path_is_private() {
  local path="$1" me uid mode
  me="$(id -u)"
  while :; do
    [[ ! -L "$path" ]] || return 1
    read -r uid mode < <(stat -c '%u %a' -- "$path") || return 1
    [[ "$uid" == 0 || "$uid" == "$me" ]] || return 1
    if (((8#$mode & 8#022) != 0 && (8#$mode & 8#1000) == 0)); then
      return 1
    fi
    [[ "$path" != / ]] || return 0
    path="$(dirname -- "$path")"
  done
}

# cds_usable ARCHIVE: the archive exists as a regular file of this user's.
cds_usable() { [[ -f "$1" && ! -L "$1" && -O "$1" ]]; }

# CDS JVM options, quiet: a mismatched or unreadable archive is ignored without a word on stdout.
readonly -a CDS_QUIET=(-Xshare:auto '-Xlog:cds*=off' '-Xlog:class+path=off')

# cds_run_and_write ARCHIVE JAVA ARG…: runs JAVA ARG… once, writing the archive at exit, then puts
# it in place of any older one; exits with the command's status.
cds_run_and_write() {
  local archive="$1" java="$2"
  shift 2
  local partial="$archive.$$.partial" status=0
  "$java" -XX:ArchiveClassesAtExit="$partial" "${CDS_QUIET[@]}" "$@" || status=$?
  if [[ -s "$partial" ]]; then
    find "$(dirname -- "$archive")" -maxdepth 1 -name 'produce-*.jsa' ! -name "$(basename -- "$archive")" -delete 2>/dev/null || true
    mv -f -- "$partial" "$archive"
  else
    rm -f -- "$partial"
  fi
  exit "$status"
}
