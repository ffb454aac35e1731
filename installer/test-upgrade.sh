#!/usr/bin/env bash
# The upgrade test (ADR 0076): installs the .deb that installer/test-deb.sh built (0.1.0 today) into a
# scratch root and runs it; builds the next minor version (0.2.0) of the same app image with the
# project's own build, installs it over the first as dpkg upgrades a package (the new files unpacked
# over the old, the old package's files that the new one lacks removed), and runs it again as the same
# user. The data folder, found as an installed app finds it ($XDG_DATA_HOME), must come through whole:
# every file still there, the user's own files unchanged, the database opened rather than made anew, the
# settings kept (the streaming port it keeps between runs), the log carrying on. The packages'
# maintainer scripts must not touch a user's data. Run by .ci/run after test-deb.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

fail() { echo "upgrade test FAILED: $*" >&2; exit 1; }
# Windows upgrades in place only while every .msi carries the same upgrade code (ADR 0076)
grep -qx -- '--win-upgrade-uuid 5b0f8c4e-2a1d-4c8e-9a3f-7d2e6b1c9f40' installer/src/jpackage/windows.options \
  || fail "the .msi's upgrade code changed: Windows would install the next version beside the old one"
old_deb="$(ls installer/target/dist/*.deb 2>/dev/null || true)"
[ -n "$old_deb" ] && [ -d installer/target/jpackage/image/YotoSmartStream ] \
  || fail "run installer/test-deb.sh first (it builds the package this test upgrades from)"
old_version="$(dpkg-deb -f "$old_deb" Version)"
IFS=. read -r major minor _ <<<"${old_version%%-*}"
new_version="$major.$((minor + 1)).0"

# the newer package: the same app image, packaged again as the next version
mvn --batch-mode --no-transfer-progress -q -Pdist -DskipTests package -pl installer -am \
  -Dinstaller.version="$new_version" -Dinstaller.reuseImage=true -Dinstaller.dest='${project.build.directory}/dist-upgrade'
new_deb="$(ls installer/target/dist-upgrade/*.deb)"
[ "$(dpkg-deb -f "$new_deb" Version)" = "$new_version-1" ] || fail "the new package is not version $new_version"
[ "$(dpkg-deb -f "$new_deb" Package)" = "$(dpkg-deb -f "$old_deb" Package)" ] || fail "the new package has another name"
built=$(date +%s)

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"
export XDG_DATA_HOME="$scratch/home/.local/share"
unset YOTO_SMART_STREAM_DATA
data="$XDG_DATA_HOME/yoto-smart-stream"
launcher="$root/opt/yoto-smart-stream/bin/YotoSmartStream"

for deb in "$old_deb" "$new_deb"; do
  dpkg-deb -e "$deb" "$scratch/control"
  ! grep -nE 'HOME|~/|\.local/share|XDG_DATA|/home/|yoto-smart-stream/(library|stories|logs)' "$scratch/control"/* \
    || fail "$(basename "$deb")'s maintainer scripts refer to a user's files"
  rm -rf "$scratch/control"
done

run() { # $1: a name for the log
  if ! xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" --smoke-test --demo-players=0 >"$scratch/$1.log" 2>&1; then
    cat "$scratch/$1.log" >&2
    fail "the app did not start ($1)"
  fi
  grep -q 'First frame drawn' "$scratch/$1.log" || fail "no first frame ($1)"
}
port() { grep -oE 'Streaming server listening on http://[^ ]*:[0-9]+' "$scratch/$1.log" | grep -oE '[0-9]+$'; }

echo "== upgrade: $(basename "$old_deb"), run, then $(basename "$new_deb") over it, run"
dpkg-deb -x "$old_deb" "$root"
run old
[ -f "$data/yoto-smart-stream.db" ] || fail "the first run made no database in $data"
grep -q 'Database: applied core v1' "$scratch/old.log" || fail "the first run did not make a new database"
# what a user leaves there: a story and a track of their own
mkdir -p "$data/stories"
printf '{"version": 2, "title": "Kept across upgrades"}\n' >"$data/stories/kept.story.json"
head -c 4096 /dev/urandom >"$data/library/originals/kept.mp3"
(cd "$data" && find . -type f ! -name .lock | sort) >"$scratch/files-before"
(cd "$data" && sha256sum stories/kept.story.json library/originals/kept.mp3) >"$scratch/sums"

# dpkg's upgrade: unpack the new package over the old, then remove the old one's files it no longer has
dpkg-deb -c "$old_deb" | awk '{print $NF}' | sed 's|^\./|/|' | sort >"$scratch/old-files"
dpkg-deb -c "$new_deb" | awk '{print $NF}' | sed 's|^\./|/|' | sort >"$scratch/new-files"
dpkg-deb -x "$new_deb" "$root"
comm -23 "$scratch/old-files" "$scratch/new-files" | while read -r gone; do
  [ -f "$root$gone" ] && rm -f "$root$gone"
done
run new

(cd "$data" && find . -type f ! -name .lock | sort) >"$scratch/files-after"
missing="$(comm -23 "$scratch/files-before" "$scratch/files-after")"
[ -z "$missing" ] || fail "the upgrade lost files from the data folder: $missing"
(cd "$data" && sha256sum --quiet -c "$scratch/sums") || fail "the user's own files changed"
! grep -q 'Database: applied' "$scratch/new.log" || fail "the new version made its database anew (or migrated it)"
[ -n "$(port old)" ] && [ "$(port old)" = "$(port new)" ] \
  || fail "the settings were not kept: streaming port $(port old) before, $(port new) after"
[ "$(grep -c ' starting; data folder ' "$data/logs/yoto-smart-stream.log")" -eq 2 ] || fail "the log did not carry on"

echo "upgrade test passed: $old_version to $new_version-1 kept the data folder ($(wc -l <"$scratch/files-before") files," \
  "settings, the user's files); building the newer package $((built - start)) s, installs and runs $(($(date +%s) - built)) s"
