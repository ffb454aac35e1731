#!/usr/bin/env bash
# Installs the package that `mvn -Pdist` left in installer/target/dist as a user would on this OS (the
# .msi with msiexec, the .dmg's app copied out of the mounted image) and runs the installed app's
# --smoke-test: it must exit 0 and draw a first frame. For the release workflow's Windows and macOS
# jobs (ADR 0076); on Linux installer/test-deb.sh does this, as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "installed test FAILED: $*" >&2; exit 1; }
scratch="$(mktemp -d)"
data="$scratch/app-data"
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*)
    package="$(ls installer/target/dist/*.msi)"
    if ! MSYS_NO_PATHCONV=1 msiexec /i "$(cygpath -w "$package")" /qn /l*v "$(cygpath -w "$scratch/install.log")"; then
      cat "$scratch/install.log" >&2 || true
      fail "msiexec could not install $package"
    fi
    # a per-user install (windows.options) lands under the user's local app data
    launcher="$(find "$(cygpath -u "$LOCALAPPDATA")" "$(cygpath -u "${PROGRAMFILES:-C:\Program Files}")" -maxdepth 3 -name YotoSmartStream.exe 2>/dev/null | head -1)"
    data_arg="$(cygpath -w "$data")"
    ;;
  Darwin)
    package="$(ls installer/target/dist/*.dmg)"
    mkdir "$scratch/volume"
    hdiutil attach -nobrowse -readonly -mountpoint "$scratch/volume" "$package" >/dev/null
    mkdir "$scratch/Applications"
    cp -R "$scratch/volume/"*.app "$scratch/Applications/"
    hdiutil detach "$scratch/volume" >/dev/null
    launcher="$(ls "$scratch/Applications/"*.app/Contents/MacOS/YotoSmartStream)"
    data_arg="$data"
    ;;
  *) fail "on Linux, installer/test-deb.sh installs and smoke-tests the .deb" ;;
esac
[ -n "$launcher" ] && [ -f "$launcher" ] || fail "the installed launcher was not found"

"$launcher" --smoke-test --data-dir="$data_arg" --demo-players=0 || fail "the installed app's smoke test did not exit 0"
grep -q 'First frame drawn' "$data/logs/yoto-smart-stream.log" || fail "no first frame in the installed app's log"
echo "installed test passed: $(basename "$package") installed, $launcher's smoke test exit 0"
