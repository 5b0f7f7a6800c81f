#!/usr/bin/env bash
# The test command of the README: installs what the tests need on a fresh machine, then runs the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify
