# shellcheck shell=bash
# Static shell of produce, the same in every bundle (./produce names the version that made it).
#
# Vendored packages. A bundle compiled with --vendor-packages carries packages/*.deb (the closure of
# its required packages and PHP's APCu on a minimal install of the bundle's Debian release),
# packages/INDEX and packages/Packages.
# Their checksums were verified with every other file before this script was sourced. produce
# installs only the packages that are missing, with apt reading nothing but the bundle's
# packages/ directory: no network source, its own lists in a temporary directory, no downgrade,
# no removal. A bundle without packages/ never installs anything.

PACKAGES_INDEX_FILE="$PRODUCE_ROOT/packages/INDEX"
# The packages this run installs from the bundle (set by the preflight).
PACKAGES_TO_INSTALL=()
# apt's temporary configuration, lists and caches (removed again by the function that made it).
PACKAGES_APT_DIR=""

bundle_vendors_packages() {
  [[ -f "$PACKAGES_INDEX_FILE" ]]
}

# Whether dpkg reports PACKAGE as "install ok installed".
package_installed() {
  local status
  # shellcheck disable=SC2016  # ${Status} is dpkg-query's format, not a shell expansion
  status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]]
}

# The packages the bundle vendors on purpose (INDEX's "# requested:" line), one per line.
vendored_requested_packages() {
  sed -n 's/^# requested: //p' "$PACKAGES_INDEX_FILE" | tr ' ' '\n' | sed '/^$/d'
}

# Whether PACKAGE is among the vendored packages.
package_vendored() {
  awk -v name="$1" '$1 !~ /^#/ && $1 == name { found = 1 } END { exit found ? 0 : 1 }' "$PACKAGES_INDEX_FILE"
}

# The architectures of the vendored packages, other than "all", one per line.
vendored_architectures() {
  awk '$1 !~ /^#/ && NF >= 5 && $3 != "all" { print $3 }' "$PACKAGES_INDEX_FILE" | sort -u
}

remove_packages_apt_dir() {
  if [[ -n "$PACKAGES_APT_DIR" ]]; then
    rm -rf -- "$PACKAGES_APT_DIR"
    PACKAGES_APT_DIR=""
  fi
}

# apt-get with the bundle's packages/ as the one and only source. /etc/apt/sources.list{,.d} and
# /var/lib/apt/lists are not read; nothing is downloaded from anywhere.
packages_apt_get() {
  apt-get -q \
    -o Dir::Etc::SourceList="$PACKAGES_APT_DIR/sources.list" \
    -o Dir::Etc::SourceParts="$PACKAGES_APT_DIR/sources.list.d" \
    -o Dir::State::Lists="$PACKAGES_APT_DIR/lists" \
    -o Dir::Cache::Archives="$PACKAGES_APT_DIR/archives" \
    -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
    -o Acquire::Languages=none \
    -o APT::Sandbox::User=root \
    -o APT::Install-Recommends=false \
    -o APT::Get::allow-downgrades=false \
    "$@"
}

# Creates apt's temporary configuration and reads packages/Packages into it; output in file $1.
packages_apt_prepare() {
  local output="$1"
  [[ -z "$PACKAGES_APT_DIR" ]] || return 0
  PACKAGES_APT_DIR="$(mktemp -d -t produce-apt.XXXXXXXX)" || return 1
  mkdir -p "$PACKAGES_APT_DIR/sources.list.d" "$PACKAGES_APT_DIR/lists/partial" \
    "$PACKAGES_APT_DIR/archives/partial" || return 1
  # A link without blanks, whatever the bundle's own path: a sources.list line splits on blanks.
  ln -s -- "$PRODUCE_ROOT/packages" "$PACKAGES_APT_DIR/repository" || return 1
  printf 'deb [trusted=yes] file:%s ./\n' "$PACKAGES_APT_DIR/repository" >"$PACKAGES_APT_DIR/sources.list"
  packages_apt_get update >"$output" 2>&1
}

# Preflight: what is missing among the required (and requested) packages. Missing packages the bundle
# vendors go to PACKAGES_TO_INSTALL; the others are problems. apt then simulates the installation,
# so that a server it cannot serve (another architecture, a newer package it would have to
# downgrade, a conflict) is refused before anything changes.
check_vendored_packages() {
  local package missing=() not_vendored=() output architecture machine
  for package in "${BUNDLE_REQUIRED_PACKAGES[@]}"; do
    package_installed "$package" || missing+=("$package")
  done
  while IFS= read -r package; do
    if ! package_installed "$package" && [[ " ${missing[*]} " != *" $package "* ]]; then
      missing+=("$package")
    fi
  done < <(vendored_requested_packages)
  for package in "${missing[@]}"; do
    if package_vendored "$package"; then
      PACKAGES_TO_INSTALL+=("$package")
    else
      not_vendored+=("$package")
    fi
  done
  if (( ${#not_vendored[@]} > 0 )); then
    preflight_problem "required packages missing and not vendored in this bundle: ${not_vendored[*]} (install them with: apt-get install ${not_vendored[*]})"
  fi
  (( ${#PACKAGES_TO_INSTALL[@]} > 0 )) || return 0
  machine="$(dpkg --print-architecture 2>/dev/null || true)"
  while IFS= read -r architecture; do
    if [[ "$architecture" != "$machine" ]]; then
      preflight_problem "the vendored packages are built for $architecture, this server is ${machine:-unknown}"
      return 0
    fi
  done < <(vendored_architectures)
  if ! command -v apt-get >/dev/null 2>&1; then
    preflight_problem "apt-get not found: needed to install the vendored packages ${PACKAGES_TO_INSTALL[*]}"
    return 0
  fi
  output="$(mktemp -t produce-apt-check.XXXXXXXX)"
  if ! packages_apt_prepare "$output" \
      || ! packages_apt_get -s install --no-remove "${PACKAGES_TO_INSTALL[@]}" >"$output" 2>&1; then
    preflight_problem "the vendored packages cannot be installed on this server: $(packages_apt_errors "$output")"
  fi
  rm -f -- "$output"
  remove_packages_apt_dir
}

# apt's error lines in file $1, joined with "; ".
packages_apt_errors() {
  local errors
  errors="$(grep -E '^(E|W): |Depends: |Conflicts: |Breaks: ' -- "$1" | sed 's/^ *//' | paste -sd'|' - || true)"
  printf '%s' "${errors:-apt-get failed}" | sed 's/|/; /g'
}

# Apply: installs PACKAGES_TO_INSTALL from the bundle; on failure prints apt's output.
install_vendored_packages() {
  local output count
  (( ${#PACKAGES_TO_INSTALL[@]} > 0 )) || return 0
  log_info "installing from the bundle (no network): ${PACKAGES_TO_INSTALL[*]}"
  output="$(mktemp -t produce-apt-install.XXXXXXXX)"
  if ! packages_apt_prepare "$output" \
      || ! DEBIAN_FRONTEND=noninteractive packages_apt_get install -y --no-remove \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${PACKAGES_TO_INSTALL[@]}" >"$output" 2>&1; then
    log_error "installing the vendored packages failed:"
    log_output_of "$output"
    rm -f -- "$output"
    remove_packages_apt_dir
    return 1
  fi
  count="$(grep -c '^Setting up ' "$output" || true)"
  rm -f -- "$output"
  remove_packages_apt_dir
  log_info "installed $(count_of "${count:-0}" package) from the bundle's packages/"
}
