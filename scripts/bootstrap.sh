# Sourced by scripts/run and scripts/test: installs what focalpoint needs on a Debian machine
# (system libraries, a virtualenv in .venv) without touching what is already there.
# Usage: ensure_env EXTRAS   (e.g. "gui" or "gui,test")

# Debian packages: Python's venv, the libraries Qt's xcb and offscreen platforms load,
# Xvfb for screenshots, poppler-utils for rendering PDFs in tests, fonts, and PostgreSQL's
# server (initdb, pg_ctl) for the throw-away cluster the server tests also run against.
APT_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0
  xvfb xauth poppler-utils fonts-dejavu-core
  postgresql
)

log() { printf '[focalpoint] %s\n' "$*" >&2; }

ensure_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_env() {
  local extras="$1"
  ensure_apt
  if [ ! -x .venv/bin/python ]; then
    log "creating .venv"
    python3 -m venv .venv
  fi
  local stamp=".venv/.installed-${extras//,/-}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    log "installing focalpoint[$extras] into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[$extras]"
    touch "$stamp"
  fi
}
