#!/usr/bin/env bash
# Runs the Pairwise local runner: builds what it needs with Maven on first use (or after a source change), then
#   local/run.sh serve [--port 8080] [--data-dir DIR] [--in-memory] [--demo]
#   local/run.sh token <userId> [--admin] [--email x@y] [--name "Display Name"] [--data-dir DIR]
# Needs Java 17+ and Maven 3.8+. Extra JVM options: PAIRWISE_JAVA_OPTS="-Xmx1g ...".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
classes="$here/target/classes"
classpath_file="$here/target/runtime-classpath.txt"

stale() {
  [[ ! -s "$classpath_file" || ! -d "$classes" ]] && return 0
  # Any pom or main source of the modules the runner is built from, newer than the cached classpath?
  local changed
  changed="$(find "$root/pom.xml" "$root/shared" "$root/dynamodb-local" "$root/functions" "$root/local" \
      \( -name target -o -name node_modules \) -prune -o \
      \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$classpath_file" -print -quit 2>/dev/null || true)"
  [[ -n "$changed" ]]
}

if stale; then
  command -v mvn >/dev/null || { echo "run.sh: Maven (mvn) is needed to build Pairwise; install it and retry" >&2; exit 1; }
  echo "run.sh: building Pairwise with Maven (the first build downloads dependencies and takes a few minutes)..." >&2
  build_log="$(mktemp "${TMPDIR:-/tmp}/pairwise-build.XXXXXX")"
  # Output goes to a log shown only on failure, so that  TOKEN=$(local/run.sh token ...)  captures only the token.
  if ! (cd "$root" && mvn -q -B -DskipTests install -pl local -am \
        && mvn -q -B -pl local dependency:build-classpath -Dmdep.includeScope=runtime \
             -Dmdep.outputFile="$classpath_file.tmp") >"$build_log" 2>&1; then
    cat "$build_log" >&2
    echo "run.sh: the build failed (log above, also in $build_log)" >&2
    exit 1
  fi
  rm -f "$build_log"
  mv "$classpath_file.tmp" "$classpath_file"
fi

# shellcheck disable=SC2086 # PAIRWISE_JAVA_OPTS is a list of options on purpose
exec java ${PAIRWISE_JAVA_OPTS:-} \
  -Dpairwise.local.command="$0" \
  -Dpairwise.local.dataDir="$root/.pairwise-data" \
  -cp "$classes:$(cat "$classpath_file")" \
  com.pairwise.local.LocalRunner "$@"
