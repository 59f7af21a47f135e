#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver, for the cluster page's browser test (chapter3-admin ClusterPageBrowserTest):
# installed from Debian's packages when missing; the test itself downloads nothing. Prints where they are.
set -euo pipefail
if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
  sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver > /dev/null
fi
echo "browser: $(chromium --version 2>/dev/null | head -1) / $(chromedriver --version 2>/dev/null | head -1)"
