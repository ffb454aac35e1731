#!/usr/bin/env bash
# Benchmarks (not part of `mvn test`): builds the test classes, then runs each benchmark's main.
# Figures are printed with a reference measured in the same run; copy them to docs/benchmarks.md.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh mqtt       just the MQTT one
#   scripts/bench.sh streaming  the stream server beside nginx (needs nginx and wrk: apt-get install nginx-light wrk),
#                               heap per stream, and the MP3 probe against a full decode
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
if [ "$which" = all ] || [ "$which" = mqtt ]; then
  mvn -q -B -pl yoto-client -am test-compile
  mvn -q -B -pl yoto-client dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
  cp="yoto-client/target/test-classes:yoto-client/target/classes:$(cat "$cp_file")"
  echo "== MQTT: parse+merge throughput and publish-to-listener latency"
  java -Xmx512m -cp "$cp" com.yotosmartstream.client.mqtt.MqttBenchmark
fi
if [ "$which" = all ] || [ "$which" = streaming ]; then
  scripts/bench-streaming.sh
fi
