#!/usr/bin/env bash
# The README's test command: starts what the tests need (a throwaway PostgreSQL on loopback and
# headless Chromium and NetworkX, installed from Debian's packages when missing), runs the whole suite (the core,
# then the Spark job), and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
# Headless Chromium and chromedriver (WebPageBrowserTest) and NetworkX (NetworkxReadsGraphExportsTest).
scripts/install-test-deps.sh
read -r pgdata pgurl < <(scripts/postgres.sh)
trap 'scripts/postgres.sh stop "$pgdata" || true; rm -rf "$pgdata"' EXIT
export ORBAT_TEST_PG="$pgurl"
# Jazzer @FuzzTests replay their seed inputs only (regression mode); real fuzzing is manual, see docs/reliability.md.
# The core first, installed so the Spark job (its own Maven project, orbat-spark/) builds against it.
mvn -B -ntp install
mvn -B -ntp -f orbat-spark/pom.xml verify
