# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Redis and Valkey on one server. Debian 13 packages both, and both listen on port 6379 by default:
# on a server that runs Redis, a Valkey bundle's server cannot start, and the other way round. When
# the other server (BUNDLE_OTHER_REDIS_*) holds the bundle's port, or is enabled to take it at boot,
# apply records both servers' state in the backup, stops the other server and disables its unit, and
# then starts the bundle's. A failed apply and --rollback put both back as recorded. Drupal's entries
# are in the server that holds the port, so a switch of servers is a cache backend switch: Drupal's
# caches are rebuilt (scripts/lib/cache-switch.sh).
#
# The record, /var/backups/produce/<run id>/servers (root's, 0600), one line per server:
#   role|unit|binary|config|user|pidfile|was-running|was-enabled
# role "bundle" (the bundle's server) or "other" (the server stopped); yes|no flags.

# yes when this run stopped one Redis-protocol server for the other or brought it back.
# shellcheck disable=SC2034  # also read by scripts/lib/cache-switch.sh
REDIS_SERVER_SWITCHED=no
# What switched, for the log: "redis-server -> valkey-server".
REDIS_SERVER_SWITCH=''

# Whether the distro has another Redis-protocol server and it is installed.
other_redis_installed() {
  [[ -n "$BUNDLE_OTHER_REDIS_SERVICE" && -n "$BUNDLE_REDIS_SERVICE" ]] || return 1
  command -v "$BUNDLE_OTHER_REDIS_SERVER" >/dev/null 2>&1
}

# The port in the other server's configuration (6379, the servers' default, when it names none).
other_redis_port() {
  local port
  port="$(config_value "$BUNDLE_OTHER_REDIS_CONFIG" port)"
  printf '%s' "${port:-6379}"
}

# Whether systemd starts UNIT at boot (never without systemd: there produce starts what it needs).
unit_enabled() {
  systemd_is_init && [[ "$(systemctl is-enabled "$1" 2>/dev/null)" == enabled ]]
}

# Whether the other server is in the bundle's way: installed, configured for the bundle's port, and
# running or enabled at boot.
other_redis_in_the_way() {
  other_redis_installed || return 1
  [[ "$(other_redis_port)" == "${BUNDLE_REDIS_PORT:-6379}" ]] || return 1
  unit_running "$BUNDLE_OTHER_REDIS_SERVICE" "$BUNDLE_OTHER_REDIS_SERVER" "$BUNDLE_OTHER_REDIS_PIDFILE" \
    || unit_enabled "$BUNDLE_OTHER_REDIS_SERVICE"
}

# Why the other server is in the way, for the log.
other_redis_reason() {
  local holds='holds port'
  if ! unit_running "$BUNDLE_OTHER_REDIS_SERVICE" "$BUNDLE_OTHER_REDIS_SERVER" "$BUNDLE_OTHER_REDIS_PIDFILE"; then
    holds='is enabled to take port'
  fi
  printf '%s %s %s, which this bundle gives to %s' \
    "$BUNDLE_OTHER_REDIS_SERVICE" "$holds" "${BUNDLE_REDIS_PORT:-6379}" "$BUNDLE_REDIS_SERVICE"
}

yes_no() {
  if "$@"; then printf yes; else printf no; fi
}

# Apply: when the other server is in the way, records both servers in the backup, stops the other
# server and disables its unit. The bundle's server is started afterwards by update_services.
take_redis_port() {
  local running enabled reason
  other_redis_in_the_way || return 0
  reason="$(other_redis_reason)"
  # Debian's pid files are recorded, not a configuration's pidfile line (its user's to edit): with
  # them and the process name a server is found, and a restart removes a stale one as its user.
  running="$(yes_no unit_running "$BUNDLE_OTHER_REDIS_SERVICE" "$BUNDLE_OTHER_REDIS_SERVER" "$BUNDLE_OTHER_REDIS_PIDFILE")"
  enabled="$(yes_no unit_enabled "$BUNDLE_OTHER_REDIS_SERVICE")"
  backup_begin
  install -o root -g root -m 0600 /dev/null "$BACKUP_DIR/servers"
  printf 'bundle|%s|%s|%s|%s|%s|%s|%s\n' "$BUNDLE_REDIS_SERVICE" "$BUNDLE_REDIS_SERVER" "$(redis_config)" \
    "$BUNDLE_REDIS_USER" "$BUNDLE_REDIS_PIDFILE" "$(yes_no service_running redis)" \
    "$(yes_no unit_enabled "$BUNDLE_REDIS_SERVICE")" >>"$BACKUP_DIR/servers"
  printf 'other|%s|%s|%s|%s|%s|%s|%s\n' "$BUNDLE_OTHER_REDIS_SERVICE" "$BUNDLE_OTHER_REDIS_SERVER" \
    "$BUNDLE_OTHER_REDIS_CONFIG" "$BUNDLE_OTHER_REDIS_USER" "$BUNDLE_OTHER_REDIS_PIDFILE" "$running" "$enabled" \
    >>"$BACKUP_DIR/servers"
  REDIS_SERVER_SWITCHED=yes
  REDIS_SERVER_SWITCH="$BUNDLE_OTHER_REDIS_SERVICE -> $BUNDLE_REDIS_SERVICE"
  if [[ "$running" == yes ]]; then
    unit_stop "$BUNDLE_OTHER_REDIS_SERVICE" "$BUNDLE_OTHER_REDIS_SERVER" "$BUNDLE_OTHER_REDIS_PIDFILE" \
      || fail "could not stop $BUNDLE_OTHER_REDIS_SERVICE ($reason)"
  fi
  if [[ "$enabled" == yes ]]; then
    run_detached systemctl disable --quiet "$BUNDLE_OTHER_REDIS_SERVICE" \
      || fail "could not disable $BUNDLE_OTHER_REDIS_SERVICE ($reason)"
  fi
  log_info "$([[ "$running" == yes ]] && printf stopped || printf 'left stopped')$([[ "$enabled" == yes ]] && printf ' and disabled')" \
    "$BUNDLE_OTHER_REDIS_SERVICE: $reason (sudo ./produce --rollback brings it back)"
}

# For --dry-run and --check: one line on the other server when it is in the way, else nothing.
describe_redis_port() {
  other_redis_in_the_way || return 0
  printf '%s; apply stops it and disables its unit' "$(other_redis_reason)"
}

# Whether LINE of a servers record is one produce wrote: known role, names and absolute paths only.
valid_server_record() {
  local role unit binary config user pidfile running enabled
  IFS='|' read -r role unit binary config user pidfile running enabled <<<"$1"
  [[ "$role" =~ ^(bundle|other)$ && "$unit" =~ ^[a-z0-9-]+$ && "$binary" =~ ^[a-z0-9-]+$ \
    && "$config" =~ ^/[A-Za-z0-9/._-]+$ && "$user" =~ ^[a-z_][a-z0-9_-]*$ && "$pidfile" =~ ^/run/[a-z0-9-]+/[a-z0-9.-]+\.pid$ \
    && "$running" =~ ^(yes|no)$ && "$enabled" =~ ^(yes|no)$ ]]
}

# Puts the servers recorded in backup DIR back as they were: the bundle's server stopped unless it ran
# and its unit disabled unless it was enabled, then the other server enabled and started as it was.
# Returns 1 when something could not be done (said in the log); nothing to do without a record.
give_back_redis_port() {
  local record="$1/servers" line role unit binary config user pidfile running enabled status=0
  local -a lines=()
  [[ -f "$record" && ! -L "$record" ]] || return 0
  mapfile -t lines <"$record"
  for line in "${lines[@]}"; do
    if ! valid_server_record "$line"; then
      log_error "$record holds a line produce did not write; the Redis and Valkey servers were left as they are"
      return 1
    fi
  done
  # shellcheck disable=SC2034  # read by scripts/lib/cache-switch.sh
  REDIS_SERVER_SWITCHED=yes
  for role in bundle other; do
    for line in "${lines[@]}"; do
      IFS='|' read -r _ unit binary config user pidfile running enabled <<<"$line"
      [[ "$line" == "$role|"* ]] || continue
      if [[ "$role" == bundle ]]; then
        REDIS_SERVER_SWITCH="$unit"
        if [[ "$running" == no ]] && unit_running "$unit" "$binary" "$pidfile"; then
          if unit_stop "$unit" "$binary" "$pidfile"; then
            log_info "stopped $unit, which did not run before the apply"
          else
            log_error "could not stop $unit"
            status=1
          fi
        fi
        if [[ "$running" == no ]] && systemd_is_init; then
          # Not running before either: a start that failed in this run (said above) may have left it
          # failed or waiting to restart (Restart=always); stopped and reset, it is as it was.
          systemctl stop "$unit" 2>/dev/null || true
          systemctl reset-failed "$unit" 2>/dev/null || true
        fi
        if [[ "$enabled" == no ]] && unit_enabled "$unit"; then
          run_detached systemctl disable --quiet "$unit" || status=1
        fi
        continue
      fi
      REDIS_SERVER_SWITCH="$REDIS_SERVER_SWITCH -> $unit"
      if [[ "$enabled" == yes ]] && ! unit_enabled "$unit"; then
        run_detached systemctl enable --quiet "$unit" || { log_error "could not enable $unit again"; status=1; }
      fi
      if [[ "$running" == yes ]] && ! unit_running "$unit" "$binary" "$pidfile"; then
        if systemd_is_init; then
          systemd_start "$unit" || status=1
        else
          redis_server_start "$binary" "$config" "$user" "$(dirname -- "$pidfile")" "$pidfile" || status=1
        fi
        if (( status == 0 )); then
          log_info "started $unit again, as it ran before the apply$([[ "$enabled" == yes ]] && printf ' (enabled at boot)')"
        else
          log_error "could not start $unit again"
        fi
      fi
    done
  done
  return "$status"
}
