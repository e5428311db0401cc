#!/usr/bin/env bash
# Installs the Debian tools the tests use to read generated documents back: pdftotext/pdftoppm (poppler),
# LibreOffice headless (DOCX → PDF), fonts, and Chromium (screenshots, end-to-end). Skips what is present.
# With --chromium only Chromium is checked (what `npm run test:e2e` needs).
set -euo pipefail
butuh=()
if [ "${1:-}" != "--chromium" ]; then
  command -v pdftotext >/dev/null 2>&1 || butuh+=(poppler-utils)
  command -v soffice >/dev/null 2>&1 || butuh+=(libreoffice-writer-nogui)
  [ -d /usr/share/fonts/truetype/dejavu ] || butuh+=(fonts-dejavu-core)
fi
command -v chromium >/dev/null 2>&1 || butuh+=(chromium)
if [ "${#butuh[@]}" -gt 0 ]; then
  if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
    echo "perlu dipasang (sebagai root): apt-get install ${butuh[*]}" >&2
    exit 0
  fi
  SUDO=""
  [ "$(id -u)" != "0" ] && SUDO="sudo"
  echo "memasang: ${butuh[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${butuh[@]}" >/dev/null
fi
