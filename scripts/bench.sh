#!/usr/bin/env bash
# Benchmarks (not part of `mvn test`): builds the test classes, then runs each benchmark's main.
# Figures are printed with a reference measured in the same run; copy them to docs/benchmarks.md.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh mqtt       just the MQTT one
#   scripts/bench.sh dashboard  the dashboard at 100 players and 1,000 messages/s (headless)
#   scripts/bench.sh stories    the story editor's (needs a display: runs under xvfb-run when there is none)
#   scripts/bench.sh stories-state  the state compile (variables, ADR 0082) against the plain compile of the same story
#   scripts/bench.sh statistics the Statistics tab's computation at 2,000 nodes against one breadth-first walk
#   scripts/bench.sh import     importing 300 files (MP3 and M4A) against cp of the same bytes (and sha256sum)
#   scripts/bench.sh convert    converting an hour of FLAC through the app against the ffmpeg command line
#   scripts/bench.sh narration  generated narration against espeak-ng's own command line (needs espeak-ng)
#   scripts/bench.sh streaming  the stream server beside nginx (needs nginx and wrk: apt-get install nginx-light wrk),
#                               heap per stream, and the MP3 probe against a full decode
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
classpath() { # a module's test classpath (its own and sibling modules' classes, then dependencies)
  mvn -q -B -pl "$1" -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  local cp="" m
  for m in yoto-client embedded-streamer story-editor icons app; do
    cp="$cp:$m/target/test-classes:$m/target/classes"
  done
  echo "${cp#:}:$(cat "$1/target/bench-classpath.txt")"
}
if [ "$which" = all ] || [ "$which" = mqtt ]; then
  cp="$(classpath yoto-client)"
  echo "== MQTT: parse+merge throughput and publish-to-listener latency"
  java -Xmx512m -cp "$cp" com.yotosmartstream.client.mqtt.MqttBenchmark
fi
if [ "$which" = all ] || [ "$which" = dashboard ]; then
  echo "== Dashboard: event-to-screen latency and FX frame times, 100 players, 1,000 messages/s"
  java -Xmx768m -cp "$(classpath app)" com.yotosmartstream.app.ui.pages.DashboardBenchmark
fi
if [ "$which" = all ] || [ "$which" = stories-state ]; then
  echo "== Stories: the state compile of 2,000 nodes with 3 booleans against the plain compile"
  java -Xmx1g -cp "$(classpath story-editor)" com.yotosmartstream.story.ui.StoryBenchmark state
fi
if [ "$which" = all ] || [ "$which" = stories ]; then
  echo "== Stories: open, lint, compile, layout, Twee import of 2,000 and 10,000 nodes; FX frame times against 100 nodes"
  run=(java -Xmx2g -Dprism.order=sw -cp "$(classpath story-editor)" com.yotosmartstream.story.ui.StoryBenchmark)
  if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
  else
    "${run[@]}"
  fi
fi
if [ "$which" = all ] || [ "$which" = statistics ]; then
  echo "== Statistics: endings, times, path counts and loops of 2,000 nodes against one breadth-first walk"
  java -Xmx512m -cp "$(classpath story-editor)" com.yotosmartstream.story.stats.StatisticsBenchmark
fi
if [ "$which" = all ] || [ "$which" = narration ]; then
  echo "== Narration: seconds of generation per minute of speech, the Narrator against espeak-ng's command line"
  java -Xmx256m -cp "$(classpath story-editor)" com.yotosmartstream.story.voice.NarrationBenchmark
fi
if [ "$which" = all ] || [ "$which" = streaming ]; then
  scripts/bench-streaming.sh
fi
if [ "$which" = all ] || [ "$which" = import ]; then
  echo "== Import: 150 MP3s and 150 M4As (about 1 MB each) against cp -r of the same files"
  java -Xmx512m -cp "$(classpath embedded-streamer)" com.yotosmartstream.streamer.bench.ImportBenchmark
fi
if [ "$which" = all ] || [ "$which" = convert ]; then
  echo "== Conversion: an hour of FLAC to MP3, the app's conversion pass against the ffmpeg command line"
  java -Xmx512m -cp "$(classpath embedded-streamer)" com.yotosmartstream.streamer.bench.ConversionBenchmark
fi
