#!/usr/bin/env bash
# Installs what the browser test (org.orbat.http.WebPageBrowserTest) needs on a fresh Debian
# machine: headless Chromium and its matching chromedriver, from Debian's packages, when missing.
# Runs as root in CI; elsewhere it uses sudo when available, or says what to install.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "installing chromium and chromium-driver (Debian packages) for the browser test..." >&2
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo -n); else
    echo "not root and no sudo: install chromium and chromium-driver to run the browser test" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
install() {
  "${sudo_cmd[@]}" apt-get update -qq >&2 &&
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
}
if [ "$(id -u)" = 0 ]; then
  install
else
  # A developer without passwordless sudo still gets the rest of the suite; the browser test then skips.
  install || echo "could not install chromium and chromium-driver; the browser test will be skipped" >&2
fi
