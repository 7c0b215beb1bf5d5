# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Operator settings kept across a replacement. redis.conf and PHP-FPM's www.conf are installed whole,
# but the server's previous file may hold the operator's security settings: a Redis password, ACL
# users, disabled or renamed commands; the pool's env[...] (database passwords) and php_*[...] values.
# The lines of the server's file whose directive BUNDLE_KEPT_SETTINGS lists for it are carried into
# one marked block at the end of the installed file. The bundle's file plus that block is what every
# mode compares, shows and installs, so a second apply changes nothing, --check sees no drift and a
# rollback restores the server's previous file byte for byte. What is printed is redacted.

# Syncs a managed file (the arguments of sync_managed_file) with the operator settings it keeps.
sync_file_keeping_settings() {
  local source="$1" target="$2" kept comment directives lines=() scratch fd
  if ! kept="$(kept_settings_of "$target")" || [[ ! -e "$target" && ! -L "$target" ]]; then
    sync_managed_file "$@"
    return
  fi
  # A user who can write the file's directory (redis can write /etc/redis) must not make produce read
  # another file through a link: the file is read through a checked descriptor.
  if ! open_regular_file "$target"; then
    fail "$target is not a regular file: produce does not read the operator settings it keeps through it;" \
      "replace it by a regular file and run produce again"
  fi
  fd="$SAFE_FD"
  IFS='|' read -r comment directives <<<"$kept"
  mapfile -t lines < <(kept_lines "$source" "/proc/self/fd/$fd" "$directives")
  exec {fd}<&-
  if (( ${#lines[@]} == 0 )); then
    sync_managed_file "$@"
    return
  fi
  log_info "keeping $(count_of "${#lines[@]}" "operator setting") from $target: $(describe_kept_lines "${lines[@]}")"
  scratch="$(mktemp)" || fail "could not create a scratch file for $target"
  PRODUCE_TEMP_FILES+=("$scratch")
  {
    cat -- "$source"
    printf '\n%s --- kept from the server'\''s previous file by produce: operator settings ---\n' "$comment"
    printf '%s\n' "${lines[@]}"
  } >"$scratch" || fail "could not write the scratch file for $target"
  sync_managed_file "$scratch" "${@:2}"
  rm -f -- "$scratch"
}

# The BUNDLE_KEPT_SETTINGS entry of TARGET without its path: "comment|directive directive ...".
kept_settings_of() {
  local entry target rest
  for entry in "${BUNDLE_KEPT_SETTINGS[@]}"; do
    IFS='|' read -r target rest <<<"$entry"
    if [[ "$target" == "$1" ]]; then
      printf '%s\n' "$rest"
      return 0
    fi
  done
  return 1
}

# Prints the lines of the server's file TARGET whose directive (the first word, or the name before
# "[", case-insensitive) is one of DIRECTIVES, in their order, except lines the bundle's SOURCE has.
kept_lines() {
  local source="$1" target="$2" directives="$3"
  awk -v directives="$directives" -v source="$source" '
    BEGIN {
      count = split(tolower(directives), names, " ")
      for (i = 1; i <= count; i++) kept[names[i]] = 1
      while ((getline line < source) > 0) bundle[line] = 1
      close(source)
    }
    {
      name = $0
      sub(/^[ \t]+/, "", name)
      sub(/[ \t=[].*$/, "", name)
      if ((tolower(name) in kept) && !($0 in bundle)) print
    }' "$target"
}

# The kept LINES as one redacted, comma-separated list for the log.
describe_kept_lines() {
  local line described=''
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"
    described+="${described:+, }$line"
  done < <(printf '%s\n' "$@" | redact_settings)
  printf '%s' "$described"
}

# Copies its input with the secrets of configuration lines replaced by <redacted>: the values of
# Redis's requirepass and masterauth, the passwords and hashes in ACL user rules (>pw, <pw, #hash,
# !hash), the new name of a renamed command (a disabled one, "", stays), and the value of every
# PHP-FPM env[NAME]. Lines may carry a diff's one-character prefix; commented-out lines are redacted
# too.
redact_settings() {
  local prefix='^([-+ ]?[[:space:]]*([#;][[:space:]]*)?'
  sed -E \
    -e "s/${prefix}(requirepass|masterauth)[[:space:]]+).+/\\1<redacted>/I" \
    -e "/${prefix}user[[:space:]])/I s/([[:space:]])[<>#!][^[:space:]]*/\\1<redacted>/g" \
    -e "/${prefix}rename-command[[:space:]]+[^[:space:]]+[[:space:]]+(\"\"|'')[[:space:]]*$)/I! s/${prefix}rename-command[[:space:]]+[^[:space:]]+[[:space:]]+).+/\\1<redacted>/I" \
    -e "s/${prefix}env\\[[^]]*\\][[:space:]]*=).*/\\1 <redacted>/I"
}
