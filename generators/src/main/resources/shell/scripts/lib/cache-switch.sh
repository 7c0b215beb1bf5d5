# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Drupal's caches at a cache backend switch. When an apply or a rollback installs, changes or removes
# settings.produce.php or produce's include of it, Drupal reads its caches from another backend, and
# entries the other backend still holds are stale: saving a node deletes its cached entity only in
# the backend in use, and entity cache rows are not tagged per node, so after a switch back Drupal
# loads the old entity and a later save writes the old values back. So every switch ends with a
# rebuild: produce empties what it can reach (the Redis keys with the site's cache prefix, the
# bundle's memcached), then runs `drush cache:rebuild` in the site root as the site's owner (never as
# root) when drush is there; otherwise it warns with the command the operator must run, because it
# cannot reach the database cache.

readonly DRUSH_TIMEOUT_SECONDS=300
# The cache backend before this run's switch (drupal_cache_backend), set by note_cache_backend.
CACHE_BACKEND_BEFORE=''

# Whether KIND (a changed or restored file's kind) decides which cache backend Drupal uses.
switches_cache_backend() {
  local kind
  # Another Redis-protocol server now holds the port (scripts/lib/redis-switch.sh).
  [[ "${REDIS_SERVER_SWITCHED:-no}" == yes ]] && return 0
  for kind in "$@"; do
    [[ "$kind" == drupal || "$kind" == settings ]] && return 0
  done
  return 1
}

# Prints the value of KEY in produce's fragment read on descriptor FD ('key' => value,).
fragment_value() {
  awk -v key="'$2'" '$1 == key && $2 == "=>" { value = $3; sub(/,$/, "", value); gsub(/\047/, "", value); print value; exit }' \
    "/proc/self/fd/$1"
}

# Prints the backend Drupal reads its caches from as produce's files decide it: "database" when
# settings.php has no produce include or there is no fragment, "redis HOST PORT PREFIX" or
# "memcache HOST PORT PREFIX" from settings.produce.php (memcached on its unix socket: "memcache PATH 0
# PREFIX"), "unknown" for a fragment produce did not
# write. Both files are read through checked descriptors (a regular file, not a link).
drupal_cache_backend() {
  local settings="$BUNDLE_SETTINGS_PHP" fragment fd included=no service host port socket prefix
  fragment="$(dirname -- "$settings")/settings.produce.php"
  if open_regular_file "$settings"; then
    fd="$SAFE_FD"
    if grep -q "^$SETTINGS_BEGIN_MARKER" "/proc/self/fd/$fd"; then
      included=yes
    fi
    exec {fd}<&-
  fi
  if [[ "$included" == no || ! -e "$fragment" ]]; then
    printf 'database\n'
    return 0
  fi
  if ! open_regular_file "$fragment"; then
    printf 'unknown\n'
    return 0
  fi
  fd="$SAFE_FD"
  service="$(fragment_value "$fd" cache_service)"
  host="$(fragment_value "$fd" host)"
  port="$(fragment_value "$fd" port)"
  socket="$(fragment_value "$fd" socket)"
  prefix="$(fragment_value "$fd" prefix)"
  exec {fd}<&-
  if [[ "$service" == cache.backend.memcache && "$socket" =~ ^/run/memcached/[A-Za-z0-9_.-]+\.sock$
    && "$prefix" =~ ^[A-Za-z0-9_.-]+$ ]]; then
    printf 'memcache %s 0 %s\n' "$socket" "$prefix"
    return 0
  fi
  # Only what produce writes: a loopback daemon, a numeric port, a prefix without glob characters.
  if [[ "$host" =~ ^(127\.0\.0\.1|localhost|::1)$ && "$port" =~ ^[0-9]{1,5}$ && "$prefix" =~ ^[A-Za-z0-9_.-]+$ ]]; then
    case "$service" in
      cache.backend.redis) printf 'redis %s %s %s\n' "$host" "$port" "$prefix"; return 0 ;;
      cache.backend.memcache) printf 'memcache %s %s %s\n' "$host" "$port" "$prefix"; return 0 ;;
    esac
  fi
  printf 'unknown\n'
}

# Remembers the backend before this run changes anything.
note_cache_backend() {
  if site_present; then
    CACHE_BACKEND_BEFORE="$(drupal_cache_backend)"
  fi
}

# The name of BACKEND (a drupal_cache_backend line) for the log.
cache_backend_label() {
  local service host port _
  read -r service host port _ <<<"$1"
  case "$service" in
    redis) printf 'Redis on %s:%s' "$host" "$port" ;;
    memcache)
      if [[ "$port" == 0 ]]; then
        printf 'memcached on %s' "$host"
      else
        printf 'memcached on %s:%s' "$host" "$port"
      fi
      ;;
    database) printf "Drupal's database" ;;
    *) printf 'a backend produce did not configure' ;;
  esac
}

# The user drush runs as: the owner of the site root, else of settings.php; never root. Prints the
# numeric uid; fails when both belong to root.
site_owner_uid() {
  local path uid
  for path in "$BUNDLE_SITE_ROOT" "$BUNDLE_SETTINGS_PHP"; do
    uid="$(stat -c '%u' -- "$path" 2>/dev/null)" || continue
    if [[ "$uid" != 0 ]]; then
      printf '%s' "$uid"
      return 0
    fi
  done
  return 1
}

# With memcached on a unix socket that only PHP-FPM's group may use, the site's owner (who runs drush)
# needs that group too: a drush cache:rebuild that cannot reach memcached leaves memcached's entries
# as they were. Tried as that user; warns with the command that fixes it.
warn_unless_site_owner_reaches_memcached() {
  local kind where uid name
  [[ "$BUNDLE_CACHE_BACKEND" == memcache ]] && site_present || return 0
  read -r kind where < <(memcached_endpoint)
  [[ "$kind" == unix ]] || return 0
  uid="$(site_owner_uid)" || return 0
  name="$(user_name "$uid")"
  if ! memcached_socket_answers "$where" "$uid"; then
    log_warn "$name owns the site (and runs drush) but cannot reach memcached on $where: a drush cache:rebuild as" \
      "$name would leave memcached's entries as they were; add $name to the group ${BUNDLE_WEB_USER:-www-data}:" \
      "usermod -a -G ${BUNDLE_WEB_USER:-www-data} $name"
  fi
}

# The name of user UID, or the number when it has none.
user_name() {
  getent passwd "$1" | cut -d: -f1 | grep . || printf '%s' "$1"
}

# The drush of the site: SITE_ROOT/vendor/bin/drush, else a drush on PATH.
find_drush() {
  local candidate="$BUNDLE_SITE_ROOT/vendor/bin/drush"
  if [[ -e "$candidate" || -L "$candidate" ]]; then
    printf '%s' "$candidate"
    return 0
  fi
  candidate="$(command -v drush 2>/dev/null)" || return 1
  [[ "$candidate" == /* ]] || return 1
  printf '%s' "$candidate"
}

# Whether every component of absolute PATH (the symbolic links among them too) belongs to root or to
# UID, and no directory or file on it can be written by its group or by others: then only root and
# UID can have changed what PATH names.
path_only_changeable_by() {
  local path="$1" uid="$2" part='' component owner mode
  local -a components
  IFS='/' read -r -a components <<<"${path#/}"
  for component in '' "${components[@]}"; do
    [[ -n "$component" || -z "$part" ]] || continue
    part="${part%/}/$component"
    owner="$(stat -c '%u' -- "$part" 2>/dev/null)" || return 1
    mode="$(stat -c '%a' -- "$part")"
    [[ "$owner" == 0 || "$owner" == "$uid" ]] || return 1
    if [[ ! -L "$part" ]] && (( (8#$mode & 8#022) != 0 )); then
      return 1
    fi
  done
}

# Prints the file DRUSH resolves to when nobody but root and UID can have changed it, the path and
# every link on it; fails (printing why) otherwise. produce runs the resolved file, so that no link
# can be swapped between this check and the run.
trusted_drush() {
  local drush="$1" uid="$2" resolved
  if ! path_only_changeable_by "$drush" "$uid"; then
    printf '%s, or a directory or link on its path, belongs to another user than root and %s or is writable by its group or by others' \
      "$drush" "$(user_name "$uid")"
    return 1
  fi
  resolved="$(readlink -e -- "$drush")" || { printf '%s points to nothing' "$drush"; return 1; }
  if ! path_only_changeable_by "$resolved" "$uid"; then
    printf '%s resolves to %s, which another user than root and %s can change' "$drush" "$resolved" "$(user_name "$uid")"
    return 1
  fi
  if [[ ! -f "$resolved" || ! -x "$resolved" ]]; then
    printf '%s is not an executable file' "$resolved"
    return 1
  fi
  printf '%s' "$resolved"
}

# Runs `DRUSH cache:rebuild` in the site root as UID (its groups, a clean environment, no produce
# descriptor), within DRUSH_TIMEOUT_SECONDS; drush's output goes to file OUTPUT.
run_drush_rebuild() {
  local drush="$1" uid="$2" output="$3" gid home groups=--init-groups
  gid="$(stat -c '%g' -- "$BUNDLE_SITE_ROOT")"
  home="$(getent passwd "$uid" | cut -d: -f6)" || true
  if [[ -z "$home" ]]; then
    home="$BUNDLE_SITE_ROOT"
    groups=--clear-groups
  else
    gid="$(getent passwd "$uid" | cut -d: -f4)"
  fi
  (
    if [[ -n "${PRODUCE_LOCK_FD:-}" ]]; then
      exec {PRODUCE_LOCK_FD}>&-
    fi
    cd -- "$BUNDLE_SITE_ROOT" || exit 1
    exec timeout --kill-after=10 "$DRUSH_TIMEOUT_SECONDS" \
      setpriv --reuid="$uid" --regid="$gid" "$groups" -- \
      env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin LC_ALL=C.UTF-8 "$drush" cache:rebuild
  ) </dev/null >"$output" 2>&1
}

# The client of the Redis-protocol server on this host: the bundle's (valkey-cli with --cache valkey),
# else whichever is installed, since the backend being emptied may be an earlier bundle's.
redis_client() {
  local client
  for client in "$BUNDLE_REDIS_CLI" redis-cli valkey-cli; do
    if command -v "$client" >/dev/null 2>&1; then
      printf '%s' "$client"
      return 0
    fi
  done
  printf '%s' "$BUNDLE_REDIS_CLI"
}

# Empties the Drupal entries of BACKEND that produce can reach; says what it did.
empty_cache_backend() {
  local service host port prefix keys fd reply=''
  # database and unknown: nothing produce can reach.
  read -r service host port prefix <<<"$1"
  case "$service" in
    redis)
      if ! keys="$(timeout 60 "$(redis_client)" -h "$host" -p "$port" --scan --pattern "$prefix:*" 2>/dev/null)"; then
        log_warn "could not empty $(cache_backend_label "$1"): it does not answer"
        return 1
      fi
      if [[ -n "$keys" ]] && ! printf '%s\n' "$keys" \
          | timeout 60 xargs -r -d '\n' -n 500 "$(redis_client)" -h "$host" -p "$port" DEL >/dev/null 2>&1; then
        log_warn "could not delete the keys $prefix:* in $(cache_backend_label "$1")"
        return 1
      fi
      log_info "emptied $(cache_backend_label "$1"): deleted $(count_of "$(grep -c . <<<"$keys")" key) with the site's prefix $prefix:"
      ;;
    memcache)
      if [[ "$port" == 0 && "$(memcached_endpoint)" != "unix $host" ]]; then
        # Restarted on another configuration (a rollback to TCP): whatever listens there next starts empty.
        log_info "memcached no longer listens on $host: nothing the site cached there is left"
        return 0
      fi
      if [[ "$port" == 0 ]]; then
        reply="$(memcached_socket_request "$host" flush_all | head -n 1)"
      elif { exec {fd}<>"/dev/tcp/$host/$port"; } 2>/dev/null; then
        printf 'flush_all\r\n' >&"$fd"
        IFS= read -r -t 5 reply <&"$fd" || true
        exec {fd}>&-
      fi
      if [[ "${reply%$'\r'}" != OK ]]; then
        log_warn "could not empty $(cache_backend_label "$1"): flush_all was not answered OK"
        return 1
      fi
      log_info "emptied $(cache_backend_label "$1") (flush_all)"
      ;;
  esac
}

# The command the operator runs when produce could not rebuild Drupal's caches.
rebuild_command() {
  local uid
  if uid="$(site_owner_uid)"; then
    printf 'cd %s && sudo -u %s vendor/bin/drush cache:rebuild' "$BUNDLE_SITE_ROOT" "$(user_name "$uid")"
  else
    printf "cd %s && drush cache:rebuild (as the site's owner, not root)" "$BUNDLE_SITE_ROOT"
  fi
}

# Rebuilds Drupal's caches after a switch from CACHE_BACKEND_BEFORE to the backend now configured,
# when KIND... (the kinds of the changed or restored files) switched it: first it empties the Redis or
# memcached entries of both (even where drush runs: a drush that cannot read settings.produce.php
# rebuilds the database cache instead), then runs drush. Never fails the run: what could not be done
# ends in a warning naming the command to run.
rebuild_after_cache_switch() {
  local before="${CACHE_BACKEND_BEFORE:-database}" after drush uid resolved output reason status=0
  switches_cache_backend "$@" || return 0
  site_present || return 0
  after="$(drupal_cache_backend)"
  if [[ "$before" == "$after" && "${REDIS_SERVER_SWITCHED:-no}" == yes ]]; then
    log_info "the server Drupal's caches are in changed ($REDIS_SERVER_SWITCH): rebuilding Drupal's caches," \
      "or entries cached before the switch could be served or saved back"
  else
    log_info "Drupal's cache backend changed ($(cache_backend_label "$before") ->" \
      "$(cache_backend_label "$after")): rebuilding Drupal's caches, or entries cached before the switch could be served or saved back"
  fi
  empty_cache_backend "$before" || true
  if [[ "$after" != "$before" ]]; then
    empty_cache_backend "$after" || true
  fi
  if ! drush="$(find_drush)"; then
    reason="no drush in $BUNDLE_SITE_ROOT/vendor/bin or on PATH"
  elif ! uid="$(site_owner_uid)"; then
    reason="$BUNDLE_SITE_ROOT and $BUNDLE_SETTINGS_PHP belong to root, and produce never runs drush as root"
  elif ! resolved="$(trusted_drush "$drush" "$uid")"; then
    reason="produce does not run $drush: $resolved"
  else
    output="$(mktemp)"
    PRODUCE_TEMP_FILES+=("$output")
    run_drush_rebuild "$resolved" "$uid" "$output" || status=$?
    if (( status == 0 )); then
      log_info "rebuilt Drupal's caches: $drush cache:rebuild as $(user_name "$uid") in $BUNDLE_SITE_ROOT"
      return 0
    fi
    if (( status == 124 || status == 137 )); then
      reason="$drush cache:rebuild as $(user_name "$uid") did not finish within $DRUSH_TIMEOUT_SECONDS s"
    else
      reason="$drush cache:rebuild as $(user_name "$uid") exited with status $status"
    fi
    log_warn "$reason; its last lines:"
    tail -n 20 -- "$output" >"$output.tail" && mv -- "$output.tail" "$output"
    log_output_of "$output"
  fi
  log_warn "Drupal's caches were not rebuilt ($reason); produce cannot reach the database cache, so until you run" \
    "\`$(rebuild_command)\` Drupal may serve entries cached before the switch and a save can write old values back"
}

# For --dry-run: what apply will do about Drupal's caches when this bundle switches the backend.
describe_cache_rebuild() {
  local drush uid resolved
  switches_cache_backend "$@" || return 0
  site_present || return 0
  if drush="$(find_drush)" && uid="$(site_owner_uid)" && resolved="$(trusted_drush "$drush" "$uid")"; then
    log_info "this changes Drupal's cache backend: apply then empties the Redis or memcached entries of the site and rebuilds Drupal's caches with $drush cache:rebuild" \
      "as $(user_name "$uid") in $BUNDLE_SITE_ROOT (--rollback does the same)"
  else
    log_info "this changes Drupal's cache backend and produce cannot run drush here${resolved:+ ($resolved)}: apply empties" \
      "the Redis or memcached entries of the site and you must then run \`$(rebuild_command)\`"
  fi
}
