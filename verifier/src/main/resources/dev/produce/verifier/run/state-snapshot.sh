# produce-verify: prints the state a second apply must leave unchanged, one line per managed path
# and per service, in the bundle's own order. Run with bash in the bundle root (as root).
#
#   path <target path> sha256=<hex|-> mode=<octal> owner=<user>:<group>   (or: path <p> absent)
#   service <name> pid=<main pid|stopped>
#
# What is managed comes from the bundle itself: scripts/lib/bundle.sh (BUNDLE_MANAGED_FILES,
# BUNDLE_SETTINGS_PHP, BUNDLE_SERVICES) and service_pid from scripts/lib/services.sh.
set -u
export LC_ALL=C
if [[ ! -r scripts/lib/bundle.sh ]]; then
  printf 'no scripts/lib/bundle.sh in %s: cannot tell which paths the bundle manages\n' "$PWD" >&2
  exit 3
fi
# shellcheck source=/dev/null
source scripts/lib/bundle.sh || exit 3
if [[ -r scripts/lib/services.sh ]]; then
  # shellcheck source=/dev/null
  source scripts/lib/services.sh || exit 3
fi

describe_path() {
  local path=$1 hash=-
  if [[ ! -e $path && ! -L $path ]]; then
    printf 'path %s absent\n' "$path"
    return
  fi
  if [[ -f $path ]]; then
    hash=$(sha256sum <"$path" | cut -d' ' -f1)
  fi
  printf 'path %s sha256=%s mode=%s owner=%s\n' "$path" "$hash" "$(stat -c %a -- "$path")" \
    "$(stat -c %U:%G -- "$path")"
}

for entry in "${BUNDLE_MANAGED_FILES[@]}"; do
  IFS='|' read -r _ target_path _ <<<"$entry"
  describe_path "$target_path"
done
if [[ -n ${BUNDLE_SETTINGS_PHP:-} ]]; then
  describe_path "$BUNDLE_SETTINGS_PHP"
fi
for service in "${BUNDLE_SERVICES[@]}"; do
  pid=''
  if declare -F service_pid >/dev/null; then
    pid=$(service_pid "$service" 2>/dev/null) || pid=''
  fi
  printf 'service %s pid=%s\n' "$service" "${pid:-stopped}"
done
