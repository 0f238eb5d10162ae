# Sourced by .ci/run: makes Debian's Chromium and ChromeDriver available for the page tests and exports
# WIREWATCH_TEST_CHROMIUM and WIREWATCH_TEST_CHROMEDRIVER. When they cannot be installed the reason is
# printed and the browser tests report themselves skipped.

ensure_test_chromium() {
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "chromium: not installed and not root to install it"
      return 1
    fi
    echo "chromium: installing Debian's chromium and chromium-driver packages"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
      echo "chromium: apt-get install chromium chromium-driver failed"
      return 1
    fi
  fi
  export WIREWATCH_TEST_CHROMIUM=/usr/bin/chromium
  export WIREWATCH_TEST_CHROMEDRIVER=/usr/bin/chromedriver
  # Selenium must use the driver above and never try to download one.
  export SE_OFFLINE=true
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
}
