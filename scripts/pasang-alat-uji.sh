#!/usr/bin/env bash
# Installs the Debian tools the tests use to read generated documents back: pdftotext/pdftoppm (poppler),
# LibreOffice headless (DOCX → PDF), fonts, and Chromium (screenshots, end-to-end). Skips what is present.
set -euo pipefail
butuh=()
command -v pdftotext >/dev/null 2>&1 || butuh+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || butuh+=(libreoffice-writer-nogui)
command -v chromium >/dev/null 2>&1 || butuh+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || butuh+=(fonts-dejavu-core)
if [ "${#butuh[@]}" -gt 0 ]; then
  echo "memasang: ${butuh[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${butuh[@]}" >/dev/null
fi
