#!/usr/bin/env bash
# The command's failure paths, each with the exit status and message it must give
# (issue 18): a full disk, a closed pipe, a binary file, unreadable files (permission,
# I/O error), a file removed while the folder is being read, a truncated JSON line at
# the end, SIGINT in the middle of a run (the output so far is whole lines), empty
# stdin; and peak memory: a 100 MB single-line quote-dense article, and 1 GB of news.
#
#   benchmarks/faults.sh                 # builds a release binary, runs every case
#   WHOSAID_BIN=path/to/whosaid benchmarks/faults.sh
#   FAULTS_NEWS_MB=200 benchmarks/faults.sh   # a smaller news stream (default 1000)
#
# Environment: WHOSAID_BIN, FAULTS_NEWS_MB, MAX_RSS_ARTICLE_MB (default 300),
# MAX_RSS_NEWS_MB (default 100), BENCH_SCRATCH (build folder, default .build).
# Exits 1 when a case fails; the last line is 'N passed, M failed'.
set -uo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${WHOSAID_BIN:-}" ]]; then
  scratch=${BENCH_SCRATCH:-.build}
  swift build -c release --product whosaid --scratch-path "$scratch" >&2 || exit 1
  WHOSAID_BIN=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/whosaid
fi
bin=$(cd "$(dirname "$WHOSAID_BIN")" && pwd)/$(basename "$WHOSAID_BIN")
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# expect NAME WANT_STATUS GOT_STATUS STDERR_FILE [TEXT ...]: the status, and each TEXT in stderr.
expect() {
  local name=$1 want=$2 got=$3 err=$4
  shift 4
  local problems=()
  [[ "$got" == "$want" ]] || problems+=("exit status $got, expected $want")
  for text in "$@"; do
    grep -qF -- "$text" "$err" || problems+=("stderr lacks: $text")
  done
  if ((${#problems[@]} == 0)); then
    passed=$((passed + 1))
    printf 'ok    %s\n' "$name"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s\n' "$name"
    printf '        %s\n' "${problems[@]}"
    sed 's/^/        stderr: /' "$err" | head -5
  fi
}

# fact NAME CONDITION-STATUS MESSAGE: a check that is not about stderr.
fact() {
  if [[ "$2" == 0 ]]; then
    passed=$((passed + 1))
    printf 'ok    %s\n' "$1"
  else
    failed=$((failed + 1))
    printf 'FAIL  %s: %s\n' "$1" "$3"
  fi
}

good="$tmp/good.txt"
printf '"We are ready," the coach said.\n' > "$good"

# A full disk: said, with how far the records got, and the summary; status 1.
"$bin" "$good" > /dev/full 2> "$tmp/err"
expect "full disk (extract)" 1 $? "$tmp/err" \
  "whosaid: error: cannot write stdout: No space left on device (no article was written whole)" \
  "whosaid: 1 article read, 0 written, 1 failed"
"$bin" report "$good" > /dev/full 2> "$tmp/err"
expect "full disk (report)" 1 $? "$tmp/err" "whosaid: error: cannot write stdout: No space left on device"

# A closed pipe (| head): quiet, status 0.
python3 benchmarks/gen-corpus.py 5 "$tmp/news.jsonl" > /dev/null 2>&1
"$bin" "$tmp/news.jsonl" 2> "$tmp/err" | head -c 100 > /dev/null
status=${PIPESTATUS[0]}
expect "closed pipe" 0 "$status" "$tmp/err"
fact "closed pipe is quiet" "$([[ -s "$tmp/err" ]] && echo 1 || echo 0)" "stderr: $(head -c 200 "$tmp/err")"

# A binary file: a failure naming it, not an article; the other input still comes out.
"$bin" "$bin" "$good" > "$tmp/out" 2> "$tmp/err"
expect "binary file" 1 $? "$tmp/err" "whosaid: error: $bin: binary data (NUL bytes), not an article" \
  "2 articles read, 1 written, 1 failed"
fact "binary file: the good article written" "$(grep -c '"id"' "$tmp/out" | grep -qx 1; echo $?)" "$(wc -l < "$tmp/out") records"

# Unreadable files: no permission (run as nobody when root, who may read anything),
# and an I/O error on read (/proc/self/mem at offset 0).
locked="$tmp/locked.txt"
cp "$good" "$locked"
chmod 000 "$locked"
if [[ $(id -u) == 0 ]] && command -v setpriv > /dev/null; then
  # A copy in the temporary folder: the build folder may be closed to nobody.
  cp "$bin" "$tmp/whosaid" && chmod 755 "$tmp/whosaid" && chmod 644 "$good"
  setpriv --reuid=65534 --regid=65534 --clear-groups "$tmp/whosaid" "$locked" "$good" > "$tmp/out" 2> "$tmp/err"
else
  "$bin" "$locked" "$good" > "$tmp/out" 2> "$tmp/err"
fi
expect "unreadable file (permission)" 1 $? "$tmp/err" "whosaid: error: $locked: cannot read: Permission denied"
"$bin" /proc/self/mem "$good" > "$tmp/out" 2> "$tmp/err"
expect "unreadable file (I/O error)" 1 $? "$tmp/err" "whosaid: error: /proc/self/mem: cannot read: Input/output error"

# A file removed while the folder is read: b.txt is a FIFO, so whosaid waits on it
# after listing the folder; c.txt is removed meanwhile, then b.txt is written.
mkdir "$tmp/folder"
cp "$good" "$tmp/folder/a.txt"
mkfifo "$tmp/folder/b.txt"
cp "$good" "$tmp/folder/c.txt"
"$bin" "$tmp/folder" > "$tmp/out" 2> "$tmp/err" &
pid=$!
sleep 1
rm "$tmp/folder/c.txt"
printf '"Fine," Ana said.\n' > "$tmp/folder/b.txt"
wait $pid
expect "file removed while reading" 1 $? "$tmp/err" \
  "whosaid: error: $tmp/folder/c.txt: cannot read: No such file or directory"
fact "file removed: the others written" "$(grep -c '"id"' "$tmp/out" | grep -qx 2; echo $?)" "$(wc -l < "$tmp/out") records"

# A truncated JSON line at the end of the input.
printf '{"id":1,"text":"\\"Yes,\\" Ana said."}\n{"id":2,"text":"\\"No,\\" Ben sa' > "$tmp/cut.jsonl"
"$bin" "$tmp/cut.jsonl" > "$tmp/out" 2> "$tmp/err"
expect "truncated JSON line at EOF" 1 $? "$tmp/err" "$tmp/cut.jsonl:2: malformed JSON: unterminated string" \
  "2 articles read, 1 written, 1 failed"

# Empty stdin: no record, a warning, status 0.
"$bin" < /dev/null > "$tmp/out" 2> "$tmp/err"
expect "empty stdin" 0 $? "$tmp/err" "whosaid: warning: stdin is empty: no article read"
fact "empty stdin: no record" "$([[ -s "$tmp/out" ]] && echo 1 || echo 0)" "stdout: $(head -c 100 "$tmp/out")"

# SIGINT in the middle of a run, with a slow reader of stdout: status 130, and what
# was written is whole records.
python3 benchmarks/gen-corpus.py 40 "$tmp/big.jsonl" > /dev/null 2>&1
mkfifo "$tmp/pipe"
python3 -c '
import sys, time
out = open(sys.argv[1], "wb")
while True:
    b = sys.stdin.buffer.read(65536)
    if not b: break
    out.write(b)
    time.sleep(0.01)
' "$tmp/interrupted" < "$tmp/pipe" &
reader=$!
"$bin" --jobs 2 "$tmp/big.jsonl" > "$tmp/pipe" 2> "$tmp/err" &
pid=$!
sleep 2
kill -INT $pid
wait $pid
status=$?
wait $reader
expect "SIGINT mid-run" 130 "$status" "$tmp/err" "whosaid: error: interrupted by SIGINT; the output holds whole records only"
python3 - "$tmp/interrupted" <<'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
assert data and data.endswith(b"\n"), "output empty or cut inside a line"
for line in data.split(b"\n")[:-1]:
    json.loads(line)
PY
fact "SIGINT mid-run: whole records only" $? "$(wc -c < "$tmp/interrupted") bytes, last line cut or invalid"

# Peak memory of the whosaid process (its own ru_maxrss, from wait4 in a small
# Python that starts it): one 100 MB quote-dense article on one line, and a stream
# of news articles on stdin.
peak() {
  python3 -c '
import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(os.waitstatus_to_exitcode(status), round(usage.ru_maxrss / 1024))
' "$@"
}
python3 -c '
import sys
para = "\\\"We will decide soon,\\\" the mayor said. \\\"No,\\\" Ana Lind said.\\n\\n"
sys.stdout.write("{\"id\":\"dense\",\"text\":\"" + para * (100_000_000 // len(para) + 1) + "\"}\n")
' > "$tmp/dense.jsonl"
read -r status mb < <(peak "$bin" -q "$tmp/dense.jsonl")
limit=${MAX_RSS_ARTICLE_MB:-300}
fact "100 MB single-line quote-dense article: peak RSS $mb MB (limit $limit)" \
  "$([[ $status == 0 && $mb -le $limit ]]; echo $?)" "status $status"
rm -f "$tmp/dense.jsonl"
news=../shared/corpora/news-en.jsonl
[[ -f "$news" ]] || news="$tmp/big.jsonl"
news_mb=${FAULTS_NEWS_MB:-1000}
limit=${MAX_RSS_NEWS_MB:-100}
read -r status mb < <(python3 -c '
import sys
chunk = open(sys.argv[1], "rb").read()
left = int(sys.argv[2]) * 1_000_000
while left > 0:  # whole copies: the last line is not cut
    sys.stdout.buffer.write(chunk)
    left -= len(chunk)
' "$news" "$news_mb" | peak "$bin" -q --input jsonl)
fact "$news_mb MB of news ($(basename "$news")) on stdin: peak RSS $mb MB (limit $limit)" \
  "$([[ $status == 0 && $mb -le $limit ]]; echo $?)" "status $status"

echo "$passed passed, $failed failed"
((failed == 0))
