#!/usr/bin/env bash
# Benchmarks (not part of `mvn test`): builds the test classes, then runs each benchmark's main.
# Figures are printed with a reference measured in the same run; copy them to docs/benchmarks.md.
#   scripts/bench.sh            all benchmarks
#   scripts/bench.sh mqtt       just the MQTT one
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
mvn -q -B -pl yoto-client -am test-compile
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -pl yoto-client dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
cp="yoto-client/target/test-classes:yoto-client/target/classes:$(cat "$cp_file")"
if [ "$which" = all ] || [ "$which" = mqtt ]; then
  echo "== MQTT: parse+merge throughput and publish-to-listener latency"
  java -Xmx512m -cp "$cp" com.yotosmartstream.client.mqtt.MqttBenchmark
fi
