# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Log lines. Every line starts with "produce: " so it stands out in a terminal and greps well in a
# log. Messages name files and services, never file contents: settings.php holds database
# credentials, and a redis.conf may hold a password.

log_info() {
  printf 'produce: %s\n' "$*"
}

log_warn() {
  printf 'produce: warning: %s\n' "$*" >&2
}

log_error() {
  printf 'produce: error: %s\n' "$*" >&2
}

# Prints the output a command left in file $1, indented under the line that explains it.
log_output_of() {
  local line
  [[ -s "$1" ]] || return 0
  while IFS= read -r line || [[ -n "$line" ]]; do
    printf 'produce:   | %s\n' "$line" >&2
  done <"$1"
}

# "1 file", "2 files", "0 services".
count_of() {
  if (( $1 == 1 )); then
    printf '%s %s' "$1" "$2"
  else
    printf '%s %ss' "$1" "$2"
  fi
}

# The last line of an apply: "N files changed, M services reloaded".
log_summary() {
  log_info "$(count_of "$1" file) changed, $(count_of "$2" service) reloaded"
}
