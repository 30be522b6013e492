#!/usr/bin/env bash
# Linear time on hostile inputs: times whosaid (release, one job, one window for the
# whole input; user CPU time, so that other load on the machine does not count) on each shape of
# Tests/WhoSaidTests/AdversarialTests.swift at size S and 10×S and prints the ratio.
# A ratio above 15 (MAX_RATIO) means superlinear behaviour: the script exits 1. CI runs
# it (.ci/run) with REPS=2; the suite itself has no wall-clock limit but a hang guard.
#
#   benchmarks/adversarial.sh            # S = 1 MB (100,000 lines for the line cases)
#   SIZE=200000 benchmarks/adversarial.sh
#
# Environment: SIZE (bytes, default 1000000), REPS (best of N, default 3),
# MAX_RATIO (default 15), BENCH_SCRATCH (build folder, default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${SIZE:-1000000}
reps=${REPS:-3}
max_ratio=${MAX_RATIO:-15}
scratch=${BENCH_SCRATCH:-.build}
swift build -c release --product whosaid --scratch-path "$scratch" >&2
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/whosaid
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The inputs: NAME.S.txt and NAME.L.txt (10×), or .jsonl for the reader.
python3 - "$tmp" "$size" <<'PY'
import json, os, sys
tmp, S = sys.argv[1], int(sys.argv[2])
def rep(p, n):
    b = p.encode("utf-8")
    return b * max(1, n // len(b))
def rand(seed, n, alphabet=None):
    # SplitMix64, as the tests use.
    out = bytearray()
    s = seed
    M = (1 << 64) - 1
    for _ in range(n):
        s = (s + 0x9E3779B97F4A7C15) & M
        z = s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        z ^= z >> 31
        out.append(z & 0xFF if alphabet is None else alphabet[z % len(alphabet)])
    return bytes(out)
para = ("The minister said that the talks would continue next week, and she told reporters the plan was ready. "
        "According to officials, the delegation accused the rebels of breaking the ceasefire.\n\n")
cases = {
    "dquotes": lambda n: rep('"', n),
    "dquotes-words": lambda n: rep('a" ', n),
    "marks": lambda n: rep("“‘«„", n),
    "marks-words": lambda n: rep("“a ‘b «c „d ”e ’f »g ", n),
    "marks-apostrophes": lambda n: rep("'“'‘ s' «'„'", n),
    "no-spaces": lambda n: rep("Hesaid,\"Wewillgo.\"Thestatementsaid'no'—Smith.", n),
    "one-word": lambda n: rep("x", n),
    "cues": lambda n: rep("said told added says warned denied accused according to ", n),
    "cues-speakers": lambda n: rep("he said she told the ministry added that ", n),
    "said-that": lambda n: rep("Smith said that Jones said that ", n),
    "quotes-1-para": lambda n: rep("\"We will go,\" he said. ", n),
    "random": lambda n: rand(0x5EED, n),
    "random-text": lambda n: rand(42, n, "  aeiouSMsaid\"'.,—\n“”‘’«»„:".encode("utf-8")),
    "nul": lambda n: b"\0" * n,
    "nul-text": lambda n: rep("He\0 said\0 \"\0yes\0\"\0.\0\n", n),
    "open-mark-article": lambda n: "“".encode() + rep(para, n),
    "open-mark-paragraph": lambda n: "“".encode() + rep(para.replace("\n\n", " "), n),
    "lines": lambda n: rep("\"We will go,\" Smith said.\n", n // 10 * 26),   # S: 100,000 lines
    "lines-no-cue": lambda n: rep("x\n", n // 10 * 2),
    "blank-lines": lambda n: rep("\n", n),
    "names": lambda n: rep("Sergei Lavrov Ingrid Solberg Moscow the Kremlin ", n),
    "names-pronouns": lambda n: rep("Sergei Lavrov said it. He said it. The Kremlin said it. ", n),
    "abbreviations": lambda n: rep("Mr. Dr. U.S. Gen. A. B. ", n),
    "dashes": lambda n: rep("— — -- ", n),
    # German and French (detected as such by --lang auto): runs of reported sentences, cues.
    "de-hearsay": lambda n: rep("Der Brand soll von einem Kind ausgelöst worden sein. ", n),
    "de-subjunctive": lambda n: rep("Die Lage sei ernst. Die Kliniken seien voll. Er habe nichts gewusst. ", n),
    "de-cues": lambda n: rep("sagte der Minister, teilte die Polizei mit, laut einem Sprecher der Stadt ", n),
    "short-quotes-1-sentence": lambda n: rep("„eins zwei drei vier“ und ", n),
    "de-one-sentence": lambda n: rep("in der Rede, sagte Thaksin, man werde kämpfen und sagte, es sei demnach laut „Welt“ nach eigenen Angaben so, ", n),
    # Session 4's bounded looks: sentence-opening adverbs, particles and bare nouns searched for
    # nearby, relative clauses before the verb, `so X bei …` after reported speech.
    "de-openers": lambda n: rep("Weiterhin erklärte die Ministerin, die Lage sei ernst. Von der Leyen betonte, Sirenen heulten. "
                               "Sirenen heulten laut. Die Lage sei ernst, so Joachim Banke gegenüber der Zeitung. "
                               "Peter Baptie, der das Beben zuerst gemessen und gemeldet hatte, sagte, dass es ernst sei. ", n),
    "fr-inversion": lambda n: rep("« Nous partons », a-t-il dit. Selon lui, la situation est grave. ", n),
}
# Binary data (NUL bytes, mostly invalid UTF-8) is refused as a file, so these shapes
# reach the extractor as JSON Lines: NUL escaped as \u0000, invalid bytes as U+FFFD
# (what whosaid makes of a file with a few of them).
as_json = {"random", "nul", "nul-text"}
for name, make in cases.items():
    for tag, n in (("S", S), ("L", 10 * S)):
        if name.startswith("random") and tag == "L":  # ten copies: generating is slow in Python
            data = make(S) * 10
        else:
            data = make(n)
        if name in as_json:
            text = data.decode("utf-8", errors="replace")
            line = json.dumps({"id": name, "text": text}, ensure_ascii=False) + "\n"
            open(os.path.join(tmp, "%s.%s.jsonl" % (name, tag)), "w", encoding="utf-8").write(line)
        else:
            open(os.path.join(tmp, "%s.%s.txt" % (name, tag)), "wb").write(data)
# The reader: one line of many deeply nested siblings, and many fields.
nest = "[" * 400 + "]" * 400
for tag, n in (("S", S), ("L", 10 * S)):
    k = max(1, n // len(nest))
    line = '{"id":1,"x":[' + ",".join([nest] * k) + '],"text":"He said it."}\n'
    open(os.path.join(tmp, "json-deep-siblings.%s.jsonl" % tag), "w").write(line)
    k = max(1, n // 12)
    line = "{" + ",".join('"f%d":%d' % (i, i) for i in range(k)) + ',"id":1,"text":"x"}\n'
    open(os.path.join(tmp, "json-many-fields.%s.jsonl" % tag), "w").write(line)
    line = '{"id":1,"text":"' + "\\u00e9\\ud83d\\ude00\\\"" * max(1, n // 20) + '"}\n'
    open(os.path.join(tmp, "json-escapes.%s.jsonl" % tag), "w").write(line)
PY

python3 - "$bin" "$tmp" "$reps" "$max_ratio" <<'PY'
import glob, os, resource, subprocess, sys
binary, tmp, reps, max_ratio = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
def best(path):
    b = None
    for _ in range(reps):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        # One window for the whole input: the extractor itself must stay linear.
        subprocess.run([binary, "--jobs", "1", "-q", "--window", "1024M", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        # User time: the work of the code. System time is mostly page faults for the
        # memory, which grow faster than it on this VM (26 MB of one-line paragraphs:
        # 0.05 -> 1.4-2.3 s for 10x the size, old and new builds alike); memory is
        # bounded and checked by benchmarks/faults.sh.
        t = r1.ru_utime - r0.ru_utime
        b = t if b is None else min(b, t)
    return b
print("| input | S bytes | 10×S bytes | user CPU S (s) | user CPU 10×S (s) | ratio |")
print("|---|---|---|---|---|---|")
bad = []
for small in sorted(glob.glob(os.path.join(tmp, "*.S.*"))):
    name, ext = os.path.basename(small).split(".S.")
    large = os.path.join(tmp, name + ".L." + ext)
    ts, tl = best(small), best(large)
    ratio = tl / max(ts, 1e-6)
    flag = " **superlinear**" if ratio > max_ratio else ""
    if flag:
        bad.append(name)
    print("| %s | %d | %d | %.3f | %.3f | %.1f%s |" % (name, os.path.getsize(small), os.path.getsize(large), ts, tl, ratio, flag), flush=True)
if bad:
    print("adversarial.sh: more than %g× longer at 10× the size: %s" % (max_ratio, ", ".join(bad)), file=sys.stderr)
    sys.exit(1)
PY
