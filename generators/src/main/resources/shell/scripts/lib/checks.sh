# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Preflight: everything that must hold before produce changes anything. Every check adds to
# PREFLIGHT_PROBLEMS instead of stopping, so that one run lists every problem at once.

PREFLIGHT_PROBLEMS=()

# preflight_problem WORDS…: one problem, its words joined by spaces (a long message may be split).
preflight_problem() {
  PREFLIGHT_PROBLEMS+=("$*")
}

check_root() {
  if (( EUID != 0 )); then
    preflight_problem "must run as root (sudo ./produce)"
  fi
}

# Prints the value of KEY in /etc/os-release, without quotes.
os_release_value() {
  awk -F= -v key="$1" '$1 == key { value = substr($0, length(key) + 2); gsub(/^"|"$/, "", value); print value; exit }' \
    /etc/os-release
}

# The Debian release of the bundle (--distro), or Ubuntu, whose packages have the same names and paths.
check_distribution() {
  local id version_id codename pretty wanted
  wanted="Debian $BUNDLE_DEBIAN_VERSION $BUNDLE_DEBIAN_CODENAME or Ubuntu"
  if [[ ! -r /etc/os-release ]]; then
    preflight_problem "unsupported system: /etc/os-release is missing (this bundle is for $wanted)"
    return 0
  fi
  id="$(os_release_value ID)"
  version_id="$(os_release_value VERSION_ID)"
  codename="$(os_release_value VERSION_CODENAME)"
  pretty="$(os_release_value PRETTY_NAME)"
  case "$id" in
    debian)
      if [[ "$version_id" != "$BUNDLE_DEBIAN_VERSION" && "$codename" != "$BUNDLE_DEBIAN_CODENAME" ]]; then
        preflight_problem "unsupported distribution: ${pretty:-debian $version_id} (this bundle is for $wanted; compile one with --distro debian-${version_id:-N})"
      fi
      ;;
    ubuntu) ;;
    *)
      preflight_problem "unsupported distribution: ${pretty:-$id} (this bundle is for $wanted)"
      ;;
  esac
}

# dpkg must report every required package as "install ok installed", or the bundle must vendor it
# (packages.sh decides what to install from the bundle).
check_packages() {
  local package status missing=()
  if ! command -v dpkg-query >/dev/null 2>&1; then
    preflight_problem "dpkg-query not found: this bundle needs a Debian or Ubuntu system"
    return 0
  fi
  if bundle_vendors_packages; then
    check_vendored_packages
    return 0
  fi
  for package in "${BUNDLE_REQUIRED_PACKAGES[@]}"; do
    # shellcheck disable=SC2016  # ${Status} is dpkg-query's format, not a shell expansion
    status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
      missing+=("$package")
    fi
  done
  if (( ${#missing[@]} > 0 )); then
    preflight_problem "required packages missing: ${missing[*]} (produce never installs packages; install them with: apt-get install ${missing[*]})"
  fi
}

# The Drupal site counts as present when its settings.php exists.
site_present() {
  [[ -f "$BUNDLE_SETTINGS_PHP" ]]
}

check_site() {
  if site_present; then
    if [[ -z "$BUNDLE_DRUPAL_FRAGMENT" ]]; then
      return 0
    fi
    if [[ -L "$BUNDLE_SETTINGS_PHP" ]]; then
      if [[ "$PRODUCE_MODE" == apply ]] && ! settings_include_current "$BUNDLE_SETTINGS_PHP"; then
        preflight_problem "$BUNDLE_SETTINGS_PHP is a symbolic link (to $(readlink -- "$BUNDLE_SETTINGS_PHP")):" \
          "produce edits only a regular settings.php; add the include block that ./produce --dry-run prints to the file" \
          "it points to (produce then leaves it as it is), or replace the link by that file"
      fi
      return 0
    fi
    if [[ "$(stat -c '%h' -- "$BUNDLE_SETTINGS_PHP")" != 1 ]]; then
      preflight_problem "$BUNDLE_SETTINGS_PHP has more than one hard link: produce edits only a settings.php of its own; copy it to a file with one link"
    fi
    if settings_ends_with_closing_tag "$BUNDLE_SETTINGS_PHP"; then
      preflight_problem "$BUNDLE_SETTINGS_PHP ends with a closing ?> tag: code added after it would be printed, not run; remove the tag"
    fi
    if ! settings_markers_balanced "$BUNDLE_SETTINGS_PHP"; then
      preflight_problem "$BUNDLE_SETTINGS_PHP has a '$SETTINGS_BEGIN_MARKER' line without its '$SETTINGS_END_MARKER' (or the reverse); fix it by hand"
    fi
  elif [[ "$PRODUCE_REQUIRE_SITE" == yes ]]; then
    preflight_problem "Drupal site not found: $BUNDLE_SETTINGS_PHP does not exist (--require-site)"
  fi
}

# Whether a managed file applies to this server: Drupal's files only when the site is present.
file_applies() {
  [[ "$1" != drupal ]] || site_present
}

# Every target's directory, owner and group must exist, and no target may be a symbolic link; the
# same for the managed directories, which may be missing.
# Before vendored packages are installed, directories, users and groups are not checked: the
# packages create them; apply checks again once they are installed.
check_targets() {
  local entry bundle_path target daemon owner group
  for entry in "${BUNDLE_MANAGED_FILES[@]}"; do
    IFS='|' read -r bundle_path target daemon owner group _ <<<"$entry"
    file_applies "$daemon" || continue
    if [[ ! -f "$PRODUCE_ROOT/$bundle_path" ]]; then
      preflight_problem "bundle file missing: $bundle_path"
    fi
    if [[ -L "$target" ]]; then
      preflight_problem "$target is a symbolic link; produce only replaces regular files"
    fi
    (( ${#PACKAGES_TO_INSTALL[@]} == 0 )) || continue
    if [[ ! -d "$(dirname -- "$target")" ]]; then
      preflight_problem "directory $(dirname -- "$target") does not exist (needed for $target)"
    fi
    if ! getent passwd "$owner" >/dev/null; then
      preflight_problem "user $owner does not exist (owner of $target)"
    fi
    if ! getent group "$group" >/dev/null; then
      preflight_problem "group $group does not exist (group of $target)"
    fi
  done
  check_directory_targets
}

# A managed directory may be missing (apply creates it) but not be anything else than a directory;
# its owner and group must exist.
check_directory_targets() {
  local entry dir owner group
  for entry in "${BUNDLE_MANAGED_DIRECTORIES[@]}"; do
    IFS='|' read -r dir _ owner group _ <<<"$entry"
    if [[ -L "$dir" ]]; then
      preflight_problem "$dir is a symbolic link; produce only manages real directories"
    elif [[ -e "$dir" && ! -d "$dir" ]]; then
      preflight_problem "$dir exists and is not a directory"
    fi
    (( ${#PACKAGES_TO_INSTALL[@]} == 0 )) || continue
    if ! getent passwd "$owner" >/dev/null; then
      preflight_problem "user $owner does not exist (owner of $dir)"
    fi
    if ! getent group "$group" >/dev/null; then
      preflight_problem "group $group does not exist (group of $dir)"
    fi
  done
}

# Runs every check; prints every problem and exits 3 when there is one.
preflight_or_refuse() {
  local problem interrupted
  check_root
  check_distribution
  check_packages
  check_site
  # Missing directories, users and groups follow from missing packages: list them only once those are in.
  if (( ${#PREFLIGHT_PROBLEMS[@]} == 0 )); then
    check_targets
  fi
  if (( ${#PREFLIGHT_PROBLEMS[@]} > 0 )); then
    # A refused apply names an interrupted earlier one too: its rollback comes first (a failed apply
    # on a hostile site may be what left a link in place of one of the files it was restoring).
    if [[ "${PRODUCE_MODE:-}" == apply ]] && interrupted="$(interrupted_backup)"; then
      preflight_problem "$(interrupted_advice "$interrupted")"
    fi
    for problem in "${PREFLIGHT_PROBLEMS[@]}"; do
      log_error "$problem"
    done
    log_error "refusing to apply: $(count_of "${#PREFLIGHT_PROBLEMS[@]}" problem) found; nothing was changed"
    exit 3
  fi
}
