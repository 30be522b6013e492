#!/usr/bin/env bash
# Throughput of whosaid_job.py in Spark local mode next to whosaid run directly,
# on the same generated input. Run test.sh once first (it makes the venv).
#   bench.sh [ARTICLES] [MASTER]    defaults: 4000 articles, local[2]
#   WHOSAID_BIN=path  the binary (default: the package's release build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
n="${1:-4000}"
master="${2:-local[2]}"
bin="${WHOSAID_BIN:-$(cd "$repo" && swift build -c release --show-bin-path)/whosaid}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python" SPARK_LOCAL_IP=127.0.0.1

"$venv/bin/python" "$here/make_input.py" "$n" "$work/in.jsonl"
bytes=$(wc -c < "$work/in.jsonl")
rate() {  # label seconds
  python3 -c "import sys; n,b,s=$n,$bytes,float(sys.argv[2]); print(f'{sys.argv[1]:<34} {s:7.2f} s {n/s:8.0f} articles/s {b/s/1e6:6.2f} MB/s')" "$1" "$2"
}
now() { date +%s.%N; }
since() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$(now)"; }
echo "$n articles, $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
for j in 1 2; do
  t0=$(now)
  "$bin" --jobs $j --quiet < "$work/in.jsonl" > "$work/direct-$j.jsonl"
  rate "whosaid --jobs $j (direct)" "$(since "$t0")"
done
for parts in 2 8; do
  t0=$(now)
  "$venv/bin/spark-submit" --master "$master" --conf spark.ui.enabled=false \
    --conf spark.ui.showConsoleProgress=false \
    "$here/whosaid_job.py" "$work/in.jsonl" "$work/spark-$parts" --binary "$bin" \
    --min-partitions "$parts" > "$work/spark-$parts.log" 2>&1
  t=$(since "$t0")
  job=$(grep -a "Job 0 finished" "$work/spark-$parts.log" | sed 's/.*took \([0-9.]*\) ms.*/\1/')
  rate "spark $master, $parts partitions: submit" "$t"
  rate "spark $master, $parts partitions: job" "$(python3 -c "print($job/1000)")"
  cat "$work/spark-$parts"/part-* | cmp -s - "$work/direct-1.jsonl" || echo "  output differs from whosaid's!"
done
