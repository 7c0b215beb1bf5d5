# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# The include of settings.produce.php in the site's settings.php: one block between marker lines,
# guarded by is_readable so that removing the fragment never breaks the site, added once and
# replaced (never appended again) on later runs. Only the block is ever printed: the rest of
# settings.php holds database credentials.

readonly SETTINGS_BEGIN_MARKER='// BEGIN produce'
readonly SETTINGS_END_MARKER='// END produce'

settings_include_block() {
  cat <<'PHP'
// BEGIN produce: cache backend settings (managed by produce; --rollback removes this block)
if (is_readable($app_root . '/' . $site_path . '/settings.produce.php')) {
  include $app_root . '/' . $site_path . '/settings.produce.php';
}
// END produce
PHP
}

# Prints produce's block(s) as found in FILE.
settings_current_block() {
  awk -v begin="$SETTINGS_BEGIN_MARKER" -v end="$SETTINGS_END_MARKER" '
    index($0, begin) == 1 { inside = 1 }
    inside { print }
    inside && $0 == end { inside = 0 }' "$1"
}

# Whether FILE holds exactly produce's current block, once.
settings_include_current() {
  [[ "$(settings_current_block "$1")" == "$(settings_include_block)" ]]
}

# Whether every BEGIN marker in FILE is closed by an END marker (else editing it could lose lines).
settings_markers_balanced() {
  awk -v begin="$SETTINGS_BEGIN_MARKER" -v end="$SETTINGS_END_MARKER" '
    index($0, begin) == 1 { if (inside) bad = 1; inside = 1 }
    $0 == end { if (!inside) bad = 1; inside = 0 }
    END { exit (bad || inside) }' "$1"
}

# Whether FILE's PHP ends with a closing ?> tag.
settings_ends_with_closing_tag() {
  [[ "$(tr -d '[:space:]' <"$1" | tail -c 2)" == '?>' ]]
}

# Prints FILE with produce's block: an existing block is replaced where it stands (and any
# duplicate dropped); otherwise the block is appended after one blank line.
settings_with_include() {
  local file="$1"
  if grep -q "^$SETTINGS_BEGIN_MARKER" -- "$file"; then
    awk -v begin="$SETTINGS_BEGIN_MARKER" -v end="$SETTINGS_END_MARKER" -v block="$(settings_include_block)" '
      index($0, begin) == 1 { if (!done) print block; done = 1; skipping = 1; next }
      skipping { if ($0 == end) skipping = 0; next }
      { print }' "$file"
  else
    cat -- "$file"
    if [[ -n "$(tail -c 1 -- "$file")" ]]; then
      printf '\n'
    fi
    printf '\n'
    settings_include_block
  fi
}

# Prints FILE without produce's block(s) and the blank line before each.
settings_without_include() {
  awk -v begin="$SETTINGS_BEGIN_MARKER" -v end="$SETTINGS_END_MARKER" '
    index($0, begin) == 1 { blank = 0; skipping = 1; next }
    skipping { if ($0 == end) skipping = 0; next }
    blank { print ""; blank = 0 }
    $0 == "" { blank = 1; next }
    { print }
    END { if (blank) print "" }' "$1"
}

# Rewrites FILE through FILTER (settings_with_include or settings_without_include), atomically,
# keeping its owner and mode. FILE is read through a checked descriptor (a regular file, not a link)
# and the new content is composed in this run's root-only scratch directory, never beside FILE.
settings_rewrite() {
  local file="$1" filter="$2" fd new owner group mode status=0
  if ! open_regular_file "$file"; then
    log_error "$file is not a regular file of its own (a symbolic or hard link, or replaced while produce ran); produce leaves it alone"
    return 1
  fi
  fd="$SAFE_FD"
  new="$(mktemp)" || { exec {fd}<&-; return 1; }
  PRODUCE_TEMP_FILES+=("$new")
  read -r owner group mode < <(stat -L -c '%u %g %a' "/proc/self/fd/$fd")
  if ! "$filter" "/dev/fd/$fd" >"$new" || ! install_atomically "$new" "$file" "$owner" "$group" "$mode"; then
    status=1
  fi
  exec {fd}<&-
  rm -f -- "$new"
  return "$status"
}

settings_remove_include() {
  settings_rewrite "$1" settings_without_include
}
