#!/usr/bin/env bash
# Draws the app's icon from installer/src/icon/yoto-smart-stream.txt at every size and writes the PNGs
# the window uses, and the .png/.ico/.icns jpackage uses (ADR 0075). Needs only a JDK 17+.
#   scripts/icons.sh           write them (then commit them with the source)
#   scripts/icons.sh --check   write nothing; fail when a committed file differs from what the source draws
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -Djava.awt.headless=true scripts/AppIcon.java "$@"
