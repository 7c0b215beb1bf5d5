# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Starting, reloading and restarting services. With systemd as PID 1 through systemctl; otherwise
# (containers, other inits) directly, the way Debian's init scripts do it, because Debian's units
# run redis with "--supervised systemd --daemonize no" and its init script expects the opposite.
# Services: nginx, php-fpm, redis, memcached.

systemd_is_init() {
  [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1
}

# The systemd unit and init script name.
service_label() {
  case "$1" in
    php-fpm) printf '%s' "$BUNDLE_PHP_FPM_SERVICE" ;;
    redis) printf '%s' "$BUNDLE_REDIS_SERVICE" ;;
    *) printf '%s' "$1" ;;
  esac
}

# The main process's name as /proc/<pid>/comm shows it.
service_process() {
  case "$1" in
    php-fpm) printf '%s' "$BUNDLE_PHP_FPM_BINARY" ;;
    redis) printf '%s' "$BUNDLE_REDIS_SERVER" ;;
    *) printf '%s' "$1" ;;
  esac
}

redis_config() {
  printf '%s' "${BUNDLE_REDIS_CONFIG:-/etc/redis/redis.conf}"
}

memcached_config() {
  printf '%s' "${BUNDLE_MEMCACHED_CONFIG:-/etc/memcached.conf}"
}

# The value of the first "KEY value" / "KEY = value" line in FILE, without quotes or ";".
config_value() {
  [[ -r "$1" ]] || return 0
  awk -v key="$2" '$1 == key { sub("^[ \t]*" key "[ \t=]+", ""); gsub(/[";]/, ""); print; exit }' "$1"
}

service_pidfile() {
  local pidfile=''
  case "$1" in
    nginx) pidfile="$(config_value /etc/nginx/nginx.conf pid)"; printf '%s' "${pidfile:-/run/nginx.pid}" ;;
    php-fpm) pidfile="$(config_value "$BUNDLE_PHP_FPM_CONFIG" pid)"; printf '%s' "${pidfile:-$BUNDLE_PHP_FPM_PIDFILE}" ;;
    redis) pidfile="$(config_value "$(redis_config)" pidfile)"; printf '%s' "${pidfile:-$BUNDLE_REDIS_PIDFILE}" ;;
    memcached) printf '/run/memcached.pid' ;;
  esac
}

# Prints the state letter of process PID (R, S, D, Z, ...) from /proc/PID/stat; fails when there is
# no such process. The name in parentheses may hold spaces and ")", so the state follows the last ") ".
process_state() {
  local stat
  [[ "$1" =~ ^[0-9]+$ ]] || return 1
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" && [[ -n "$stat" ]] || return 1
  stat="${stat##*) }"
  printf '%s\n' "${stat%% *}"
}

# Whether PID is a live process. A zombie (Z, or X while being reaped) has exited: "kill -0" still
# succeeds on it, and in a container without an init nothing ever reaps it.
pid_alive() {
  local state
  state="$(process_state "$1")" && [[ "$state" != [ZX] ]]
}

# Prints the PID of the oldest live process named NAME (as /proc/<pid>/comm shows it); zombies of
# that name do not count.
oldest_live_process() {
  local pid stat oldest='' oldest_start=0
  local -a fields
  command -v pgrep >/dev/null 2>&1 || return 1
  for pid in $(pgrep -x -- "$1"); do
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
    # fields after the name: state is the first, the start time (field 22 of stat) the twentieth
    read -r -a fields <<<"${stat##*) }"
    [[ "${fields[0]}" == [ZX] ]] && continue
    if [[ -z "$oldest" ]] || (( fields[19] < oldest_start )); then
      oldest="$pid"
      oldest_start="${fields[19]}"
    fi
  done
  [[ -n "$oldest" ]] && printf '%s\n' "$oldest"
}

# Prints the PID of SERVICE's main process when it runs; a zombie never counts as running.
service_pid() {
  process_of "$(service_pidfile "$1")" "$(service_process "$1")"
}

# Prints the digits of pid file PIDFILE. The file and its directory may belong to the daemon's user
# (/run/redis; the pidfile line of redis.conf, redis:redis 0640), so root reads it only through a
# checked descriptor (open_regular_file: a regular file, not a link), and at most 20 bytes of it.
read_pidfile() {
  local pid
  open_regular_file "$1" || return 1
  pid="$(head -c 20 <&"$SAFE_FD" | tr -dc '0-9')"
  exec {SAFE_FD}<&-
  printf '%s' "$pid"
}

# Prints the PID in PIDFILE when that process lives and is named PROCESS, else the PID of the oldest
# live process named PROCESS; fails when there is none.
process_of() {
  local pidfile="$1" process="$2" pid=''
  if pid="$(read_pidfile "$pidfile")"; then
    if [[ -n "$pid" ]] && pid_alive "$pid" && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == "$process" ]]; then
      printf '%s\n' "$pid"
      return 0
    fi
  fi
  oldest_live_process "$process"
}

service_running() {
  unit_running "$(service_label "$1")" "$(service_process "$1")" "$(service_pidfile "$1")"
}

# Whether UNIT (main process PROCESS, pid file PIDFILE) runs: under systemd the unit is active,
# elsewhere its process lives.
unit_running() {
  if systemd_is_init; then
    systemctl is-active --quiet "$1"
    return $?
  fi
  process_of "$3" "$2" >/dev/null
}

# Stops UNIT (main process PROCESS, pid file PIDFILE): systemctl stop, or TERM then KILL without systemd.
unit_stop() {
  if systemd_is_init; then
    run_detached systemctl stop "$1"
    return $?
  fi
  process_stop "$@"
}

# Stops the process of UNIT (named PROCESS, pid file PIDFILE) without systemd: TERM, then KILL.
process_stop() {
  local pid
  pid="$(process_of "$3" "$2")" || return 0
  stop_process "$pid" "$1"
}

# Runs a command that starts a daemon: no inherited terminal, lock or pipes; output printed on failure.
run_detached() {
  local output status=0
  output="$(mktemp)"
  env -u TMPDIR "$@" </dev/null >"$output" 2>&1 {PRODUCE_LOCK_FD}>&- || status=$?
  if (( status != 0 )); then
    log_error "$* failed (exit status $status):"
    log_output_of "$output"
  fi
  rm -f -- "$output"
  return "$status"
}

# Creates a runtime directory the way the package's systemd unit or tmpfiles.d would.
ensure_runtime_dir() {
  if [[ ! -d "$1" ]]; then
    install -d -o "$2" -g "$3" -m "$4" "$1"
  fi
}

# Gives memcached's runtime directory the owner, group and mode of the tmpfiles.d line in force: the
# bundle's /etc/tmpfiles.d/memcached.conf while it is installed (PHP-FPM's group, set-group-ID: who
# may use memcached's socket), the package's line of the same name once a rollback removed it. Run
# before memcached starts, since memcached creates its socket there. systemd-tmpfiles refuses a path
# that another user could have swapped for a link.
memcached_runtime_directory() {
  if ! command -v systemd-tmpfiles >/dev/null 2>&1; then
    if [[ -e /etc/tmpfiles.d/memcached.conf ]]; then
      log_error "systemd-tmpfiles is missing: cannot give memcached's runtime directory the group /etc/tmpfiles.d/memcached.conf names"
      return 1
    fi
    return 0
  fi
  run_detached systemd-tmpfiles --create memcached.conf
}

# Starts UNIT under systemd. A unit that is already failed (e.g. it hit its start limit at boot) is
# reset first: systemd refuses to start it again until the limit's window has passed otherwise.
systemd_start() {
  if systemctl is-failed --quiet "$1"; then
    log_info "$1 had failed ($(systemctl show -p Result --value "$1" 2>/dev/null)); resetting it before starting it"
    systemctl reset-failed "$1" 2>/dev/null || true
  fi
  run_detached systemctl start "$1"
}

# Under systemd, enables SERVICE's unit when it is disabled, so that it comes back after a reboot with
# the files the bundle installed. Elsewhere, and for units that are enabled, static or masked: nothing.
service_enable_at_boot() {
  local unit
  systemd_is_init || return 0
  unit="$(service_label "$1")"
  [[ "$(systemctl is-enabled "$unit" 2>/dev/null)" == disabled ]] || return 0
  run_detached systemctl enable --quiet "$unit" || return 1
  log_info "enabled $unit: it starts at boot"
}

# The systemd branches below end in "return $?", never a bare "return": run from the EXIT trap that
# restores a failed apply, a bare "return" gives the status from before the trap (the failure).
service_start() {
  if systemd_is_init; then
    systemd_start "$(service_label "$1")"
    return $?
  fi
  case "$1" in
    nginx)
      run_detached nginx
      ;;
    php-fpm)
      ensure_runtime_dir /run/php www-data www-data 0755
      run_detached "$BUNDLE_PHP_FPM_BINARY" --daemonize --fpm-config "$BUNDLE_PHP_FPM_CONFIG"
      ;;
    redis)
      redis_server_start "$BUNDLE_REDIS_SERVER" "$(redis_config)" "$BUNDLE_REDIS_USER" "$BUNDLE_REDIS_RUNTIME_DIR" \
        "$(service_pidfile redis)"
      ;;
    memcached)
      ensure_runtime_dir /run/memcached memcache memcache 0755
      rm -f -- "$(service_pidfile memcached)"
      run_detached /usr/share/memcached/scripts/start-memcached "$(memcached_config)" "$(service_pidfile memcached)"
      ;;
  esac
}

# Starts the Redis-protocol server BINARY with CONFIG without systemd, as Debian's unit does: as USER
# (redis, valkey), daemonized since no systemd supervises it, in RUNTIME_DIR (Debian's, created when
# missing). A stale PIDFILE (a container restarted) is removed first, as USER: the path comes from
# a configuration USER may edit, so root never deletes it.
redis_server_start() {
  local binary="$1" config="$2" user="$3" runtime_dir="$4" pidfile="$5"
  ensure_runtime_dir "$runtime_dir" "$user" "$user" 2755
  run_detached setpriv --reuid="$user" --regid="$user" --init-groups -- rm -f -- "$pidfile"
  run_detached setpriv --reuid="$user" --regid="$user" --init-groups -- \
    "$binary" "$config" --daemonize yes --supervised no
}

# Stops process PID (LABEL names it in the log): TERM, then KILL after 30 s. Stopped means gone or a
# zombie (its parent, without an init, may never reap it).
stop_process() {
  local pid="$1" label="$2" waited
  kill -TERM "$pid" 2>/dev/null || return 0
  for (( waited = 0; waited < 300; waited++ )); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  log_warn "$label (pid $pid) did not stop within 30 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
  sleep 0.5
}

# Stops a service started without systemd.
service_stop_direct() {
  process_stop "$(service_label "$1")" "$(service_process "$1")" "$(service_pidfile "$1")"
}

service_stop() {
  unit_stop "$(service_label "$1")" "$(service_process "$1")" "$(service_pidfile "$1")"
}

service_restart() {
  if systemd_is_init; then
    run_detached systemctl restart "$(service_label "$1")"
    return $?
  fi
  service_stop_direct "$1"
  service_start "$1"
}

# nginx and PHP-FPM reload gracefully (PHP-FPM re-executes its master, so INI_SYSTEM settings such
# as opcache's take effect); redis and memcached cannot reload and are restarted. nginx's reload
# returns before its master has read the new files: the reload waits until the old workers have
# stopped accepting, so that what answers next (the health checks) runs the new configuration.
service_reload() {
  local pid old_workers='' rc
  if [[ "$1" == nginx ]]; then
    old_workers="$(nginx_workers)"
  fi
  if systemd_is_init; then
    case "$1" in
      nginx | php-fpm) run_detached systemctl reload "$(service_label "$1")" ;;
      *) run_detached systemctl restart "$(service_label "$1")" ;;
    esac
    rc=$?
  else
    case "$1" in
      nginx) pid="$(service_pid nginx)" && kill -HUP "$pid" ;;
      php-fpm) pid="$(service_pid php-fpm)" && kill -USR2 "$pid" ;;
      *) service_restart "$1" ;;
    esac
    rc=$?
  fi
  if ((rc == 0)) && [[ -n "$old_workers" ]]; then
    await_workers_retired "$old_workers"
  fi
  return "$rc"
}

# The PIDs of nginx's worker processes (its master's children), space-separated; none without
# pgrep or a master.
nginx_workers() {
  local master
  command -v pgrep >/dev/null 2>&1 || return 0
  master="$(service_pid nginx)" || return 0
  pgrep -P "$master" 2>/dev/null | tr '\n' ' '
}

# Waits, at most 10 s in all, until each worker PID given has exited or is "shutting down" (an
# nginx worker closes its listening sockets when its master tells it to finish).
await_workers_retired() {
  local pid tenths=0
  for pid in $1; do
    while ((tenths < 100)) && kill -0 "$pid" 2>/dev/null \
      && ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'shutting down'; do
      sleep 0.1
      tenths=$((tenths + 1))
    done
  done
}

# Makes SERVICE run the files now on disk: reload or restart it when it runs, start it otherwise.
# Sets SERVICE_ACTION to what it did: reloaded, restarted or started.
SERVICE_ACTION=''

# shellcheck disable=SC2034  # SERVICE_ACTION is read by the caller
refresh_service() {
  if [[ "$1" == memcached ]]; then
    memcached_runtime_directory || return 1
  fi
  if service_running "$1"; then
    case "$1" in
      nginx | php-fpm) SERVICE_ACTION=reloaded; service_reload "$1" ;;
      *) SERVICE_ACTION=restarted; service_restart "$1" ;;
    esac
  else
    SERVICE_ACTION=started
    service_start "$1"
  fi
}
