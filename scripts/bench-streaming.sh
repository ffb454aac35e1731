#!/usr/bin/env bash
# The stream server against nginx on loopback, in one run: wrk requests/s and latency for 64 KiB range
# requests and whole 1 MB files at 1, 20 and 100 connections; then heap per concurrent stream, and the MP3
# probe of a one-hour file against a full JLayer decode. Run through scripts/bench.sh streaming.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is needed: sudo apt-get install nginx-light wrk" >&2; exit 1; }
done
duration="${BENCH_SECONDS:-3}"
rounds="${BENCH_ROUNDS:-7}"
work="$(mktemp -d)"
chmod 755 "$work"
server_pid=""
nginx_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# one reactor run, so yoto-client resolves to its freshly compiled classes
mvn -q -B -pl embedded-streamer -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/cp-\${project.artifactId}.txt" >/dev/null
cp="embedded-streamer/target/test-classes:embedded-streamer/target/classes:yoto-client/target/classes:$(cat "$work/cp-embedded-streamer.txt")"

# the same file for both servers: the benchmark writes an MP3 of about 1 MB to www/whole.mp3 and imports it
mkdir -p "$work/www"
chmod 755 "$work/www"

java -Xmx512m -cp "$cp" com.yotosmartstream.streamer.bench.StreamBenchmark serve "$work/www" "$work/url.txt" \
    > "$work/server.log" 2>&1 &
server_pid=$!
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { audio/mpeg mp3; }
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 100); do [ -s "$work/url.txt" ] && break; sleep 0.2; done
ours="$(cat "$work/url.txt")"
chmod 644 "$work/www/whole.mp3"
theirs="http://127.0.0.1:$nginx_port/whole.mp3"
curl -sf -o /dev/null "$theirs" || { echo "nginx did not start: $(cat "$work/nginx-error.log")" >&2; exit 1; }
curl -sf -o /dev/null "$ours" || { echo "the stream server did not start: $(cat "$work/server.log")" >&2; exit 1; }

# wrk's figures: requests/s, average and 99th percentile latency
measure() { # url connections [range]
  local threads=2; [ "$2" = 1 ] && threads=1
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t"$threads" -c"$2" -d"${duration}s" --latency -H "Range: $3" "$1")
  else
    out=$(wrk -t"$threads" -c"$2" -d"${duration}s" --latency "$1")
  fi
  local rps avg p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  avg=$(awk '/^ +Latency/ {print $2; exit}' <<<"$out")
  p99=$(awk '/^ +99%/ {print $2}' <<<"$out")
  echo "$rps $avg $p99"
}

echo "== warming up the JVM (2 x 10s)"
wrk -t2 -c20 -d10s "$ours" >/dev/null
wrk -t2 -c20 -d10s -H "Range: bytes=0-65535" "$ours" >/dev/null

# Each case runs $rounds short rounds, the two servers back to back and taking turns to go first, so both
# meet the same background load;
# the table gives the median of each figure and the median of the per-round ratios.
median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }
ms() { python3 -c "
import sys
v=sys.argv[1]
print(float(v[:-2])/1000 if v.endswith('us') else float(v[:-2]) if v.endswith('ms') else float(v[:-1])*1000)" "$1"; }
echo
echo "Each row: median of $rounds alternating rounds of ${duration}s (wrk, loopback)."
echo
echo "| request | connections | stream server req/s | nginx req/s | ratio | stream server latency avg / p99 | nginx latency avg / p99 |"
echo "|---|---|---|---|---|---|---|"
for kind in range whole; do
  range=""; label="whole 1 MB file"
  if [ "$kind" = range ]; then range="bytes=0-65535"; label="64 KiB range"; fi
  for c in 1 20 100; do
    o_r=(); n_r=(); o_a=(); n_a=(); o_p=(); n_p=(); ratios=()
    for round in $(seq 1 "$rounds"); do
      if [ $((round % 2)) = 1 ]; then # ours first in odd rounds, nginx first in even ones
        read -r o_rps o_avg o_p99 <<<"$(measure "$ours" "$c" "$range")"
        read -r n_rps n_avg n_p99 <<<"$(measure "$theirs" "$c" "$range")"
      else
        read -r n_rps n_avg n_p99 <<<"$(measure "$theirs" "$c" "$range")"
        read -r o_rps o_avg o_p99 <<<"$(measure "$ours" "$c" "$range")"
      fi
      o_r+=("$o_rps"); n_r+=("$n_rps"); ratios+=("$(python3 -c "print($o_rps/$n_rps)")")
      o_a+=("$(ms "$o_avg")"); n_a+=("$(ms "$n_avg")"); o_p+=("$(ms "$o_p99")"); n_p+=("$(ms "$n_p99")")
    done
    printf '| %s | %s | %.0f | %.0f | %.2f | %.2f / %.1f ms | %.2f / %.1f ms |\n' "$label" "$c" \
        "$(median "${o_r[@]}")" "$(median "${n_r[@]}")" "$(median "${ratios[@]}")" \
        "$(median "${o_a[@]}")" "$(median "${o_p[@]}")" "$(median "${n_a[@]}")" "$(median "${n_p[@]}")"
  done
done

echo
echo "== heap per concurrent stream (slow players that stop reading), against idle connections"
java -Xmx512m -cp "$cp" com.yotosmartstream.streamer.bench.StreamBenchmark memory
echo
echo "== MP3 duration: the probe against a full JLayer decode"
java -Xmx1g -cp "$cp" com.yotosmartstream.streamer.bench.StreamBenchmark probe
