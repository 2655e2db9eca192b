#!/usr/bin/env bash
# Installs what Madoguchi needs on a fresh Debian 12 machine (run as root) and
# creates .venv. Idempotent: packages already present are not reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libpcsclite-dev                      # headers to build pyscard (it has no Linux wheel)
  pcscd vsmartcard-vpcd                # real PC/SC daemon + virtual reader for the card tests
  xvfb xauth                           # real X server for screenshot tests
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3   # Qt xcb plugin
  fonts-ipaexfont                      # embedded in printed forms, UI font
  fonts-ipamj-mincho                   # IPAmj明朝: 外字 / MJ characters IPAex lacks (𠮷 …), IVS
  fonts-noto-cjk                       # nicer UI font
  poppler-utils poppler-data           # pdftoppm / pdftotext to look at forms
  libcups2-dev                         # headers to build pycups (print jobs sent from memory)
  cups printer-driver-cups-pdf         # private cupsd + cups-pdf queue for the printing tests
  postgresql-15                        # throwaway server for the PostgreSQL tests
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing system packages: ${missing[*]} (run as root to install them)" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.madoguchi-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e '.[test]'
  touch "$stamp"
fi
