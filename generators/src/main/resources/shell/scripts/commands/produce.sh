# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# The workflow of ./produce, which sources this file after the libraries and calls main. The six
# functions keep the original design's names; each brings its part of the server in line with the
# bundle, or with --dry-run / --check shows or reports the difference. Only the chosen cache
# backend's functions are called; the others say they are not part of this bundle.

# Redis or Valkey: /etc/redis/redis.conf or /etc/valkey/valkey.conf (maxmemory sized for this server, LRU eviction of cache items only, no RDB snapshots).
setup_redis() {
  if [[ "$BUNDLE_CACHE_BACKEND" != redis && "$BUNDLE_CACHE_BACKEND" != valkey ]]; then
    log_info "setup_redis: Redis is not part of this bundle (cache backend: $BUNDLE_CACHE_BACKEND)"
    return 0
  fi
  sync_daemon_files redis
}

# Memcached: /etc/memcached.conf (memory, connections and threads sized for this server).
setup_memcache() {
  if [[ "$BUNDLE_CACHE_BACKEND" != memcache ]]; then
    log_info "setup_memcache: Memcached is not part of this bundle (cache backend: $BUNDLE_CACHE_BACKEND)"
    return 0
  fi
  sync_daemon_files memcached
}

# Drupal on Redis or Valkey: settings.produce.php and its guarded include in settings.php.
configure_drupal_redis() {
  if [[ "$BUNDLE_CACHE_BACKEND" != redis && "$BUNDLE_CACHE_BACKEND" != valkey ]]; then
    log_info "configure_drupal_redis: Redis is not part of this bundle (cache backend: $BUNDLE_CACHE_BACKEND)"
    return 0
  fi
  configure_drupal_cache
}

# Drupal on Memcached: settings.produce.php and its guarded include in settings.php.
configure_drupal_memcache() {
  if [[ "$BUNDLE_CACHE_BACKEND" != memcache ]]; then
    log_info "configure_drupal_memcache: Memcached is not part of this bundle (cache backend: $BUNDLE_CACHE_BACKEND)"
    return 0
  fi
  configure_drupal_cache
}

configure_drupal_cache() {
  if ! site_present; then
    log_warn "Drupal site not found ($BUNDLE_SETTINGS_PHP does not exist): skipping settings.produce.php" \
      "and the settings.php include; run produce again once the site is installed (--require-site refuses instead)"
    return 0
  fi
  sync_daemon_files drupal
  sync_settings_include
}

# PHP-FPM: the www pool (sized workers) and 90-produce.ini (opcache, realpath cache, APCu).
tune_php_fpm() {
  if [[ "$BUNDLE_TUNES_PERFORMANCE" != yes ]]; then
    log_info "tune_php_fpm: PHP-FPM tuning is not part of this bundle (--no-performance)"
    return 0
  fi
  sync_daemon_files php-fpm
}

# nginx: conf.d/performance.conf (http context) and snippets/produce-drupal.conf (server context);
# with --microcache also snippets/produce-microcache.conf and the cache directory, created first so
# that nginx -t finds it. A produce snippet this bundle does not install is removed (backed up).
tune_nginx() {
  if [[ "$BUNDLE_TUNES_PERFORMANCE" != yes ]]; then
    log_info "tune_nginx: nginx tuning is not part of this bundle (--no-performance)"
    return 0
  fi
  sync_managed_directories nginx
  sync_daemon_files nginx
  retire_daemon_files nginx
}

# What every mode walks through: the chosen cache backend, then PHP-FPM and nginx.
sync_bundle() {
  case "$BUNDLE_CACHE_BACKEND" in
    redis | valkey)
      setup_redis
      configure_drupal_redis
      ;;
    memcache)
      setup_memcache
      configure_drupal_memcache
      ;;
    *)
      log_info "no cache backend in this bundle (--cache none)"
      ;;
  esac
  if [[ "$BUNDLE_TUNES_PERFORMANCE" == yes ]]; then
    tune_php_fpm
    tune_nginx
  fi
}

fail() {
  log_error "$*"
  exit 1
}

# One produce at a time. The lock lives in produce's root-only runtime directory (never in a
# world-writable one such as /run/lock, where another user could hold it or plant a link); its
# descriptor is closed for every daemon produce starts.
acquire_lock() {
  local lock="$PRODUCE_RUN_DIR/lock"
  exec {PRODUCE_LOCK_FD}>>"$lock"
  if ! flock -n "$PRODUCE_LOCK_FD"; then
    log_error "another produce run holds $lock; nothing was changed"
    exit 3
  fi
}

# produce's temporary files left in the managed files' directories by a run that was killed.
leftover_temp_files() {
  local entry target dirs=() dir
  for entry in "${BUNDLE_MANAGED_FILES[@]}"; do
    IFS='|' read -r _ target _ <<<"$entry"
    dirs+=("$(dirname -- "$target")")
  done
  dirs+=("$(dirname -- "$BUNDLE_SETTINGS_PHP")")
  printf '%s\n' "${dirs[@]}" | sort -u | while IFS= read -r dir; do
    [[ -d "$dir" ]] || continue
    find "$dir" -maxdepth 1 \( -name '.produce.????????' -o -name '.produce.??????????' \) -print 2>/dev/null
  done
}

# An apply killed half-way (SIGKILL, power loss) leaves temporary files and a backup in state
# "changing". Apply removes the files and refuses to go on until that apply is rolled back;
# dry-run and check report both.
check_interrupted_runs() {
  local file dir
  while IFS= read -r file; do
    if [[ "$PRODUCE_MODE" == apply ]]; then
      rm -f -- "$file"
      log_warn "removed $file, a temporary file left by an interrupted produce run"
    else
      log_warn "$file is a temporary file left by an interrupted produce run (apply removes it)"
    fi
  done < <(leftover_temp_files)
  dir="$(interrupted_backup)" || return 0
  if [[ "$PRODUCE_MODE" == apply ]]; then
    log_error "$(interrupted_advice "$dir"); nothing was changed"
    exit 3
  fi
  log_warn "an earlier apply was interrupted before it finished (backup $dir): run sudo ./produce --rollback"
}

# Services reloaded, restarted or started by this run, in order.
TOUCHED_SERVICES=()
APPLY_DONE=no

touch_service() {
  local label
  label="$(service_label "$1")"
  TOUCHED_SERVICES+=("$1")
  refresh_service "$1" || fail "could not start or reload $label"
  log_info "$SERVICE_ACTION $label"
}

# Reloads the services whose files changed and starts those of the bundle that are not running.
update_services() {
  local service
  for service in "${BUNDLE_SERVICES[@]}"; do
    if service_changed "$service"; then
      touch_service "$service"
    elif ! service_running "$service"; then
      log_info "$(service_label "$service") is not running"
      touch_service "$service"
    fi
    service_enable_at_boot "$service" || fail "could not enable $(service_label "$service") at boot"
  done
}

# Records in this run's backup which of the bundle's services ran before the apply started or
# reloaded them (services-before: SERVICE|yes|no), so that --rollback leaves stopped what was stopped.
record_services_before() {
  local service
  [[ -n "$BACKUP_DIR" ]] || return 0
  install -o root -g root -m 0600 /dev/null "$BACKUP_DIR/services-before"
  for service in "${BUNDLE_SERVICES[@]}"; do
    printf '%s|%s\n' "$service" "$(yes_no service_running "$service")" >>"$BACKUP_DIR/services-before"
  done
}

# Whether backup DIR records that SERVICE did not run before its apply.
service_was_stopped() {
  local record="$1/services-before"
  [[ -f "$record" && ! -L "$record" ]] && grep -qx -- "$2|no" "$record"
}

# Rollback: stops SERVICE, which does not start or answer with the restored files and did not run
# before the apply either (e.g. Debian 13's stock memcached.conf listens on ::1 too, which a host
# without IPv6 lacks): as it was, and said.
leave_stopped() {
  service_stop "$1" || true
  log_warn "$(service_label "$1") does not start with the restored files; it did not run before the apply" \
    "either, so it stays stopped"
}

# Drops SERVICE from TOUCHED_SERVICES.
remove_service() {
  local service kept=()
  for service in "${TOUCHED_SERVICES[@]}"; do
    [[ "$service" == "$1" ]] || kept+=("$service")
  done
  TOUCHED_SERVICES=("${kept[@]}")
}

# Runs on every exit of an apply: a run that did not finish restores what it changed, makes the
# services it touched run the restored files again, and exits 1.
on_apply_exit() {
  local status=$? service
  set +e
  remove_temp_files
  if [[ "$APPLY_DONE" == yes ]]; then
    remove_scratch_dir
    return 0
  fi
  if [[ -n "$BACKUP_DIR" ]]; then
    log_error "apply failed; restoring the files it replaced from $BACKUP_DIR"
    if backup_restore "$BACKUP_DIR" failure; then
      backup_set_state restored
      log_info "every changed file was restored byte for byte, with its owner and mode"
    else
      log_error "some files could not be restored; the backups stay in $BACKUP_DIR"
    fi
    if [[ "$REDIS_SERVER_SWITCHED" == yes ]]; then
      give_back_redis_port "$BACKUP_DIR" || log_error "the Redis and Valkey servers could not be put back as they were (see above)"
      remove_service redis
    fi
    for service in "${TOUCHED_SERVICES[@]}"; do
      if refresh_service "$service"; then
        log_info "$SERVICE_ACTION $(service_label "$service") with the restored files"
      else
        log_error "could not bring $(service_label "$service") back"
      fi
    done
    health_check_all "${TOUCHED_SERVICES[@]}"
  fi
  remove_scratch_dir
  log_error "apply failed (status $status); see the messages above"
  exit 1
}

# Installs the missing packages the bundle vendors, then checks the targets their packages create.
install_packages_first() {
  local problem
  (( ${#PACKAGES_TO_INSTALL[@]} > 0 )) || return 0
  install_vendored_packages || fail "the vendored packages could not be installed; no configuration file was changed"
  PACKAGES_TO_INSTALL=()
  check_targets
  if (( ${#PREFLIGHT_PROBLEMS[@]} > 0 )); then
    for problem in "${PREFLIGHT_PROBLEMS[@]}"; do
      log_error "$problem"
    done
    fail "the installed packages did not create what the bundle needs; no configuration file was changed"
  fi
}

apply_bundle() {
  local problem
  preflight_or_refuse
  acquire_lock
  check_interrupted_runs
  log_info "applying bundle: $BUNDLE_COMMAND"
  install_packages_first
  trap on_apply_exit EXIT
  trap 'exit 1' INT TERM HUP
  record_nginx_endpoints
  note_cache_backend
  sync_bundle
  if (( CHANGED_COUNT > 0 )); then
    validate_changes || fail "the new configuration did not validate; nothing was reloaded"
  fi
  take_redis_port
  record_services_before
  update_services
  health_check_all "${BUNDLE_SERVICES[@]}" || fail "health checks failed"
  if [[ "$BUNDLE_TUNES_PERFORMANCE" == yes ]]; then
    while IFS= read -r problem; do
      log_warn "$problem"
    done < <(nginx_snippet_shadowing)
  fi
  if [[ -n "$BACKUP_DIR" ]]; then
    backup_set_state applied
    log_info "backup of the replaced files: $BACKUP_DIR (undo with: sudo ./produce --rollback)"
  fi
  APPLY_DONE=yes
  rebuild_after_cache_switch "${CHANGED_KINDS[@]}" || log_warn "rebuilding Drupal's caches stopped early; run: $(rebuild_command)"
  warn_unless_site_owner_reaches_memcached
  log_summary "$CHANGED_COUNT" "${#TOUCHED_SERVICES[@]}"
}

dry_run_bundle() {
  local service reloads=() port_note
  preflight_or_refuse
  check_interrupted_runs
  log_info "dry run of bundle: $BUNDLE_COMMAND"
  if (( ${#PACKAGES_TO_INSTALL[@]} > 0 )); then
    log_info "would install from the bundle's packages/: ${PACKAGES_TO_INSTALL[*]}"
  fi
  sync_bundle
  port_note="$(describe_redis_port)"
  if [[ -n "$port_note" ]]; then
    log_info "$port_note (--rollback starts it again); Drupal's caches are then rebuilt"
  fi
  describe_cache_rebuild "${CHANGED_KINDS[@]}"
  for service in "${BUNDLE_SERVICES[@]}"; do
    if service_changed "$service" || ! service_running "$service"; then
      reloads+=("$(service_label "$service")")
    fi
  done
  log_info "dry run: $(count_of "$CHANGED_COUNT" file) would change," \
    "$(count_of "${#reloads[@]}" service) would be reloaded${reloads[*]:+ (${reloads[*]})}; nothing was changed"
}

check_bundle() {
  local service unhealthy=0 packages shadowed=0 problem shadow_note='' port_note in_the_way=0
  preflight_or_refuse
  check_interrupted_runs
  log_info "checking the server against bundle: $BUNDLE_COMMAND"
  packages=${#PACKAGES_TO_INSTALL[@]}
  if (( packages > 0 )); then
    log_info "drift: packages not installed (the bundle vendors them): ${PACKAGES_TO_INSTALL[*]}"
  fi
  sync_bundle
  for service in "${BUNDLE_SERVICES[@]}"; do
    if service_healthy "$service"; then
      log_info "running: $(service_label "$service")"
    else
      log_info "drift: $(service_label "$service") is not running or not answering"
      unhealthy=$((unhealthy + 1))
    fi
  done
  if [[ "$BUNDLE_TUNES_PERFORMANCE" == yes ]]; then
    while IFS= read -r problem; do
      log_info "drift: $problem"
      shadowed=$((shadowed + 1))
    done < <(nginx_snippet_shadowing)
  fi
  port_note="$(describe_redis_port)"
  if [[ -n "$port_note" ]]; then
    log_info "drift: $port_note"
    in_the_way=1
  fi
  if (( shadowed > 0 )); then
    shadow_note=", produce-drupal.conf shadowed by $(count_of "$shadowed" "site location")"
  fi
  if (( CHANGED_COUNT + unhealthy + packages + shadowed + in_the_way == 0 )); then
    log_info "the server matches the bundle"
    return 0
  fi
  log_info "the server differs from the bundle: $(count_of "$CHANGED_COUNT" file) differ," \
    "$(count_of "$unhealthy" service) not answering${PACKAGES_TO_INSTALL[*]:+, $(count_of "$packages" package) missing}$shadow_note${port_note:+, $BUNDLE_OTHER_REDIS_SERVICE in the way}"
  exit 1
}

# Restores the newest backup of an apply that was not undone, then reloads what it restored. What
# the rollback replaces is saved first; when the restored configuration fails nginx -t or
# php-fpm -t, everything is put back as it was before the rollback and nothing is reloaded.
rollback_bundle() {
  local dir service kind touched=() unhealthy=no
  check_root
  if (( ${#PREFLIGHT_PROBLEMS[@]} > 0 )); then
    log_error "${PREFLIGHT_PROBLEMS[0]}; nothing was changed"
    exit 3
  fi
  acquire_lock
  if [[ -e "$PRODUCE_BACKUP_ROOT" || -L "$PRODUCE_BACKUP_ROOT" ]]; then
    require_backup_root
  fi
  if ! dir="$(backup_latest)"; then
    log_info "nothing to roll back: no backup of an apply in $PRODUCE_BACKUP_ROOT"
    return 0
  fi
  log_info "rolling back to the files saved in $dir"
  BACKUP_DIR="$dir"
  begin_rollback_save "$dir"
  note_cache_backend
  backup_restore "$dir" rollback || undo_rollback "some files could not be restored"
  if ! validate_rollback; then
    undo_rollback "the restored configuration does not pass its checks (see above)"
  fi
  backup_set_state rolled-back
  give_back_redis_port "$dir" || fail "the Redis and Valkey servers could not be put back as they were (see above)"
  for service in redis memcached php-fpm nginx; do
    for kind in "${RESTORED_KINDS[@]}"; do
      if [[ "$(service_of_kind "$kind")" == "$service" ]]; then
        if service_running "$service"; then
          if refresh_service "$service"; then
            touched+=("$service")
            log_info "$SERVICE_ACTION $(service_label "$service")"
          elif service_was_stopped "$dir" "$service"; then
            leave_stopped "$service"
          else
            fail "could not reload $(service_label "$service")"
          fi
        fi
        break
      fi
    done
  done
  for service in "${touched[@]}"; do
    if ! health_check "$service"; then
      if service_was_stopped "$dir" "$service"; then
        leave_stopped "$service"
      else
        unhealthy=yes
      fi
    fi
  done
  [[ "$unhealthy" == no ]] || fail "health checks failed after the rollback"
  rebuild_after_cache_switch "${RESTORED_KINDS[@]}" || log_warn "rebuilding Drupal's caches stopped early; run: $(rebuild_command)"
  log_info "rolled back: $(count_of "$RESTORED_COUNT" file) restored, $(count_of "${#touched[@]}" service) reloaded" \
    "${KEPT_FILES[*]:+(kept, still included by the site: ${KEPT_FILES[*]})}"
  log_info "what the rollback replaced is saved in $ROLLBACK_SAVE_DIR"
}

# Checks the restored nginx and PHP-FPM configuration with the daemons' own checks.
validate_rollback() {
  local status=0
  # shellcheck disable=SC2034  # read by kind_changed (validate.sh)
  CHANGED_KINDS=("${RESTORED_KINDS[@]}")
  if kind_changed nginx; then validate_nginx || status=1; fi
  if kind_changed php-fpm; then validate_php_fpm || status=1; fi
  return "$status"
}

# Puts back every file as it was before this rollback began, then exits 1; the backup stays usable.
undo_rollback() {
  log_error "rollback stopped: $1; putting every file back as it was before the rollback"
  if backup_restore "$ROLLBACK_SAVE_DIR" failure; then
    log_error "every file is as it was before the rollback; nothing was reloaded"
  else
    log_error "some files could not be put back; the copies are in $ROLLBACK_SAVE_DIR"
  fi
  exit 1
}

main() {
  if (( EUID == 0 )); then
    trap cleanup_run EXIT
    prepare_run_directory
  fi
  case "$PRODUCE_MODE" in
    apply) apply_bundle ;;
    dry-run) dry_run_bundle ;;
    check) check_bundle ;;
    rollback) rollback_bundle ;;
  esac
}
