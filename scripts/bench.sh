#!/usr/bin/env bash
# Benchmarks (not part of `mvn test`): builds the test classes, then runs each benchmark's main.
# Figures are printed with a reference measured in the same run; copy them to docs/benchmarks.md.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh mqtt       just the MQTT one
#   scripts/bench.sh stories    just the story editor's (needs a display: runs under xvfb-run when there is none)
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
mvn -q -B -pl yoto-client,story-editor -am test-compile
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -pl yoto-client dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
cp="yoto-client/target/test-classes:yoto-client/target/classes:$(cat "$cp_file")"
if [ "$which" = all ] || [ "$which" = mqtt ]; then
  echo "== MQTT: parse+merge throughput and publish-to-listener latency"
  java -Xmx512m -cp "$cp" com.yotosmartstream.client.mqtt.MqttBenchmark
fi
if [ "$which" = all ] || [ "$which" = stories ]; then
  echo "== Stories: open, lint, compile, layout of 2,000 nodes; FX frame times"
  # one reactor run, so yoto-client resolves to its classes folder; story-editor (built last) writes the file last
  mvn -q -B -pl story-editor -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$(realpath "$cp_file")"
  scp="story-editor/target/test-classes:story-editor/target/classes:$(cat "$cp_file")"
  run=(java -Xmx1g -Dprism.order=sw -cp "$scp" com.yotosmartstream.story.ui.StoryBenchmark)
  if [ -z "${DISPLAY:-}" ]; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
  else
    "${run[@]}"
  fi
fi
