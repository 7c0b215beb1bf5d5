# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Validation of the installed files with each daemon's own check, before any service reloads:
# nginx -t, php-fpmX.Y -t, a throwaway redis-server and a throwaway memcached started on the new
# configuration (neither has a config-test flag), and php -l for Drupal's PHP files. On failure
# the check's own output is printed.

# Runs the checks for every kind of file that changed in this run.
validate_changes() {
  local status=0
  if kind_changed nginx; then validate_nginx || status=1; fi
  if kind_changed php-fpm; then validate_php_fpm || status=1; fi
  if kind_changed redis; then validate_redis || status=1; fi
  if kind_changed memcached; then validate_memcached || status=1; fi
  if kind_changed drupal || kind_changed settings; then
    validate_php_file "$BUNDLE_DRUPAL_FRAGMENT" || status=1
    validate_php_file "$BUNDLE_SETTINGS_PHP" || status=1
  fi
  return "$status"
}

kind_changed() {
  local kind
  for kind in "${CHANGED_KINDS[@]}"; do
    if [[ "$kind" == "$1" ]]; then
      return 0
    fi
  done
  return 1
}

# Runs a check command; prints "DESCRIPTION passed", or its output when it fails.
run_check() {
  local description="$1" output status=0
  shift
  output="$(mktemp)"
  "$@" </dev/null >"$output" 2>&1 || status=$?
  if (( status == 0 )); then
    log_info "$description passed"
  else
    log_error "$description failed:"
    log_output_of "$output"
  fi
  rm -f -- "$output"
  return "$status"
}

validate_nginx() {
  run_check "nginx -t" nginx -t
}

validate_php_fpm() {
  run_check "$BUNDLE_PHP_FPM_BINARY -t" "$BUNDLE_PHP_FPM_BINARY" -t
}

validate_php_file() {
  [[ -f "$1" ]] || return 0
  run_check "$BUNDLE_PHP_CLI -l $1" "$BUNDLE_PHP_CLI" -l "$1"
}

# Paths produce-drupal.conf answers: static assets, a css aggregate, an image-style derivative.
readonly NGINX_SNIPPET_SAMPLE_PATHS=(
  /core/misc/produce.css
  /core/misc/produce.png
  /sites/default/files/css/css_produce.css
  /sites/default/files/styles/thumbnail/public/produce.jpg
)

# The server-level regex locations of the running configuration ("nginx -T") that come before an
# include of produce-drupal.conf (by name or by a produce-*.conf glob) in the same server block:
# FILE, LINE of the include, LINE of the location, its modifier and its regex, tab-separated.
nginx_locations_before_snippet() {
  nginx -T 2>/dev/null | awk -v OFS='\t' '
    /^# configuration file .*:$/ { file = substr($0, 22, length($0) - 22); n = 0; depth = 0; server = -1; next }
    {
      n++
      code = $0
      gsub(/"[^"]*"|\047[^\047]*\047/, "", code)
      sub(/#.*/, "", code)
      if (server >= 0 && depth == server + 1) {
        if ($1 == "location" && ($2 == "~" || $2 == "~*")) {
          regex = $3
          sub(/\{$/, "", regex)
          gsub(/^["\047]|["\047]$/, "", regex)
          locations[++count] = n OFS $2 OFS regex
        } else if (!reported && code ~ /^[ \t]*include[ \t]+[^;]*produce-(drupal|\*)\.conf[ \t]*;/) {
          for (i = 1; i <= count; i++) print file, n, locations[i]
          reported = 1
        }
      }
      if (server < 0 && code ~ /^[ \t]*server[ \t]*\{/) { server = depth; count = 0; reported = 0 }
      depth += gsub(/\{/, "{", code) - gsub(/\}/, "}", code)
      if (server >= 0 && depth <= server) server = -1
    }'
}

# One line per site location that answers requests meant for produce-drupal.conf before the
# snippet does (nginx takes the first matching regex location), naming the fix; nothing when the
# snippet comes first in every server block that includes it.
nginx_snippet_shadowing() {
  local file include_line line modifier regex path
  local -a case_flag
  while IFS=$'\t' read -r file include_line line modifier regex; do
    case_flag=()
    if [[ "$modifier" == '~*' ]]; then case_flag=(-i); fi
    for path in "${NGINX_SNIPPET_SAMPLE_PATHS[@]}"; do
      if printf '%s\n' "$path" | grep -qP "${case_flag[@]}" -e "$regex" 2>/dev/null; then
        printf '%s:%s: "location %s %s" answers %s before the include of produce-drupal.conf at line %s,' \
          "$file" "$line" "$modifier" "$regex" "$path" "$include_line"
        printf ' so the bundle'"'"'s locations never apply there: move the include above line %s, first in the server block\n' \
          "$line"
        break
      fi
    done
  done < <(nginx_locations_before_snippet)
}

# Redis 7 has no config-test flag: start a throwaway instance on the new file, listening on a
# private unix socket only (port 0), in a scratch directory, and ask it for PONG (authenticated
# when the file has a requirepass, see redis_answers in health.sh).
validate_redis() {
  local scratch pid attempt status=1
  scratch="$(mktemp -d)"
  "$BUNDLE_REDIS_SERVER" "$BUNDLE_REDIS_CONFIG" --port 0 --unixsocket "$scratch/redis.sock" --unixsocketperm 700 \
    --daemonize no --supervised no --pidfile "$scratch/redis.pid" --logfile '' --dir "$scratch" \
    --appendonly no </dev/null >"$scratch/output" 2>&1 {PRODUCE_LOCK_FD}>&- &
  pid=$!
  for (( attempt = 0; attempt < 50; attempt++ )); do
    if redis_answers -s "$scratch/redis.sock"; then
      status=0
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if (( status == 0 )); then
    log_info "$BUNDLE_REDIS_SERVER accepts $BUNDLE_REDIS_CONFIG (throwaway instance answered $REDIS_ANSWER$REDIS_NOTE)"
  else
    log_error "$BUNDLE_REDIS_SERVER refused $BUNDLE_REDIS_CONFIG:"
    log_output_of "$scratch/output"
  fi
  rm -rf -- "$scratch"
  return "$status"
}

# The options of a Debian memcached.conf, one word per line, parsed as Debian's start-memcached
# does (comments and "logfile" dropped), minus what the throwaway instance sets itself: daemon
# mode, pid file, ports, listen addresses, unix socket and its mode.
memcached_throwaway_options() {
  awk '
    { sub(/#.*/, ""); gsub(/^[ \t]+|[ \t]+$/, "") }
    $0 == "" || !/^-/ { next }
    /^-[dhplUPsa]/ { next }
    /^--(daemon|help|port|listen|udp-port|pidfile|unix-socket|unix-mask)([= ]|$)/ { next }
    { for (i = 1; i <= NF; i++) print $i }' "$1"
}

# Prints a TCP port on loopback that nothing listens on.
free_loopback_port() {
  local port
  for (( port = 41211; port < 41311; port++ )); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return 0
    fi
  done
  return 1
}

# memcached has no config-test flag either: start a throwaway instance with the new options on a
# free loopback port and ask it for its stats.
validate_memcached() {
  local options=() scratch port pid attempt status=1
  mapfile -t options < <(memcached_throwaway_options "$BUNDLE_MEMCACHED_CONFIG")
  port="$(free_loopback_port)" || { log_error "no free loopback port for a throwaway memcached"; return 1; }
  scratch="$(mktemp -d)"
  memcached "${options[@]}" -p "$port" -l 127.0.0.1 -U 0 </dev/null >"$scratch/output" 2>&1 {PRODUCE_LOCK_FD}>&- &
  pid=$!
  for (( attempt = 0; attempt < 50; attempt++ )); do
    if memcached_answers 127.0.0.1 "$port"; then
      status=0
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if (( status == 0 )); then
    log_info "memcached accepts $BUNDLE_MEMCACHED_CONFIG (throwaway instance answered stats)"
  else
    log_error "memcached refused the options in $BUNDLE_MEMCACHED_CONFIG:"
    log_output_of "$scratch/output"
  fi
  rm -rf -- "$scratch"
  return "$status"
}
