# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Where nginx answers HTTP on this host, read from its configuration instead of assumed. The listen
# directives that `nginx -T` prints become endpoints to probe: "80", "*:80" and "0.0.0.0:80" are
# 127.0.0.1:80, a specific address stays as it is, "[::]:80" is [::1]:80, a listen without a port
# means port 80, unix sockets are skipped, and a configuration without any listen is nginx's default
# 127.0.0.1:80. A port with "ssl" answers a plain HTTP request with a 400 status line, which counts.
# Before an apply, the endpoints the running nginx answers on are recorded; afterwards every one of
# them must answer again. When nginx did not run before, one endpoint of the new configuration
# answering is enough (an IPv6 endpoint, say, may not answer where IPv6 is off).

# The endpoints nginx answered on before this apply, space-separated; empty when it did not run.
NGINX_ENDPOINTS_BEFORE=''
# What the last nginx_answers found, for the log.
NGINX_ANSWER=''

# Prints the endpoints (host:port, IPv6 hosts in brackets) of nginx's listen directives, one per line.
nginx_endpoints() {
  nginx -T 2>/dev/null | awk '
    { sub(/#.*/, ""); text = text " " $0 }
    END {
      gsub(/[;{}]/, " & ", text)
      count = split(text, word, /[ \t\r]+/)
      for (i = 2; i < count; i++) {
        if (word[i] != "listen" || (word[i - 1] != "" && word[i - 1] !~ /^[;{}]$/)) continue
        address = word[i + 1]
        listens = 1
        if (address ~ /^unix:/) continue
        if (address ~ /^\[/) {
          host = substr(address, 1, index(address, "]"))
          port = substr(address, index(address, "]") + 1)
          port = port ~ /^:[0-9]+$/ ? substr(port, 2) : 80
          if (host == "[::]") host = "[::1]"
        } else if (address ~ /^[0-9]+$/) {
          host = "*"
          port = address
        } else if (index(address, ":") > 0) {
          host = substr(address, 1, index(address, ":") - 1)
          port = substr(address, index(address, ":") + 1)
        } else {
          host = address
          port = 80
        }
        if (host == "*" || host == "0.0.0.0") host = "127.0.0.1"
        if (!((host ":" port) in seen)) print host ":" port
        seen[host ":" port] = 1
      }
      if (!listens) print "127.0.0.1:80"
    }'
}

# Whether an HTTP server answers at ENDPOINT (host:port, an IPv6 host in brackets).
endpoint_answers() {
  local host="${1%:*}"
  host="${host#[}"
  http_answers "${host%]}" "${1##*:}"
}

# Before an apply that may reload nginx: records the endpoints the running nginx answers on.
record_nginx_endpoints() {
  local endpoint answered=()
  [[ " ${BUNDLE_SERVICES[*]} " == *" nginx "* ]] && service_running nginx || return 0
  while IFS= read -r endpoint; do
    if endpoint_answers "$endpoint"; then
      answered+=("$endpoint")
    fi
  done < <(nginx_endpoints)
  NGINX_ENDPOINTS_BEFORE="${answered[*]}"
  if (( ${#answered[@]} > 0 )); then
    log_info "nginx answers HTTP on ${answered[*]} (listen directives of nginx -T); each must answer after the apply"
  else
    log_info "nginx runs but answers on none of the endpoints of its listen directives; after the apply one must answer"
  fi
}

# Whether nginx answers: on every endpoint that answered before the apply, or, when none was
# recorded, on one endpoint of its configuration's listen directives. Sets NGINX_ANSWER.
# shellcheck disable=SC2034  # NGINX_ANSWER is read by health_evidence (health.sh)
nginx_answers() {
  local endpoint endpoints=() silent=()
  if [[ -n "$NGINX_ENDPOINTS_BEFORE" ]]; then
    read -r -a endpoints <<<"$NGINX_ENDPOINTS_BEFORE"
    for endpoint in "${endpoints[@]}"; do
      endpoint_answers "$endpoint" || silent+=("$endpoint")
    done
    if (( ${#silent[@]} == 0 )); then
      NGINX_ANSWER="${endpoints[*]}, every endpoint that answered before the apply"
      return 0
    fi
    NGINX_ANSWER="no HTTP answer on ${silent[*]}, which answered before the apply"
    return 1
  fi
  mapfile -t endpoints < <(nginx_endpoints)
  for endpoint in "${endpoints[@]}"; do
    if endpoint_answers "$endpoint"; then
      NGINX_ANSWER="$endpoint, one of ${endpoints[*]} in the listen directives of nginx -T"
      return 0
    fi
  done
  NGINX_ANSWER="no HTTP answer on any of ${endpoints[*]}, the listen directives of nginx -T"
  return 1
}
