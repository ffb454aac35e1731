#!/usr/bin/env bash
# Speaks the demo's sample story (ADR 0088) with espeak-ng and writes one small MP3 per node next to the
# story file, which the app ships: app/src/main/resources/com/yotosmartstream/app/stories/sample/.
# Each node's words are its narration, then its choice prompts ("Press the left button to <label>."),
# as story.voice.ChoicePrompts says them, so the recording already asks the question.
# Needs espeak-ng and jq (Debian's packages) and an ffmpeg with libmp3lame: $FFMPEG, else one on the PATH,
# else the one inside the app (bytedeco's, from the Maven repository or JavaCPP's cache).
#   scripts/sample-story-audio.sh     write the MP3s (then commit them with the story)
# Run it again after changing a narration or a label; the files are our own generated output.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=app/src/main/resources/com/yotosmartstream/app/stories/sample
story="$dir/pip-and-the-lighthouse.story.json"
rate=$(jq -r '.voice.rate' "$story")
pitch=$(jq -r '.voice.pitch' "$story")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

find_ffmpeg() {
  if [[ -n "${FFMPEG:-}" ]]; then echo "$FFMPEG"; return; fi
  if command -v ffmpeg >/dev/null; then command -v ffmpeg; return; fi
  local cached
  cached=$(find "$HOME/.javacpp/cache" -path '*linux-x86_64/ffmpeg' -type f 2>/dev/null | head -1 || true)
  if [[ -z "$cached" ]]; then
    local jar
    jar=$(find "$HOME/.m2/repository/org/bytedeco/ffmpeg" -name 'ffmpeg-*-linux-x86_64.jar' | sort | tail -1)
    [[ -n "$jar" ]] || { echo "No ffmpeg: set FFMPEG, install ffmpeg, or build the app once (mvn -pl app -am compile)" >&2; exit 1; }
    (cd "$work" && unzip -q "$jar" 'org/bytedeco/ffmpeg/linux-x86_64/*')
    cached="$work/org/bytedeco/ffmpeg/linux-x86_64/ffmpeg"
    chmod +x "$cached"
    for lib in "$work"/org/bytedeco/ffmpeg/linux-x86_64/lib{va,va-drm,drm}.so; do [[ -e "$lib" ]] && ln -sf "$lib" "$lib.2"; done
  fi
  echo "$cached"
}
ffmpeg=$(find_ffmpeg)
export LD_LIBRARY_PATH="$(dirname "$ffmpeg")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

title=$(jq -r '.title' "$story")
for id in $(jq -r '.nodes[].id' "$story"); do
  node=$(jq -c --arg id "$id" '.nodes[] | select(.id == $id)' "$story")
  {
    jq -r '.narration' <<<"$node"
    echo
    jq -r '[("left", "right") as $b | select(.exits[$b] != null) | "Press the \($b) button to \(.labels[$b])."] | join(" ")' <<<"$node"
  } > "$work/$id.txt"
  espeak-ng -s "$rate" -p "$pitch" -w "$work/$id.wav" -f "$work/$id.txt"
  # mono, 22.05 kHz, 16 kbit/s: speech stays clear and the eight files stay under 300 KB
  "$ffmpeg" -hide_banner -nostdin -y -v error -i "$work/$id.wav" -ac 1 -ar 22050 -c:a libmp3lame -b:a 16k \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact \
    -metadata title="$(jq -r '.title' <<<"$node")" -metadata album="$title" -metadata artist="Generated narration" \
    "$dir/$id.mp3"
done
du -cb "$dir"/*.mp3 | tail -1
