# shellcheck shell=bash
# bin/lib/produce-jar.sh — sourced by bin/produce, bin/produce-compile, bin/produce-verify and
# bin/produce-loadtest: find the jar (in a source tree: keep cli/target/produce.jar as fresh as
# the sources), then run it.
#
# The caller sets REPO_ROOT (the directory above bin/) before sourcing. Two layouts:
#  - a release (the tarball unpacked anywhere, or the Debian package's /usr/share/produce): no
#    pom.xml, the jar is lib/produce.jar; it is run as it is, never built, Maven is never called;
#  - a source tree (pom.xml present): the jar is rebuilt (quietly, with Maven) when it is missing
#    or older than any pom.xml of the reactor or any file under a module's src/ directory:
#    whatever a source directory is called (a package may be named target or build), an edit
#    there rebuilds.
# Exit code 3 (environment) when java, mvn or the build fails, or a release lacks its jar.

if [[ -f "$REPO_ROOT/pom.xml" ]]; then
  readonly PRODUCE_JAR="$REPO_ROOT/cli/target/produce.jar" PRODUCE_RELEASE=""
else
  readonly PRODUCE_JAR="$REPO_ROOT/lib/produce.jar" PRODUCE_RELEASE="yes"
fi
readonly ENVIRONMENT_FAILURE=3
# shellcheck source=bin/lib/produce-cds.sh
source "${BASH_SOURCE[0]%/*}/produce-cds.sh"
# A compile runs for seconds: the C1 compiler alone and the serial collector halve its CPU time
# (a 1,000-host --inventory compile: 8 s of CPU with the defaults, 4 s with these; bin/bench-inventory).
# -XX:-UsePerfData: no hsperfdata file in /tmp (a world-writable directory) for jstat to read, and
# its creation off every compile's start. Transparent huge pages for the heap where the kernel offers
# them ([madvise] or [always]): a compile touches about 100 MB of new heap, and 2 MB pages save a
# tenth of its time (0.61 s → 0.52 s, hyperfine); where the kernel has them off ([never]) the JVM
# would warn, so the option is left out.
COMPILE_JVM_OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData)
if read -r transparent_huge_pages 2>/dev/null </sys/kernel/mm/transparent_hugepage/enabled \
  && [[ "$transparent_huge_pages" == *"[madvise]"* || "$transparent_huge_pages" == *"[always]"* ]]; then
  COMPILE_JVM_OPTIONS+=(-XX:+UseTransparentHugePages)
fi
# shellcheck disable=SC2034 # used by the launchers that source this file
readonly -a COMPILE_JVM_OPTIONS

die() { printf 'produce: %s\n' "$*" >&2; exit "$ENVIRONMENT_FAILURE"; }

# The first pom.xml or source file newer than JAR, if any (prints nothing when JAR is fresh).
# Looks only where sources live — ROOT/pom.xml, ROOT/*/pom.xml and everything under ROOT/*/src —
# so no directory name is pruned and build output (ROOT/*/target) is never looked at.
newer_source() {
  local root="$1" jar="$2"
  local -a roots=()
  local candidate
  for candidate in "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src; do
    [[ -e "$candidate" ]] && roots+=("$candidate")
  done
  ((${#roots[@]})) || return 0
  find "${roots[@]}" -type f -newer "$jar" -print -quit
}

build_jar() {
  command -v mvn >/dev/null || die "Maven (mvn) is needed to build the jar on first use; install it (apt-get install maven) and retry"
  local reason="first use"
  [[ -f "$PRODUCE_JAR" ]] && reason="sources changed"
  printf 'produce: building the jar (%s)…\n' "$reason" >&2
  # maven.test.skip also skips compiling tests: an unfinished test elsewhere in the reactor cannot
  # stop a bundle compile, and first use is faster. Maven's output goes to stderr so that stdout
  # stays the command's; Debian's Maven 3.8 prints colour resets even in batch mode: dropped.
  (cd "$REPO_ROOT" && mvn -B -q -Dmaven.test.skip=true -DskipITs -pl cli -am package) 2>&1 | sed 's/\x1b\[0m//g' >&2 \
    || die "building the jar failed (see Maven's output above); run: cd $REPO_ROOT && mvn -pl cli -am package"
  [[ -f "$PRODUCE_JAR" ]] || die "the build finished but $PRODUCE_JAR is missing"
}

jar_needs_build() {
  if [[ -n "$PRODUCE_RELEASE" ]]; then
    [[ -f "$PRODUCE_JAR" ]] || die "$PRODUCE_JAR is missing: this release is incomplete; unpack or install it again"
    return 1
  fi
  [[ ! -f "$PRODUCE_JAR" || -n "$(newer_source "$REPO_ROOT" "$PRODUCE_JAR")" ]]
}

# Builds the jar when it is stale. One build at a time when several launchers start together; the
# others wait, then find it fresh.
ensure_fresh_jar() {
  jar_needs_build || return 0
  if command -v flock >/dev/null; then
    mkdir -p "$REPO_ROOT/cli/target"
    exec 9>"$REPO_ROOT/cli/target/.produce-build.lock"
    flock 9
  fi
  if jar_needs_build; then
    build_jar
  fi
  exec 9>&-
}

# run_produce SUBCOMMAND [JVM option …] -- [argument …]: replaces the shell with the jar's subcommand
# (an empty SUBCOMMAND: the arguments alone, as `produce` got them).
run_produce() {
  local subcommand="$1"
  shift
  local -a jvm_options=()
  while (($#)) && [[ "$1" != "--" ]]; do
    jvm_options+=("$1")
    shift
  done
  (($#)) && shift
  ensure_fresh_jar
  local java="java"
  [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java="$JAVA_HOME/bin/java"
  command -v "$java" >/dev/null || die "java (17 or newer) is needed; install it (apt-get install default-jre-headless) and retry"
  # Testcontainers 2.0.5 reads these from the environment only. Without them it starts Ryuk
  # (pulled from a registry we do not have) and retries for minutes.
  export TESTCONTAINERS_RYUK_DISABLED=true
  export TESTCONTAINERS_HOST_OVERRIDE=localhost
  # UTF-8 for the console whatever the locale: messages use '…', '×', '✓' and '−'. Image recipes
  # and the fixture site are found from the repository root, whatever the caller's directory.
  local -a command=("${jvm_options[@]}" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8
    -Dproduce.repo.root="$REPO_ROOT" -jar "$PRODUCE_JAR" ${subcommand:+"$subcommand"} "$@")
  # A compile starts from a class-data-sharing archive of its classes (bin/lib/produce-cds.sh).
  local archive=""
  [[ "$subcommand" == compile ]] && archive="$(cds_archive "$java" "$PRODUCE_JAR")"
  if [[ -n "$archive" ]] && cds_usable "$archive"; then
    exec "$java" -XX:SharedArchiveFile="$archive" "${CDS_QUIET[@]}" "${command[@]}"
  elif [[ -n "$archive" ]]; then
    cds_run_and_write "$archive" "$java" "$PRODUCE_JAR" "${command[@]}"
  fi
  exec "$java" "${command[@]}"
}
