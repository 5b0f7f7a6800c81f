#!/usr/bin/env bash
# Installs what the suite's outside-the-JVM tests need on a fresh Debian machine, from Debian's packages,
# when missing: headless Chromium and its matching chromedriver for the analyst page's browser test
# (org.orbat.http.WebPageBrowserTest), and NetworkX for the test that opens the GraphML and GEXF exports
# as analysts do (org.orbat.export.NetworkxReadsGraphExportsTest).
# Runs as root in CI; elsewhere it uses sudo when available, or says what to install.
set -euo pipefail
packages=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  packages+=(chromium chromium-driver)
fi
if ! python3 -c 'import networkx' >/dev/null 2>&1; then
  packages+=(python3-networkx)
fi
if [ ${#packages[@]} = 0 ]; then
  exit 0
fi
echo "installing ${packages[*]} (Debian packages) for the browser and NetworkX tests..." >&2
sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo -n); else
    echo "not root and no sudo: install ${packages[*]} to run the browser and NetworkX tests" >&2
    exit 0
  fi
fi
export DEBIAN_FRONTEND=noninteractive
install() {
  "${sudo_cmd[@]}" apt-get update -qq >&2 &&
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
}
if [ "$(id -u)" = 0 ]; then
  install
else
  # A developer without passwordless sudo still gets the rest of the suite; those tests then skip.
  install || echo "could not install ${packages[*]}; the tests that need them will be skipped" >&2
fi
