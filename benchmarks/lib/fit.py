#!/usr/bin/env python3
"""Make a JSON Lines file of a given size (or article count) from a source file.

    fit.py SRC.jsonl OUT.jsonl --mb SIZE_MB     whole copies of SRC, then an even sample of its lines
    fit.py SRC.jsonl OUT.jsonl --articles N     an even sample of N lines of SRC

Lines are picked at an even stride over the whole source (not a prefix), so every
output has the same mix of articles as SRC and throughput is comparable across
sizes. Deterministic; standard library only.
"""
import argparse
import sys


def stride_pick(lines, k):
    """k lines spread evenly over `lines` (k <= len(lines))."""
    n = len(lines)
    if k >= n:
        return list(lines)
    return [lines[(i * n) // k] for i in range(k)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--mb", type=float)
    g.add_argument("--articles", type=int)
    a = ap.parse_args()
    with open(a.src, "rb") as f:
        data = f.read()
    lines = [l + b"\n" for l in data.split(b"\n") if l.strip()]
    if not lines:
        sys.exit(f"fit: {a.src} has no lines")
    with open(a.out, "wb") as out:
        if a.articles is not None:
            out.write(b"".join(stride_pick(lines, a.articles)))
            return
        target = int(a.mb * 1_000_000)
        total = sum(len(l) for l in lines)
        blob = b"".join(lines)
        written = 0
        while written + total <= target:
            out.write(blob)
            written += total
        rest = target - written
        if rest > 0:
            # an even sample whose size is about `rest` bytes
            k = max(1, round(len(lines) * rest / total))
            part = b"".join(stride_pick(lines, k))
            out.write(part)


if __name__ == "__main__":
    main()
