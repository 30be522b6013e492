#!/usr/bin/env bash
# Tests examples/spark/whosaid_job.py and link_job.py in Spark local mode against
# whosaid and whosaid link run directly. Needs python3 (3.9+), Java 17 and PyPI; the first run installs
# pyspark into examples/spark/.venv (about 520 MB).
#   WHOSAID_BIN=path  use this whosaid instead of building the package
#   SPARK_TEST_WORK=dir  keep the inputs, outputs and logs there
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$here/.venv"

if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
  echo "spark test: installing pyspark into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "pyspark>=3.5,<5"
fi

bin="${WHOSAID_BIN:-}"
if [ -z "$bin" ]; then
  (cd "$repo" && swift build -c release --product whosaid >&2)
  bin="$(cd "$repo" && swift build -c release --show-bin-path)/whosaid"
fi
[ -x "$bin" ] || { echo "spark test: no whosaid binary at $bin" >&2; exit 1; }

work="${SPARK_TEST_WORK:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export SPARK_LOCAL_IP=127.0.0.1   # local mode: stay on the loopback interface
start=$SECONDS
status=0
"$venv/bin/python" "$here/test_job.py" --bin "$bin" --work "$work" || status=1
# The second stage: link_job.py against whosaid link.
"$venv/bin/python" "$here/test_link.py" --bin "$bin" --work "$work" || status=1
echo "spark test: $((SECONDS - start)) s" >&2
exit $status
