# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Brings the server's managed files in line with the bundle. What happens to a file that differs
# depends on PRODUCE_MODE: apply backs it up and installs it atomically, dry-run prints a unified
# diff, check reports the drift. Either way the change is counted, and its kind (the daemon that
# reads it, or "settings" for settings.php) tells which service must reload. Managed directories are
# created when missing (and removed again by a rollback); produce's own files that this bundle no
# longer installs are removed, with a backup.

CHANGED_COUNT=0
CHANGED_KINDS=()

note_change() {
  CHANGED_COUNT=$((CHANGED_COUNT + 1))
  CHANGED_KINDS+=("$1")
}

# Syncs every managed file read by DAEMON (nginx, php-fpm, redis, memcached, drupal).
sync_daemon_files() {
  local wanted="$1" entry bundle_path target daemon owner group mode
  for entry in "${BUNDLE_MANAGED_FILES[@]}"; do
    IFS='|' read -r bundle_path target daemon owner group mode <<<"$entry"
    if [[ "$daemon" == "$wanted" ]]; then
      sync_file_keeping_settings "$PRODUCE_ROOT/$bundle_path" "$target" "$daemon" "$owner" "$group" "$mode"
    fi
  done
}

sync_managed_file() {
  local source="$1" target="$2" daemon="$3" owner="$4" group="$5" mode="$6" difference
  difference="$(file_difference "$source" "$target" "$owner" "$group" "$mode")"
  if [[ -z "$difference" ]]; then
    if [[ "$PRODUCE_MODE" != dry-run ]]; then
      log_info "unchanged: $target"
    fi
    return 0
  fi
  note_change "$daemon"
  case "$PRODUCE_MODE" in
    check)
      log_info "drift: $target: $difference"
      ;;
    dry-run)
      log_info "would install $target ($difference, $owner:$group $mode)"
      diff_file "$source" "$target"
      ;;
    apply)
      backup_file "$target" "$daemon" "$(sha256_of "$source")"
      install_atomically "$source" "$target" "$owner" "$group" "$mode" || fail "could not install $target"
      log_info "installed $target ($difference)"
      ;;
  esac
}

# Prints why directory DIR differs from OWNER/GROUP/MODE ("missing", "owner www-data:www-data, bundle
# says root:root", "mode 0755, bundle says 0700"); prints nothing when it matches.
directory_difference() {
  local dir="$1" owner="$2" group="$3" mode="$4" actual_owner actual_mode
  if [[ ! -d "$dir" ]]; then
    printf 'missing'
    return 0
  fi
  actual_owner="$(stat -c '%U:%G' -- "$dir")"
  actual_mode="$(stat -c '%a' -- "$dir")"
  if [[ "$actual_owner" != "$owner:$group" ]]; then
    printf 'owner %s, bundle says %s:%s' "$actual_owner" "$owner" "$group"
  elif (( 8#$actual_mode != 8#$mode )); then
    printf 'mode %04o, bundle says %s' "$((8#$actual_mode))" "$mode"
  fi
}

# Creates the managed directories used by DAEMON that are missing (parents first) and brings the
# owner and mode of existing ones in line. Runs before the daemon's files: nginx -t needs the
# directory of fastcgi_cache_path.
sync_managed_directories() {
  local wanted="$1" entry dir daemon owner group mode difference
  for entry in "${BUNDLE_MANAGED_DIRECTORIES[@]}"; do
    IFS='|' read -r dir daemon owner group mode <<<"$entry"
    [[ "$daemon" == "$wanted" ]] || continue
    difference="$(directory_difference "$dir" "$owner" "$group" "$mode")"
    if [[ -z "$difference" ]]; then
      if [[ "$PRODUCE_MODE" != dry-run ]]; then
        log_info "unchanged: $dir"
      fi
      continue
    fi
    note_change "$daemon"
    case "$PRODUCE_MODE" in
      check)
        log_info "drift: $dir: $difference"
        ;;
      dry-run)
        if [[ "$difference" == missing ]]; then
          log_info "would create $dir ($owner:$group $mode)"
        else
          log_info "would set $dir to $owner:$group $mode ($difference)"
        fi
        ;;
      apply)
        backup_directory "$dir" "$daemon"
        if [[ "$difference" == missing ]]; then
          install -d -o "$owner" -g "$group" -m "$mode" -- "$dir" || fail "could not create $dir"
          log_info "created $dir ($owner:$group $mode)"
        else
          { chown -- "$owner:$group" "$dir" && chmod_directory "$mode" "$dir"; } || fail "could not set $dir to $owner:$group $mode"
          log_info "set $dir to $owner:$group $mode ($difference)"
        fi
        ;;
    esac
  done
}

# Removes produce's own files read by DAEMON that an earlier bundle installed and this one does not
# (BUNDLE_RETIRED_FILES), so that the daemon does not read them any more.
retire_daemon_files() {
  local wanted="$1" entry target daemon
  for entry in "${BUNDLE_RETIRED_FILES[@]}"; do
    IFS='|' read -r target daemon <<<"$entry"
    [[ "$daemon" == "$wanted" ]] || continue
    if [[ -L "$target" || ( -e "$target" && ! -f "$target" ) ]]; then
      log_warn "$target is not a regular file; produce leaves it alone"
      continue
    fi
    [[ -f "$target" ]] || continue
    note_change "$daemon"
    case "$PRODUCE_MODE" in
      check)
        log_info "drift: $target: installed by an earlier bundle, not part of this one"
        ;;
      dry-run)
        log_info "would remove $target (installed by an earlier bundle, not part of this one)"
        diff -u --label "$target" --label "$target (removed)" -- "$target" /dev/null || true
        ;;
      apply)
        backup_file "$target" "$daemon" -
        rm -f -- "$target" || fail "could not remove $target"
        log_info "removed $target (installed by an earlier bundle, not part of this one)"
        ;;
    esac
  done
}

# Syncs produce's include block in settings.php (owner and mode of settings.php are kept). A
# settings.php that is a symbolic link is never edited (apply refuses in preflight unless the block
# was added by hand to the file it points to).
sync_settings_include() {
  local settings="$BUNDLE_SETTINGS_PHP"
  if settings_include_current "$settings"; then
    if [[ "$PRODUCE_MODE" != dry-run ]]; then
      if [[ -L "$settings" ]]; then
        log_info "unchanged: $settings (a symbolic link; the file it points to includes settings.produce.php)"
      else
        log_info "unchanged: $settings (includes settings.produce.php)"
      fi
    fi
    return 0
  fi
  note_change settings
  case "$PRODUCE_MODE" in
    check)
      log_info "drift: $settings: produce's include of settings.produce.php is missing or outdated"
      ;;
    dry-run)
      if [[ -L "$settings" ]]; then
        log_info "$settings is a symbolic link: apply will not edit it; add this block to the file it points to yourself:"
      else
        log_info "would add this block to $settings (the rest of settings.php is not shown: it holds credentials):"
      fi
      settings_include_block | sed 's/^/+/'
      ;;
    apply)
      backup_file "$settings" settings "$(settings_with_include "$settings" | sha256sum | cut -d' ' -f1)"
      settings_rewrite "$settings" settings_with_include || fail "could not edit $settings"
      log_info "added produce's include block to $settings"
      ;;
  esac
}

# The service that must reload when a file of KIND changes.
service_of_kind() {
  case "$1" in
    drupal | settings) printf 'php-fpm' ;;
    *) printf '%s' "$1" ;;
  esac
}

# Whether a file read by SERVICE changed in this run.
service_changed() {
  local kind
  for kind in "${CHANGED_KINDS[@]}"; do
    if [[ "$(service_of_kind "$kind")" == "$1" ]]; then
      return 0
    fi
  done
  return 1
}
