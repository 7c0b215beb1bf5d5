# shellcheck shell=bash
# bin/lib/produce-cds.sh — sourced by bin/lib/produce-jar.sh: a class-data-sharing archive of the
# classes a compile loads, so that the next compile maps them instead of loading and verifying them
# again (startup measured by bin/bench-startup).
#
# The archive lives in the user's own cache, ${XDG_CACHE_HOME:-$HOME/.cache}/produce/cds/, one for
# each pair of jar and Java runtime (named after their sizes and times, so an upgrade of either makes
# a new one and removes the old). A class archive is code: it is written and read only in a
# directory that is the user's own, not a symlink, and mode 0700 (never a shared or world-writable
# path); anything else and the compile runs without one. The first successful compile lists the
# classes it loaded (-XX:DumpLoadedClassList), then the JVM dumps them into a static archive
# (-Xshare:dump, about 2 s once) written to a temporary file renamed into place, so a concurrent
# compile never maps half an archive; later compiles map it (-XX:SharedArchiveFile). A static
# archive, not the dynamic one of -XX:ArchiveClassesAtExit: Java 17's dynamic archive skips
# picocli's classes (Java 5 class files), its static one keeps them. A runtime that cannot share
# classes runs as before. PRODUCE_CDS=off turns all this off.
#
# Every compile passes through cds_archive, so it forks as little as it can: one stat for the
# directory chain, one for the key (a fork costs milliseconds on a small VM).

# cds_archive JAVA JAR: prints the path of the archive for JAR run by JAVA, or nothing when there is
# no safe cache directory (or PRODUCE_CDS=off).
cds_archive() {
  local java="$1" jar="$2" cache dir key
  [[ "${PRODUCE_CDS:-on}" != off ]] || return 0
  cache="${XDG_CACHE_HOME:-${HOME:-}/.cache}"
  [[ "$cache" == /* ]] || return 0
  dir="$cache/produce/cds"
  if [[ ! -e "$dir" && ! -L "$dir" ]]; then
    # No directory is created, and none used, under a path another user could change (sudo may keep
    # an ordinary user's HOME for a root compile).
    path_is_private "$(existing_ancestor "$dir")" || return 0
    (umask 077 && mkdir -p -- "$dir") 2>/dev/null || return 0
  fi
  [[ -d "$dir" && ! -L "$dir" && -O "$dir" ]] || return 0
  path_is_private "$dir" 700 || return 0
  if [[ "$java" != */* ]]; then
    hash -- "$java" 2>/dev/null || return 0
    java="${BASH_CMDS[$java]}"
  fi
  # stat -L follows the links (e.g. /usr/bin/java → /etc/alternatives → the JDK's) to the runtime itself.
  key="$(stat -L -c '%s.%Y' -- "$jar" "$java" 2>/dev/null)" || return 0
  key="${key//$'\n'/-}"
  printf '%s/produce-%s.jsa\n' "$dir" "$key"
}

# existing_ancestor PATH: PATH itself when it exists (or is a link), else its nearest existing parent.
existing_ancestor() {
  local path="$1"
  while [[ ! -e "$path" && ! -L "$path" && "$path" != / ]]; do
    path="$(dirname -- "$path")"
  done
  printf '%s\n' "$path"
}

# path_is_private PATH [MODE]: PATH and every directory above it belong to root or to this user, none
# is a symlink, and none is writable by others, except sticky ones like /tmp (where others cannot
# rename what is not theirs); with MODE, PATH's own mode is exactly MODE (e.g. 700). Anything else
# could be swapped under the launcher between check and use. One stat for the whole chain.
path_is_private() {
  local path="$1" mode_wanted="${2:-}" uid mode type first=yes
  local -a chain=()
  while :; do
    chain+=("$path")
    [[ "$path" != / ]] || break
    path="${path%/}"
    path="${path%/*}"
    [[ -n "$path" ]] || path=/
  done
  while read -r uid mode type; do
    [[ "$type" != "symbolic link" ]] || return 1
    [[ "$uid" == 0 || "$uid" == "$EUID" ]] || return 1
    if (((8#$mode & 8#022) != 0 && (8#$mode & 8#1000) == 0)); then
      return 1
    fi
    if [[ -n "$first" && -n "$mode_wanted" && "$mode" != "$mode_wanted" ]]; then
      return 1
    fi
    first=""
  done < <(stat -c '%u %a %F' -- "${chain[@]}" 2>/dev/null || echo "- - missing")
  [[ -z "$first" ]]
}

# cds_usable ARCHIVE: the archive exists as a regular file of this user's.
cds_usable() { [[ -f "$1" && ! -L "$1" && -O "$1" ]]; }

# CDS JVM options, quiet: a mismatched or unreadable archive is ignored without a word on stdout.
readonly -a CDS_QUIET=(-Xshare:auto '-Xlog:cds*=off' '-Xlog:class+path=off')

# cds_run_and_write ARCHIVE JAVA JAR ARG…: runs JAVA ARG… once (JAR being the class path ARG… runs),
# listing the classes it loads; when it succeeds, dumps them into a static archive and puts that in
# place of any older one. Exits with the command's status.
cds_run_and_write() {
  local archive="$1" java="$2" jar="$3"
  shift 3
  local list="$archive.$$.classes" partial="$archive.$$.partial" status=0
  "$java" -XX:DumpLoadedClassList="$list" "$@" || status=$?
  if ((status == 0)) && [[ -s "$list" ]] \
    && "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$partial" -cp "$jar" \
      "${CDS_QUIET[@]}" >/dev/null 2>&1 \
    && [[ -s "$partial" ]]; then
    find "$(dirname -- "$archive")" -maxdepth 1 -name 'produce-*.jsa' ! -name "$(basename -- "$archive")" -delete 2>/dev/null || true
    mv -f -- "$partial" "$archive"
  fi
  rm -f -- "$list" "$partial"
  exit "$status"
}
