# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# The probes the bundle's .verification.yml runs (produce-verify, or by hand as root from the bundle
# root), one function each; ./produce does not source this file. A check runs one of them as
#   bash -c '. scripts/lib/probes.sh && probe_static_assets /var/www/drupal/web/sites/default 31536000 1209600'
# with the computed values as arguments. Each prints what it saw and returns non-zero with the
# reason on stderr. Every probe talks to the site over loopback (http://127.0.0.1) and uses a URL of
# its own (?produce-verify=<pid>-<random>), so no earlier request decides its outcome.

readonly PROBE_ORIGIN=http://127.0.0.1

probe_fail() {
  printf '%s\n' "$*" >&2
  return 1
}

# A URL no earlier request used.
probe_fresh_url() {
  printf '/?produce-verify=%s-%s' "$$" "$RANDOM"
}

# probe_headers PATH [curl argument …]: the response headers of PATH, without carriage returns.
probe_headers() {
  local path="$1"
  shift
  curl -sS -o /dev/null -D - "$@" "$PROBE_ORIGIN$path" | tr -d '\r'
}

# A fresh URL requested twice, so that nginx has had the chance to store it: the page a bypass must
# not be served from.
probe_cached_url() {
  local url
  url="$(probe_fresh_url)"
  probe_micro_cache "$url" >/dev/null
  probe_micro_cache "$url" >/dev/null
  printf '%s' "$url"
}

# The X-Micro-Cache value of the response to PATH [curl argument …] (empty without the header).
probe_micro_cache() {
  probe_headers "$@" | sed -n 's/^x-micro-cache: *//Ip'
}

# The X-Drupal-Cache value of the response to PATH [curl argument …] (empty without the header).
probe_drupal_cache() {
  probe_headers "$@" | sed -n 's/^x-drupal-cache: *//Ip'
}

# probe_static_assets SITE_DIR ASSET_MAX_AGE_S AGGREGATE_MAX_AGE_S: nginx serves a css file under
# the site's public files directory, and one under its css/ (where Drupal keeps aggregates),
# gzip-compressed with the given Cache-Control max-age; the one under css/ from the .gz copy beside
# it, as Drupal writes one for each aggregate (gzip_static: Content-Length is that copy's size,
# where compressing on the fly sends no length). Writes the files, requests them and removes them
# again, with any directory it had to create. Passes with a note where no site exists.
probe_static_assets() (
  local site="$1" asset_max_age="$2" aggregate_max_age="$3"
  [[ -d "$site" ]] || { echo "no Drupal site at $site: nothing to probe"; exit 0; }
  local files="$site/files" name="produce-verify-$$.css" new_files="" new_css=""
  [[ -d "$files" ]] || new_files=1
  [[ -d "$files/css" ]] || new_css=1
  # shellcheck disable=SC2317,SC2329 # invoked by the EXIT trap
  remove_probe_files() {
    rm -f "$files/$name" "$files/css/$name" "$files/css/$name.gz"
    [[ -z "$new_css" ]] || rmdir "$files/css"
    [[ -z "$new_files" ]] || rmdir "$files"
  }
  trap remove_probe_files EXIT
  # The web user can write the files directory: never write through a link it planted. The probe
  # files are created new (noclobber: O_EXCL, which also refuses an existing or dangling link).
  mkdir -p "$files/css"
  [[ ! -L "$files" && ! -L "$files/css" ]] \
    || { echo "$files or $files/css is a symbolic link: not writing probe files through it" >&2; exit 1; }
  set -o noclobber
  local path
  # 5 KB of css: well above gzip_min_length, compressible.
  probe_css() { yes 'body { color: #123456; }' | head -n 200; }
  for path in "$files/$name" "$files/css/$name"; do
    probe_css >"$path" || exit 1
  done
  # The aggregate's .gz copy, as Drupal writes it: compressed harder than nginx's level, so its size
  # tells the two apart even where nginx would send a length. Made from the text itself, never by
  # reading back or stat-ing a path the web user could have swapped for a link meanwhile.
  probe_css | gzip -9 -n >"$files/css/$name.gz" || exit 1
  local gz_size
  gz_size="$(probe_css | gzip -9 -n | wc -c)" || exit 1
  local asset aggregate status=0
  asset="$(probe_headers "/sites/default/files/$name" -H 'Accept-Encoding: gzip')"
  aggregate="$(probe_headers "/sites/default/files/css/$name" -H 'Accept-Encoding: gzip')"
  printf '%s\n' "$asset" | sed 's/^/asset: /'
  printf '%s\n' "$aggregate" | sed 's/^/aggregate: /'
  want() {
    printf '%s\n' "$2" | grep -Fqix "$3" || { echo "missing on the $1: $3" >&2; status=1; }
  }
  want asset "$asset" 'HTTP/1.1 200 OK'
  want asset "$asset" 'Content-Encoding: gzip'
  want asset "$asset" "Cache-Control: max-age=$asset_max_age"
  want aggregate "$aggregate" 'HTTP/1.1 200 OK'
  want aggregate "$aggregate" 'Content-Encoding: gzip'
  want aggregate "$aggregate" "Content-Length: $gz_size"
  want aggregate "$aggregate" "Cache-Control: max-age=$aggregate_max_age"
  exit "$status"
)

# probe_workers_reloaded MASTER_PID FILE…: every live worker of MASTER_PID started no earlier than
# one second before the newest of FILE… last changed (ps counts whole seconds), so the daemon runs
# the files as they are now.
probe_workers_reloaded() {
  local master="$1"
  shift
  local workers newest now pid elapsed
  workers="$(ps --ppid "$master" -o pid=,stat= | awk '$2 !~ /^[ZX]/ { print $1 }')"
  [[ -n "$workers" ]] || probe_fail "no workers of pid $master" || return
  newest="$(stat -c %Y "$@" | sort -n | tail -n 1)"
  now="$(date +%s)"
  for pid in $workers; do
    elapsed="$(ps -o etimes= -p "$pid")" || continue
    elapsed="${elapsed//[[:space:]]/}"
    ((now - elapsed >= newest - 1)) || probe_fail "worker $pid started $elapsed s ago, before the last change of its" \
      "files $((now - newest)) s ago: not reloaded" || return
  done
}

# A second anonymous GET of a page Drupal's page cache marks cacheable is a microcache HIT.
probe_microcache_hit() {
  local url drupal micro
  url="$(probe_fresh_url)"
  drupal="$(probe_drupal_cache "$url")"
  echo "X-Drupal-Cache: ${drupal:-none}"
  case "$drupal" in
    HIT | MISS) ;;
    *) probe_fail "Drupal's page cache does not mark $url cacheable (X-Drupal-Cache: ${drupal:-none}):" \
      "the microcache stores nothing on this site; enable the page_cache module" || return ;;
  esac
  micro="$(probe_micro_cache "$url")"
  echo "second GET: X-Micro-Cache: $micro"
  [[ "$micro" == HIT ]] || probe_fail "expected HIT, got '$micro'"
}

# A cached page, requested with each Drupal session cookie, bypasses the microcache.
probe_microcache_bypasses_session_cookies() {
  local url cookie micro
  url="$(probe_cached_url)"
  for cookie in 'SESSproduceverify=1' 'SSESSproduceverify=1' '_ga=1; SESSproduceverify=1'; do
    micro="$(probe_micro_cache "$url" -H "Cookie: $cookie")"
    echo "Cookie: $cookie -> X-Micro-Cache: $micro"
    [[ "$micro" == BYPASS ]] || probe_fail "expected BYPASS with Cookie: $cookie, got '$micro'" || return
  done
}

# A cached page, requested with an Authorization header, bypasses the microcache.
probe_microcache_bypasses_authorization() {
  local url micro
  url="$(probe_cached_url)"
  micro="$(probe_micro_cache "$url" -H 'Authorization: Basic cHJvZHVjZTp2ZXJpZnk=')"
  echo "X-Micro-Cache: $micro"
  [[ "$micro" == BYPASS ]] || probe_fail "expected BYPASS, got '$micro'"
}

# A POST to a cached page never uses the microcache.
probe_microcache_ignores_post() {
  local url micro
  url="$(probe_cached_url)"
  micro="$(probe_micro_cache "$url" -X POST -d produce=verify)"
  echo "POST: X-Micro-Cache: ${micro:-none}"
  case "$micro" in
    '' | BYPASS) ;;
    *) probe_fail "expected no cache use, got '$micro'" ;;
  esac
}

# probe_microcache_bypasses_paths PATH…: the second request of each PATH bypasses the microcache
# (or does not reach it at all, when nginx answers a missing .php itself).
probe_microcache_bypasses_paths() {
  local path micro
  for path in "$@"; do
    probe_micro_cache "$path" >/dev/null
    micro="$(probe_micro_cache "$path")"
    echo "$path -> X-Micro-Cache: $micro"
    case "$micro" in
      BYPASS | '') ;;
      *) probe_fail "expected BYPASS for $path, got '$micro'" || return ;;
    esac
  done
}

# A response that sets a cookie (Drupal's BigPipe no-JS route sets one) is never stored.
probe_microcache_never_stores_set_cookie() {
  local path cookies micro
  path="/big_pipe/no-js?destination=/&produce-verify=$$-$RANDOM"
  cookies="$(probe_headers "$path" | grep -ci '^set-cookie:')"
  ((cookies > 0)) || { echo "$path sets no cookie on this site (no BigPipe): nothing to prove"; return 0; }
  micro="$(probe_micro_cache "$path")"
  echo "second GET: X-Micro-Cache: $micro"
  [[ "$micro" != HIT ]] || probe_fail 'a response with Set-Cookie was served from the microcache'
}

# probe_microcache_expires WAIT_S: a cached page is fetched from Drupal again after WAIT_S seconds.
probe_microcache_expires() {
  local wait="$1" url micro
  url="$(probe_fresh_url)"
  probe_micro_cache "$url" >/dev/null
  micro="$(probe_micro_cache "$url")"
  [[ "$micro" == HIT ]] || probe_fail "not cached to begin with: '$micro'" || return
  sleep "$wait"
  micro="$(probe_micro_cache "$url")"
  echo "after $wait s: X-Micro-Cache: $micro"
  case "$micro" in
    EXPIRED | MISS) ;;
    *) probe_fail "expected EXPIRED, got '$micro'" ;;
  esac
}
