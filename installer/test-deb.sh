#!/usr/bin/env bash
# Builds the Linux .deb (mvn -Pdist), checks its metadata, installs it into a scratch root, runs the
# installed launcher's --smoke-test under Xvfb (it must exit 0), prints the sizes and the time to the
# first frame, then uninstalls (removes the scratch root). Run by .ci/run and the release workflow;
# arguments go to Maven (the workflow passes -Dinstaller.version=X.Y.Z for a tag).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn --batch-mode --no-transfer-progress -q -Pdist -DskipTests package -pl installer -am "$@"
deb="$(ls installer/target/dist/*.deb)"
image="installer/target/jpackage/image/YotoSmartStream"

fail() { echo "installer test FAILED: $*" >&2; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "the package does not depend on libgtk-3-0"
dpkg-deb -f "$deb" Depends | grep -q 'libpulse0' || fail "the package does not depend on libpulse0 (the bundled ffmpeg links it)"
# jpackage's own control template (jdk.jpackage's template.control) with Recommends added: the voice
# that speaks nodes without recorded audio (ADR 0077)
dpkg-deb -f "$deb" Recommends | grep -q 'espeak-ng' || fail "the package does not recommend espeak-ng"
[ "$(dpkg-deb -f "$deb" Package)" = yoto-smart-stream ] || fail "unexpected package name"
listing="$(dpkg-deb -c "$deb")"
for f in bin/YotoSmartStream lib/yoto-smart-stream-YotoSmartStream.desktop lib/yoto-smart-stream-YotoSmartStream-MimeInfo.xml; do
  grep -q "/opt/yoto-smart-stream/$f" <<<"$listing" || fail "missing $f"
done
# the app carries this OS's ffmpeg natives only (ADR 0072)
grep -q 'ffmpeg-[0-9.-]*-linux-x86_64\.jar' <<<"$listing" || fail "the ffmpeg natives for Linux are missing"
! grep -Eq 'ffmpeg-[0-9.-]*-(windows|macosx|android|ios)' <<<"$listing" || fail "another OS's ffmpeg natives are packed"

root="$(mktemp -d)"
data="$(mktemp -d)"
trap 'rm -rf "$root" "$data"' EXIT
dpkg-deb -x "$deb" "$root"
grep -q 'Exec=/opt/yoto-smart-stream/bin/YotoSmartStream %f' "$root/opt/yoto-smart-stream/lib/"*.desktop \
  || fail "the menu entry does not pass the opened file"
# the menu entry's icon is the app's own (ADR 0075), not jpackage's default
icon="$(sed -n 's/^Icon=//p' "$root/opt/yoto-smart-stream/lib/"*.desktop)"
cmp -s "$root$icon" installer/src/jpackage/yoto-smart-stream.png || fail "the menu entry's icon $icon is not the app's icon"

log="$data/smoke.log"
launcher="$root/opt/yoto-smart-stream/bin/YotoSmartStream"
if ! xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --smoke-test --data-dir="$data/app-data" --demo-players=0 \
    >"$log" 2>&1; then
  cat "$log" >&2
  fail "the installed app's smoke test did not exit 0"
fi
grep -q 'First frame drawn' "$log" || fail "no first frame in the log"
[ -z "$(ls -A "$root/opt/yoto-smart-stream" | grep -v -e bin -e lib -e share)" ] || fail "unexpected files in the install folder"
[ -d "$data/app-data" ] || fail "the app did not use the data folder"

# start-up to the first frame (the smoke test exits right after it), median of 3, against a reference
# run in the same session: the same jars on this machine's own JDK, without the jlinked runtime
median_ms() {
  local times=() i t0
  for i in 1 2 3; do
    rm -rf "$data/timing"
    t0=$(date +%s%N)
    xvfb-run -a -s "-screen 0 1280x800x24" "$@" --smoke-test --data-dir="$data/timing" --demo-players=0 >/dev/null 2>&1
    times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
installed_ms=$(median_ms "$launcher")
reference_ms=$(median_ms java --module-path installer/target/jpackage/javafx --add-modules javafx.controls \
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED -cp "installer/target/jpackage/input/*" \
  com.yotosmartstream.app.Launcher)

echo "installer: $(basename "$deb") $(du -h "$deb" | cut -f1); app image $(du -sh "$image" | cut -f1)" \
  "(runtime $(du -sh "$image/lib/runtime" | cut -f1), app jars $(du -sh "$image/lib/app" | cut -f1));" \
  "start to first frame (median of 3): installed ${installed_ms} ms, same jars on the system JDK ${reference_ms} ms"
rm -rf "$root"
echo "installer test passed (installed into a scratch root, smoke test exit 0, removed)"
