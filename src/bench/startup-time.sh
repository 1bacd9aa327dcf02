#!/usr/bin/env bash
# Startup time of the packaged app: JVM start -> first frame, and -> the corpus list shown.
# Runs the jar N times (default 5) under Xvfb with a fresh CORRIDOR_HOME and prints every run and the medians.
# Needs: mvn package (target/corridor.jar), xvfb-run.   Usage: src/bench/startup-time.sh [N [CORPUS WORKSPACE]]
# With a corpus and a workspace (e.g. the search-scale benchmark's target/bench/corpus-100000 and ws-100000, whose
# catalog cache is then warm) the app runs with -Xmx1g, as the 100,000-article target asks.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
if [ $# -ge 3 ]; then
  args="-Xmx1g -jar target/corridor.jar --corpus $2 --workspace $3"
else
  args="-jar target/corridor.jar"
fi
out=$(mktemp)
for _ in $(seq "$runs"); do
  home=$(mktemp -d)
  CORRIDOR_HOME=$home xvfb-run -a -s "-screen 0 1440x900x24" bash -c \
    "timeout 20 java -Dprism.order=sw -Dcorridor.timing=true $args 2>&1 | grep --line-buffered corridor-timing | head -2; true" \
    | tee -a "$out"
  rm -rf "$home"
done
for what in first-frame corpus-shown; do
  grep " $what " "$out" | awk '{print $3}' | sort -n | awk -v w="$what" '{a[NR]=$1} END {print "median " w ": " a[int((NR+1)/2)] " ms over " NR " runs"}'
done
rm -f "$out"
