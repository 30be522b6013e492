#!/usr/bin/env python3
"""Build a throughput corpus of any size from the project's own sample articles.

    python3 benchmarks/gen-corpus.py SIZE_MB OUT.jsonl [--seed N]

Reads every article in corpora/*.jsonl (field "text", "lang" when present) and
corpora/example.txt, splits them into paragraphs and writes new articles made of
recombined paragraphs of one language until OUT.jsonl holds SIZE_MB megabytes
(10^6 bytes; the last line is not cut). Each line is {"id", "source", "lang",
"text"}; ids vary in form (slugs, URLs, plain numbers) so the id paths of the
reader are exercised too. The output depends only on the inputs and --seed.

All source texts were written for this project (see corpora/README.md), so the
generated corpus may be shared freely. Standard library only.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.path.join(os.path.dirname(HERE), "corpora")


def load_paragraphs(folder):
    """Returns {lang: (leads, paragraphs)}; a lead is an article's first paragraph."""
    texts = []  # (lang, text)
    seen = set()
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    obj = json.loads(line)
                    text = obj.get("text")
                    if isinstance(text, str) and text not in seen:
                        seen.add(text)
                        texts.append((obj.get("lang") or "en", text))
        elif name.endswith(".txt"):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if text not in seen:
                seen.add(text)
                texts.append(("en", text))
    pools = {}
    for lang, text in texts:
        paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
        if not paras:
            continue
        leads, body = pools.setdefault(lang, ([], []))
        leads.append(paras[0])
        body.extend(paras[1:])
    return {k: v for k, v in pools.items() if v[1]}


def make_id(rng, n, lang):
    form = rng.random()
    if form < 0.6:
        return f"gen-{lang}-{n:08d}"
    if form < 0.85:
        return f"https://news.example/{lang}/{2000 + n % 25}/{n % 12 + 1:02d}/story-{n}"
    return n  # a JSON number


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("size_mb", type=float, help="target size in MB (10^6 bytes)")
    ap.add_argument("out", help="output .jsonl path ('-' for stdout)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--corpora", default=CORPORA, help="folder of source articles (default: the repo's corpora/)")
    args = ap.parse_args()

    pools = load_paragraphs(args.corpora)
    if not pools:
        sys.exit(f"gen-corpus: no articles found in {args.corpora}")
    langs = sorted(pools)
    # Weight languages by how much text there is, so English dominates as it does in the sources.
    weights = [len(pools[l][1]) for l in langs]
    rng = random.Random(args.seed)
    target = int(args.size_mb * 1_000_000)

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    written = 0
    n = 0
    buf = []
    bufsize = 0
    while written + bufsize < target:
        n += 1
        lang = rng.choices(langs, weights)[0]
        leads, body = pools[lang]
        paras = [rng.choice(leads)]
        paras += rng.choices(body, k=rng.randint(3, 14))
        sep = "\n\n" if rng.random() < 0.7 else "\n"
        rec = {"id": make_id(rng, n, lang), "source": "whosaid-gen", "lang": lang, "text": sep.join(paras)}
        line = json.dumps(rec, ensure_ascii=rng.random() < 0.1) + "\n"
        buf.append(line)
        bufsize += len(line.encode("utf-8"))
        if len(buf) >= 2000:
            out.write("".join(buf))
            written += bufsize
            buf, bufsize = [], 0
    out.write("".join(buf))
    written += bufsize
    if out is not sys.stdout:
        out.close()
    print(f"gen-corpus: {n} articles, {written / 1e6:.1f} MB -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
