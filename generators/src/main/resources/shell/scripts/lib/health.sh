# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Health checks of the running services: redis answers PING with PONG (authenticated with the
# installed redis.conf's requirepass, if any), memcached answers stats, PHP-FPM's master runs and its
# socket exists, nginx answers HTTP where its configuration listens (every endpoint that answered
# before the apply, see record_nginx_endpoints). A daemon that was just (re)started gets a bounded
# number of retries.

readonly HEALTH_ATTEMPTS=60
readonly HEALTH_INTERVAL_SECONDS=0.25

# Whether memcached on HOST:PORT answers the stats command (bash's /dev/tcp, no netcat needed).
memcached_answers() {
  local fd line answered=1
  { exec {fd}<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  printf 'stats\r\n' >&"$fd"
  while IFS= read -r -t 2 line <&"$fd"; do
    line="${line%$'\r'}"
    if [[ "$line" == "STAT pid "* ]]; then
      answered=0
    fi
    if [[ "$line" == END ]]; then
      break
    fi
  done
  exec {fd}>&-
  return "$answered"
}

# Sends COMMAND and "quit" to memcached on unix socket PATH and prints its reply. Asked as USER
# (default PHP-FPM's, BUNDLE_WEB_USER), who must reach the socket, never as root: the socket's
# directory belongs to memcache, and root would connect to whatever it put there. Perl (perl-base is
# always installed) because bash has no unix sockets.
memcached_socket_request() {
  local user="${3:-${BUNDLE_WEB_USER:-www-data}}" group
  group="$(id -g -- "$user" 2>/dev/null)" || return 1
  # shellcheck disable=SC2016  # $socket and $ARGV are Perl's, not the shell's
  timeout 5 setpriv --reuid="$user" --regid="$group" --init-groups -- env -i PATH=/usr/bin:/bin \
    perl -MIO::Socket::UNIX -e '
      my $socket = IO::Socket::UNIX->new(Peer => $ARGV[0]) or exit 1;
      print $socket "$ARGV[1]\r\nquit\r\n";
      print while <$socket>;' "$1" "$2" </dev/null 2>/dev/null
}

# Whether memcached on unix socket PATH answers the stats command, asked as USER (see
# memcached_socket_request).
memcached_socket_answers() {
  memcached_socket_request "$1" stats "${2:-}" | grep -q '^STAT pid '
}

# memcached_endpoint for the log: "unix socket PATH (as USER)" or "127.0.0.1:PORT".
memcached_endpoint_label() {
  local kind where
  read -r kind where < <(memcached_endpoint)
  if [[ "$kind" == unix ]]; then
    printf 'unix socket %s (as %s)' "$where" "${BUNDLE_WEB_USER:-www-data}"
  else
    printf '127.0.0.1:%s' "$where"
  fi
}

# Where the installed memcached.conf (Debian's format: one option per line) makes memcached listen:
# "unix PATH" for its socket (-s), else "tcp PORT" on 127.0.0.1 (-p, memcached's 11211 by default).
memcached_endpoint() {
  local config
  config="$(memcached_config)"
  if [[ ! -r "$config" ]]; then
    printf 'tcp 11211\n'
    return 0
  fi
  awk '{ sub(/#.*/, "") }
    $1 == "-s" && socket == "" { socket = $2 }
    $1 == "-p" && port == "" { port = $2 }
    END { if (socket != "") print "unix " socket; else print "tcp " (port == "" ? 11211 : port) }' "$config"
}

# Whether memcached answers stats where the installed memcached.conf makes it listen.
memcached_healthy() {
  local kind where
  read -r kind where < <(memcached_endpoint)
  if [[ "$kind" == unix ]]; then
    memcached_socket_answers "$where"
  else
    memcached_answers 127.0.0.1 "$where"
  fi
}

# Whether an HTTP server on HOST:PORT answers a HEAD request with a status line (any status).
http_answers() {
  local fd line=''
  { exec {fd}<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  printf 'HEAD / HTTP/1.0\r\nHost: localhost\r\n\r\n' >&"$fd"
  IFS= read -r -t 10 line <&"$fd" || true
  exec {fd}>&-
  [[ "$line" == HTTP/* ]]
}

# What redis answered to the last PING (PONG, NOAUTH, NOPERM) and how to read it, for the log.
REDIS_ANSWER=''
REDIS_NOTE=''

# The password of Redis's default user in the installed redis.conf (its last requirepass, without
# quotes), or nothing. Only ever handed to redis-cli or valkey-cli through REDISCLI_AUTH: never on a command line.
redis_password() {
  local config value
  config="$(redis_config)"
  [[ -f "$config" ]] || return 0
  value="$(awk 'tolower($1) == "requirepass" {
      value = ""
      if (NF > 1) { value = $0; sub(/^[ \t]*[^ \t]+[ \t]+/, "", value); sub(/[ \t\r]+$/, "", value) }
    }
    END { printf "%s", value }' "$config")"
  case "$value" in
    \"*\") value="${value:1:${#value}-2}"; value="${value//\\\"/\"}"; value="${value//\\\\/\\}" ;;
    \'*\') value="${value:1:${#value}-2}"; value="${value//\\\'/\'}" ;;
  esac
  printf '%s' "$value"
}

# Whether redis (reached with the redis-cli options given) answers PING. With a requirepass in the
# installed redis.conf, only an authenticated PONG counts. Without one, PONG, or NOAUTH / NOPERM from
# a server whose ACL users need a password this file does not give (counted, and said so).
redis_answers() {
  local password reply
  password="$(redis_password)"
  if [[ -n "$password" ]]; then
    reply="$(REDISCLI_AUTH="$password" timeout 5 "$BUNDLE_REDIS_CLI" "$@" ping 2>/dev/null)" || true
    [[ "$reply" == PONG ]] || return 1
    REDIS_ANSWER=PONG
    REDIS_NOTE=", authenticated with the requirepass of $(redis_config)"
    return 0
  fi
  reply="$(timeout 5 "$BUNDLE_REDIS_CLI" "$@" ping 2>/dev/null)" || true
  case "$reply" in
    PONG) REDIS_ANSWER=PONG REDIS_NOTE='' ;;
    NOAUTH* | NOPERM*)
      REDIS_ANSWER="${reply%% *}"
      REDIS_NOTE=": its ACL users need a password that $(redis_config) does not give; counted as answering"
      ;;
    *) return 1 ;;
  esac
}

# One probe of SERVICE.
service_healthy() {
  case "$1" in
    redis) redis_answers -h 127.0.0.1 -p "${BUNDLE_REDIS_PORT:-6379}" ;;
    memcached) memcached_healthy ;;
    php-fpm) [[ -S "$BUNDLE_PHP_FPM_SOCKET" ]] && service_running php-fpm ;;
    nginx) nginx_answers ;;
    *) return 1 ;;
  esac
}

# What a healthy SERVICE answered, for the log.
health_evidence() {
  case "$1" in
    redis) printf 'PING answered %s on 127.0.0.1:%s%s' "$REDIS_ANSWER" "${BUNDLE_REDIS_PORT:-6379}" "$REDIS_NOTE" ;;
    memcached) printf 'stats answered on %s' "$(memcached_endpoint_label)" ;;
    php-fpm) printf 'master running, socket %s' "$BUNDLE_PHP_FPM_SOCKET" ;;
    nginx) printf 'HTTP answered on %s' "$NGINX_ANSWER" ;;
  esac
}

# What SERVICE did not answer, for the log.
health_expectation() {
  case "$1" in
    redis) printf 'PING answered PONG on 127.0.0.1:%s expected' "${BUNDLE_REDIS_PORT:-6379}" ;;
    nginx) printf '%s' "$NGINX_ANSWER" ;;
    *) printf '%s expected' "$(health_evidence "$1")" ;;
  esac
}

# Probes SERVICE until it answers or the attempts run out.
health_check() {
  local service="$1" attempt
  for (( attempt = 1; attempt <= HEALTH_ATTEMPTS; attempt++ )); do
    if service_healthy "$service"; then
      log_info "healthy: $(service_label "$service") ($(health_evidence "$service"))"
      return 0
    fi
    sleep "$HEALTH_INTERVAL_SECONDS"
  done
  log_error "unhealthy: $(service_label "$service") did not answer within $((HEALTH_ATTEMPTS / 4)) s ($(health_expectation "$service"))"
  return 1
}

# Checks every SERVICE given; fails when any is unhealthy.
health_check_all() {
  local service status=0
  for service in "$@"; do
    health_check "$service" || status=1
  done
  return "$status"
}
