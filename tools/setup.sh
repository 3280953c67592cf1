#!/usr/bin/env bash
# Installs what CacheTutor needs to build and test on Debian 12, then configures
# and builds it in ./build. Sourced by run.sh and test.sh; safe to run twice.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${CACHETUTOR_BUILD_DIR:-$repo/build}"

# Debian packages: compiler, CMake, Ninja, QtCore/QtTest, Qt Linguist's CMake support, lupdate
# and lrelease, Qt's own German and Spanish translations, and Django (the test oracle).
packages=(g++ cmake ninja-build qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n python3 python3-django)
source "$repo/tools/packages.sh"
install_missing "${packages[@]}"

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCACHETUTOR_WERROR=$werror >/dev/null
cmake --build "$build"
