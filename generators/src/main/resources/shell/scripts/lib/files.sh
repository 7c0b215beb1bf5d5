# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Managed files: how a server file differs from the bundle's, and installing one atomically (a
# temporary file in the target's own directory with the final owner and mode, then one rename), so
# that a daemon never reads a half-written file.

# Temporary files not yet renamed into place; removed on exit.
PRODUCE_TEMP_FILES=()
# Root-only directory of this run (under PRODUCE_RUN_DIR): TMPDIR points here, so that no scratch
# file of produce ever lives where another user can write.
PRODUCE_SCRATCH_DIR=''
# produce's own runtime directory: the lock and every run's scratch directory. /run is root's.
readonly PRODUCE_RUN_DIR=/run/produce

remove_temp_files() {
  local file
  for file in "${PRODUCE_TEMP_FILES[@]}"; do
    rm -f -- "$file"
  done
  PRODUCE_TEMP_FILES=()
}

# Removes this run's scratch directory: the last thing a run does (restores still use it).
remove_scratch_dir() {
  if [[ -n "$PRODUCE_SCRATCH_DIR" ]]; then
    rm -rf -- "$PRODUCE_SCRATCH_DIR"
    PRODUCE_SCRATCH_DIR=''
  fi
}

# The exit trap of every mode but apply (which has its own, ending the same way).
cleanup_run() {
  remove_temp_files
  remove_scratch_dir
}

# Whether DIR is a real directory (not a symbolic link) owned by root that no one else can write.
root_only_directory() {
  [[ -d "$1" && ! -L "$1" ]] && [[ "$(stat -c '%u' -- "$1")" == 0 ]] \
    && (( (8#$(stat -c '%a' -- "$1") & 8#022) == 0 ))
}

# Creates PRODUCE_RUN_DIR (0700, root) and this run's scratch directory in it, and points TMPDIR
# there; refuses (exit 3) when the directory is anything else than root's own.
prepare_run_directory() {
  if [[ ! -e "$PRODUCE_RUN_DIR" && ! -L "$PRODUCE_RUN_DIR" ]]; then
    install -d -o root -g root -m 0700 -- "$PRODUCE_RUN_DIR"
  fi
  if ! root_only_directory "$PRODUCE_RUN_DIR" || ! root_only_directory "$(dirname -- "$PRODUCE_RUN_DIR")"; then
    log_error "$PRODUCE_RUN_DIR is not a directory that only root can write (a symbolic link, or another owner or mode);" \
      "remove it and run produce again; nothing was changed"
    exit 3
  fi
  PRODUCE_SCRATCH_DIR="$(mktemp -d -- "$PRODUCE_RUN_DIR/run.XXXXXXXX")"
  export TMPDIR="$PRODUCE_SCRATCH_DIR"
}

# Opens FILE for reading and sets SAFE_FD to the descriptor, only when FILE is a regular file with
# one link reached without a symbolic link: the open descriptor and the path's own (lstat) identity
# must be the same file. Anything else (a link, a hard link, a file swapped while produce runs)
# fails, so that root never reads, copies or re-owns a file another user pointed it to.
open_regular_file() {
  local file="$1" fd
  [[ -f "$file" && ! -L "$file" ]] || return 1
  { exec {fd}<"$file"; } 2>/dev/null || return 1
  if [[ "$(stat -L -c '%h %d:%i' "/proc/self/fd/$fd")" != "1 $(stat -c '%d:%i' -- "$file" 2>/dev/null)" ]] \
      || [[ ! -f "/proc/self/fd/$fd" ]]; then
    exec {fd}<&-
    return 1
  fi
  # shellcheck disable=SC2034  # read by the caller
  SAFE_FD="$fd"
}

# Prints why TARGET differs from the bundle's SOURCE/OWNER/GROUP/MODE ("content", "missing",
# "owner root:root, bundle says redis:redis", "mode 0644, bundle says 0640"); prints nothing when it
# matches.
file_difference() {
  local source="$1" target="$2" owner="$3" group="$4" mode="$5" actual_owner actual_mode
  if [[ ! -e "$target" ]]; then
    printf 'missing'
    return 0
  fi
  if ! cmp -s -- "$source" "$target"; then
    printf 'content differs'
    return 0
  fi
  actual_owner="$(stat -c '%U:%G' -- "$target")"
  if [[ "$actual_owner" != "$owner:$group" ]]; then
    printf 'owner %s, bundle says %s:%s' "$actual_owner" "$owner" "$group"
    return 0
  fi
  actual_mode="$(stat -c '%a' -- "$target")"
  if (( 8#$actual_mode != 8#$mode )); then
    printf 'mode %04o, bundle says %s' "$((8#$actual_mode))" "$mode"
  fi
}

# Installs the content of SOURCE at TARGET with OWNER:GROUP and MODE (names or numeric ids),
# atomically, without following any path another user could change (the target's directory may be
# writable by www-data): the temporary file gets a random name and is created with O_EXCL (bash's
# noclobber), so it is a new file of root's; its content, owner and mode are set through the open
# descriptor (/proc/self/fd), never by name; after the rename, TARGET must be that very file, else
# someone swapped it on the way and the install fails.
install_atomically() {
  local source="$1" target="$2" owner="$3" group="$4" mode="$5" temp fd saved_umask status=1
  temp="$(mktemp -u -- "$(dirname -- "$target")/.produce.XXXXXXXXXX")" || return 1
  saved_umask="$(umask)"
  umask 077
  set -C
  { exec {fd}>"$temp"; } 2>/dev/null || fd=''
  set +C
  umask "$saved_umask"
  [[ -n "$fd" ]] || return 1
  PRODUCE_TEMP_FILES+=("$temp")
  if cat -- "$source" >&"$fd" \
      && chown -- "$owner:$group" "/proc/self/fd/$fd" \
      && chmod -- "$mode" "/proc/self/fd/$fd"; then
    if mv -fT -- "$temp" "$target" \
        && [[ "$(stat -c '%d:%i' -- "$target" 2>/dev/null)" == "$(stat -L -c '%d:%i' "/proc/self/fd/$fd")" ]]; then
      status=0
    elif [[ "$(stat -c '%d:%i' -- "$temp" 2>/dev/null)" != "$(stat -L -c '%d:%i' "/proc/self/fd/$fd")" ]]; then
      # the temporary file, or the target after the rename, is not produce's file any more
      log_error "$target was swapped while produce installed it (another process writes to $(dirname -- "$target"))"
    fi
  fi
  exec {fd}>&-
  rm -f -- "$temp"
  return "$status"
}

# Prints a unified diff from TARGET (or nothing, when missing) to SOURCE, with passwords and other
# secrets redacted (redact_settings, scripts/lib/carry.sh).
diff_file() {
  local source="$1" target="$2" old="$2"
  [[ -e "$target" ]] || old=/dev/null
  diff -u --label "$target" --label "$target (bundle)" -- "$old" "$source" | redact_settings || true
}

# The sha256 of a file, as recorded in backups.
sha256_of() {
  sha256sum -- "$1" | cut -d' ' -f1
}
