#!/usr/bin/env bash
# Fuzzes one @FuzzTest for real (not part of `mvn test`, which runs only the seed corpora). ADR 0052.
#   scripts/fuzz.sh TARGET MINUTES      e.g. scripts/fuzz.sh id3 10
#   scripts/fuzz.sh list                the targets
# TARGET is a short name below, or "MODULE Class#method". A finding stops the run and is written next to the
# seeds (src/test/resources/<package>/<Test>Inputs/<method>/crash-<sha1>), so it runs in every later
# `mvn test` (fix it, keep it). The corpus the fuzzer grows stays in <module>/.cifuzz-corpus/ (git
# ignores it). The summary line (executions, speed) is printed at the end; record it in docs/fuzzing.md.
# Extra Maven flags: MVN_FLAGS="-o" scripts/fuzz.sh wav 2
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A TARGETS=(
  [anyFile]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#anyFile"
  [id3]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#id3"
  [mp4]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#mp4"
  [ogg]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#ogg"
  [flac]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#flac"
  [wav]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#wav"
  [adts]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#adts"
  [aiff]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#aiff"
  [remoteBody]="embedded-streamer com.yotosmartstream.streamer.remote.RemoteBodyFuzzTest#body"
  [matroska]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#matroska"
  [asf]="embedded-streamer com.yotosmartstream.streamer.probe.ProbeFuzzTest#asf"
  [chapters]="embedded-streamer com.yotosmartstream.streamer.chapters.ChapterJsonFuzzTest#chapters"
  [converter]="embedded-streamer com.yotosmartstream.streamer.convert.ConverterInputFuzzTest#wavAndMp3"
  [range]="embedded-streamer com.yotosmartstream.streamer.server.RequestParsingFuzzTest#rangeHeader"
  [streamPath]="embedded-streamer com.yotosmartstream.streamer.server.RequestParsingFuzzTest#streamPath"
  [mqtt]="yoto-client com.yotosmartstream.client.mqtt.MessageFuzzTest#route"
  [mqttJson]="yoto-client com.yotosmartstream.client.mqtt.MessageFuzzTest#strictObject"
  [traffic]="yoto-client com.yotosmartstream.client.traffic.TrafficFormatFuzzTest#read"
  [storyJson]="story-editor com.yotosmartstream.story.doc.StoryJsonFuzzTest#read"
  [twee]="story-editor com.yotosmartstream.story.twine.TwineFuzzTest#twee"
  [twineHtml]="story-editor com.yotosmartstream.story.twine.TwineFuzzTest#html"
  [twineNarration]="story-editor com.yotosmartstream.story.twine.TwineFuzzTest#narration"
  [png]="icons com.yotosmartstream.icons.codec.ImageImportFuzzTest#png"
  [gif]="icons com.yotosmartstream.icons.codec.ImageImportFuzzTest#gif"
)

if [ "${1:-}" = list ] || [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET MINUTES    targets:"
  for name in "${!TARGETS[@]}"; do echo "  $name  (${TARGETS[$name]#* })"; done | sort
  [ "${1:-}" = list ]; exit $?
fi
name="$1"
minutes="$2"
[[ "$minutes" =~ ^[0-9]+$ ]] || { echo "MINUTES must be a whole number" >&2; exit 2; }
spec="${TARGETS[$name]:-$name}"
[[ "$spec" == *" "* ]] || spec="embedded-streamer $spec"
module="${spec%% *}"
test="${spec#* }"

# The budget is a constant in an annotation: write this run's copy of each module's FuzzBudget
# (src/fuzz-budget/java/.../FuzzBudget.java, in the module's own package) for the fuzz profile:
# every module has one, and -am builds the modules this one depends on with the profile too.
ls "$module"/src/fuzz-budget/java >/dev/null 2>&1 || { echo "$module has no src/fuzz-budget/java" >&2; exit 2; }
for committed in */src/fuzz-budget/java/com/yotosmartstream/*/testing/FuzzBudget.java; do
  owner="${committed%%/*}"
  copy="$owner/target/fuzz-budget/${committed#"$owner/src/fuzz-budget/java/"}"
  mkdir -p "$(dirname "$copy")"
  sed -E "s/(MAX_DURATION = )\"[^\"]*\"/\1\"${minutes}m\"/" "$committed" > "$copy"
done

mkdir -p "$module/target/fuzz-logs"
log="$module/target/fuzz-logs/$name.log"
echo "== fuzzing $test for $minutes minutes (log: $log)"
status=0
JAZZER_FUZZ=1 mvn -B ${MVN_FLAGS:-} -Pfuzz -pl "$module" -am test -Dtest="$test" \
  -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
# libFuzzer's last status line: "#<executions> DONE|pulse|NEW ... exec/s: <speed>"
summary="$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)"
echo "== $name: ${summary:-no libFuzzer status line (see the log)}"
if grep -aqE '== Java Exception|FuzzTestFindingException|Crash|crash-' "$log"; then
  echo "== FINDING: see $log and the new crash-* file under $module/src/test/resources" >&2
  grep -aE 'crash-|== Java Exception' "$log" | head -5 >&2
fi
exit $status
