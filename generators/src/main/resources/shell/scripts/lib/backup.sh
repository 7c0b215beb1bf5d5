# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Backups. Before produce replaces, creates or removes a file, or creates a directory or changes its
# owner or mode, it records it under
#   /var/backups/produce/<run id>/
#     state      changing | applied | restored (a failed apply, undone) | rolled-back
#     entries    one line per change, in the order they were made (restored newest first):
#                  existed|uid|gid|mode|kind|installed sha256|target      a file (its content is in files/;
#                                                                         installed sha256 "-": removed)
#                  absent|-|-|-|kind|installed sha256|target              a file created (deleted again)
#                  dir-existed|uid|gid|mode|kind|-|path                   a directory whose owner or mode
#                                                                         changed (both restored)
#                  dir-absent|-|-|-|kind|-|path                           a directory created: removed with
#                                                                         its content, or, when it is the
#                                                                         parent of another directory of
#                                                                         the entries, only when empty
#     files/<absolute target path>   the previous content
#     services-before   SERVICE|yes|no: whether each of the bundle's services ran before the apply
#                       (a restored daemon that did not run then and cannot start now stays stopped)
#     servers    the Redis/Valkey servers when the apply stopped one for the other (redis-switch.sh)
# KIND is the daemon that reads the file or uses the directory (or "settings" for settings.php).
# Directories are 0700 and copies 0600, owned by root: settings.php holds database credentials.

readonly PRODUCE_BACKUP_ROOT=/var/backups/produce
# The only tree in which a restore removes directories or changes their owner and mode.
readonly PRODUCE_DIRECTORY_ROOT=/var/cache

# This run's backup directory; created by the first backup_file or backup_directory.
BACKUP_DIR=''

backup_begin() {
  local run_id
  [[ -z "$BACKUP_DIR" ]] || return 0
  run_id="$(date -u +%Y%m%dT%H%M%S.%NZ)-$$"
  install -d -o root -g root -m 0700 "$PRODUCE_BACKUP_ROOT"
  require_backup_root
  install -d -o root -g root -m 0700 "$PRODUCE_BACKUP_ROOT/$run_id" "$PRODUCE_BACKUP_ROOT/$run_id/files"
  BACKUP_DIR="$PRODUCE_BACKUP_ROOT/$run_id"
  install -o root -g root -m 0600 /dev/null "$BACKUP_DIR/entries"
  install -o root -g root -m 0600 /dev/null "$BACKUP_DIR/state"
  backup_set_state changing
  log_info "backing up to $BACKUP_DIR"
}

# Backups hold copies of settings.php (database credentials): their directory must be root's alone.
require_backup_root() {
  root_only_directory "$PRODUCE_BACKUP_ROOT" && root_only_directory "$(dirname -- "$PRODUCE_BACKUP_ROOT")" && return 0
  log_error "$PRODUCE_BACKUP_ROOT is not a directory only root can write (a symbolic link, or another owner or mode);" \
    "fix it by hand; nothing was changed"
  exit 3
}

# Starts saving what a rollback of backup DIR replaces, in DIR/rollback.<time>/ (same layout as a
# backup: entries and files/), so that it can be undone and operator edits are kept.
begin_rollback_save() {
  ROLLBACK_SAVE_DIR="$1/rollback.$(date -u +%Y%m%dT%H%M%S.%NZ)"
  install -d -o root -g root -m 0700 "$ROLLBACK_SAVE_DIR" "$ROLLBACK_SAVE_DIR/files"
  install -o root -g root -m 0600 /dev/null "$ROLLBACK_SAVE_DIR/entries"
}

backup_set_state() {
  printf '%s\n' "$1" >"$BACKUP_DIR/state"
}

# Records TARGET before it is replaced: its content, owner and mode, or that it did not exist.
# KIND is the managed file's daemon (or "settings" for settings.php); INSTALLED_SHA the sha256 of
# what replaces it, so that a rollback can tell whether someone changed the file since.
backup_file() {
  backup_begin
  backup_record "$BACKUP_DIR" "$@" || fail "could not back up $1: it is not a regular file of its own" \
    "(a symbolic or hard link, or replaced while produce ran); nothing of it was changed"
}

# Records TARGET in backup directory DIR (see backup_file). The copy is read through a checked
# descriptor, and owner and mode are those of the file read: a symbolic link planted at TARGET is
# never followed, so a restore can never give another file's content TARGET's owner and mode.
backup_record() {
  local dir="$1" target="$2" kind="$3" installed_sha="$4" copy fd
  if [[ ! -e "$target" && ! -L "$target" ]]; then
    printf 'absent|-|-|-|%s|%s|%s\n' "$kind" "$installed_sha" "$target" >>"$dir/entries"
    return 0
  fi
  open_regular_file "$target" || return 1
  fd="$SAFE_FD"
  copy="$dir/files$target"
  (umask 077 && mkdir -p -- "$(dirname -- "$copy")")
  if ! (umask 077 && cat <&"$fd" >"$copy"); then
    exec {fd}<&-
    return 1
  fi
  printf 'existed|%s|%s|%s|%s\n' "$(stat -L -c '%u|%g|%a' "/proc/self/fd/$fd")" "$kind" "$installed_sha" "$target" \
    >>"$dir/entries"
  exec {fd}<&-
}

# Records directory DIR before produce creates it, or its owner and mode before they change. KIND
# is the daemon that uses it.
backup_directory() {
  local dir="$1" kind="$2"
  backup_begin
  if [[ -d "$dir" ]]; then
    printf 'dir-existed|%s|%s|%s|%s|-|%s\n' "$(stat -c '%u' -- "$dir")" "$(stat -c '%g' -- "$dir")" \
      "$(stat -c '%a' -- "$dir")" "$kind" "$dir" >>"$BACKUP_DIR/entries"
  else
    printf 'dir-absent|-|-|-|%s|-|%s\n' "$kind" "$dir" >>"$BACKUP_DIR/entries"
  fi
}

# The newest backup of an apply that was not undone, or nothing.
backup_latest() {
  local dirs=() index state
  shopt -s nullglob
  dirs=("$PRODUCE_BACKUP_ROOT"/*/)
  shopt -u nullglob
  for (( index = ${#dirs[@]} - 1; index >= 0; index-- )); do
    state="$(cat -- "${dirs[index]}state" 2>/dev/null || true)"
    if [[ "$state" == applied || "$state" == changing ]]; then
      printf '%s\n' "${dirs[index]%/}"
      return 0
    fi
  done
  return 1
}

# The newest backup of an apply that was interrupted before it finished (state "changing"), or nothing.
interrupted_backup() {
  local dir
  dir="$(backup_latest)" || return 1
  [[ "$(cat -- "$dir/state" 2>/dev/null || true)" == changing ]] || return 1
  printf '%s\n' "$dir"
}

# What an operator must do about interrupted backup DIR, as one sentence.
interrupted_advice() {
  printf 'an earlier apply was interrupted before it finished (backup %s); run sudo ./produce --rollback to restore what it changed, then apply again' "$1"
}

# Restores every file recorded in backup DIR, newest first. With WHY=rollback a settings.php that
# changed since produce edited it keeps those changes and only loses produce's include block; every
# file the rollback replaces or removes is first saved in ROLLBACK_SAVE_DIR (so that operator edits
# made after the apply are never lost, and a rollback that fails its checks can be undone); a file
# produce created that the nginx configuration still includes by name is kept (KEPT_FILES).
# Adds each restored file's kind to RESTORED_KINDS and counts them in RESTORED_COUNT.
RESTORED_KINDS=()
RESTORED_COUNT=0
ROLLBACK_SAVE_DIR=''
KEPT_FILES=()

backup_restore() {
  local dir="$1" why="$2" lines=() index status=0
  mapfile -t lines <"$dir/entries"
  for (( index = ${#lines[@]} - 1; index >= 0; index-- )); do
    restore_entry "$dir" "${lines[index]}" "$why" || status=1
  done
  return "$status"
}

# Saves TARGET as it is now in ROLLBACK_SAVE_DIR before a rollback changes it.
save_before_rollback() {
  [[ "$2" == rollback && -n "$ROLLBACK_SAVE_DIR" ]] || return 0
  backup_record "$ROLLBACK_SAVE_DIR" "$1" "$3" - && return 0
  log_error "could not save $1 before rolling it back: it is not a regular file of its own; produce leaves it alone"
  return 1
}

# Whether TARGET already has the content of COPY and the owner UID:GID and MODE (nothing to write).
already_restored() {
  local copy="$1" target="$2" uid="$3" gid="$4" mode="$5"
  [[ -f "$target" && ! -L "$target" ]] && cmp -s -- "$copy" "$target" \
    && [[ "$(stat -c '%u:%g %a' -- "$target")" == "$uid:$gid $mode" ]]
}

restore_entry() {
  local dir="$1" line="$2" why="$3" existed uid gid mode kind installed_sha target
  IFS='|' read -r existed uid gid mode kind installed_sha target <<<"$line"
  if [[ "$existed" == dir-* ]]; then
    if [[ "$kind" == nginx && ${#KEPT_FILES[@]} -gt 0 && "$existed" == dir-absent ]]; then
      log_warn "kept $target: the nginx files kept above still use it"
      return 0
    fi
    restore_directory "$dir" "$existed" "$uid" "$gid" "$mode" "$target" || return 1
  elif [[ "$existed" == absent ]]; then
    if [[ -e "$target" || -L "$target" ]]; then
      if [[ "$why" == rollback && "$kind" == nginx ]] && nginx_needs_file "$target"; then
        KEPT_FILES+=("$target")
        log_warn "kept $target: the server's nginx configuration includes it by name (nginx -t fails without it);" \
          "remove that include from your server block, then delete the file"
        return 0
      fi
      save_before_rollback "$target" "$why" "$kind" || return 1
      rm -f -- "$target" || { log_error "could not remove $target"; return 1; }
      log_info "removed $target (it did not exist before)"
    fi
  elif [[ "$why" == rollback && "$kind" == settings && -f "$target" \
      && "$(sha256_of "$target")" != "$installed_sha" ]]; then
    save_before_rollback "$target" "$why" "$kind" || return 1
    log_warn "$target changed since produce edited it: removing only produce's include block" \
      "(the file as it was is saved as $ROLLBACK_SAVE_DIR/files$target)"
    settings_remove_include "$target" || { log_error "could not edit $target"; return 1; }
  elif already_restored "$dir/files$target" "$target" "$uid" "$gid" "$mode"; then
    log_info "unchanged: $target already is as before"
  else
    save_before_rollback "$target" "$why" "$kind" || return 1
    if [[ "$why" == rollback && -f "$target" && "$(sha256_of "$target")" != "$installed_sha" ]]; then
      log_warn "$target changed since produce installed it: your version is saved as" \
        "$ROLLBACK_SAVE_DIR/files$target; restoring the backup"
    fi
    if ! install_atomically "$dir/files$target" "$target" "$uid" "$gid" "$mode" \
        || ! cmp -s -- "$dir/files$target" "$target"; then
      log_error "could not restore $target from $dir"
      return 1
    fi
    log_info "restored $target"
  fi
  RESTORED_KINDS+=("$kind")
  RESTORED_COUNT=$((RESTORED_COUNT + 1))
}

# Whether nginx's configuration, valid now, fails nginx -t without FILE: the site includes it by
# name. FILE is renamed aside in its own (root's) directory to a name no produce include matches.
nginx_needs_file() {
  local file="$1" aside status=1
  command -v nginx >/dev/null 2>&1 || return 1
  nginx -t >/dev/null 2>&1 || return 1
  aside="$(dirname -- "$file")/.produce-aside.$$"
  mv -fT -- "$file" "$aside" || return 1
  nginx -t >/dev/null 2>&1 || status=0
  mv -fT -- "$aside" "$file"
  return "$status"
}

# Only a cache directory produce manages may be removed or changed by a restore: a path below
# PRODUCE_DIRECTORY_ROOT (never the root itself, nor "/"), without "." or ".." components.
restorable_directory() {
  local path="$1"
  [[ "$path" == "$PRODUCE_DIRECTORY_ROOT"/?* && "$path" != */ && "$path" != *//* \
    && "$path/" != */./* && "$path/" != */../* ]]
}

# Sets the octal MODE of directory PATH exactly: with five digits, GNU chmod also clears the
# set-user-ID and set-group-ID bits, which it keeps on directories otherwise.
chmod_directory() {
  chmod -- "$(printf '%05o' "$((8#$1))")" "$2"
}

# Whether PATH is the parent of another directory recorded in backup DIR.
backup_has_directory_below() {
  local dir="$1" path="$2" line existed target
  while IFS= read -r line; do
    existed="${line%%|*}"
    target="${line##*|}"
    if [[ "$existed" == dir-* && "$target" == "$path"/* ]]; then
      return 0
    fi
  done <"$dir/entries"
  return 1
}

# Undoes what apply did to a directory: removes one it created (a parent of another managed
# directory only when empty), or gives one that existed its owner and mode back.
restore_directory() {
  local dir="$1" existed="$2" uid="$3" gid="$4" mode="$5" path="$6"
  if ! restorable_directory "$path"; then
    log_error "refusing to restore $path: produce only manages directories below $PRODUCE_DIRECTORY_ROOT"
    return 1
  fi
  if [[ -L "$path" || ( -e "$path" && ! -d "$path" ) ]]; then
    log_error "$path is no longer a directory; produce leaves it alone"
    return 1
  fi
  if [[ ! -d "$path" ]]; then
    log_info "$path is already gone"
    return 0
  fi
  if [[ "$existed" == dir-existed ]]; then
    { chown -- "$uid:$gid" "$path" && chmod_directory "$mode" "$path"; } \
      || { log_error "could not restore the owner and mode of $path"; return 1; }
    log_info "restored the owner and mode of $path"
  elif backup_has_directory_below "$dir" "$path"; then
    if rmdir -- "$path" 2>/dev/null; then
      log_info "removed $path (it did not exist before)"
    else
      log_warn "kept $path: produce created it, but it is not empty now"
    fi
  else
    rm -rf --one-file-system -- "$path" || { log_error "could not remove $path"; return 1; }
    log_info "removed $path and its content (it did not exist before)"
  fi
}
