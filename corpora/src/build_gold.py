#!/usr/bin/env python3
"""Build a gold JSONL file from articles written with inline span markers.

Usage: python3 corpora/src/build_gold.py MODULE OUT.jsonl [--show]

MODULE (news_fr, targets_fr, ... in this folder) defines ARTICLES, a list of
article(id, style, marked_text, quotes). In the marked text a span is written
`{LABELS|text}`: LABELS is a comma-separated list of `cN` (content of quote N),
`kN` (cue), `sN` (speaker), `tN` (target), `aN` (audience); spans nest and one
span may carry several labels (`{s4,s5|the minister}` for a speaker shared by two
quotes). Paragraphs are separated by blank lines; each paragraph is one line.
Offsets are code point (Python str) indices into the text without the markers.

Style: `apos=typo` turns every ' into ’ (text and names); `sp=nnbsp` puts a
narrow no-break space (U+202F) inside « » and before ? ! ; and a no-break space
(U+00A0) before :, `sp=nbsp` puts U+00A0 everywhere, `sp=plain` leaves spaces.
"""
import importlib
import json
import os
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

KINDS = {"d": "direct", "m": "mixed", "i": "indirect"}


def q(n, kind, name, act, tn=None, cls="speech"):
    """One quote's labels: number, kind (d/m/i), speaker_name, act, target_name, class."""
    return {"n": n, "kind": KINDS[kind], "name": name, "act": act, "tn": tn, "cls": cls}


def article(aid, style, marked, quotes):
    return {"id": aid, "style": style, "marked": marked, "quotes": quotes}


def apply_style(s, style):
    if "apos=typo" in style:
        s = s.replace("'", "\u2019")
    sp = None
    if "sp=nnbsp" in style:
        sp, colon = "\u202f", "\u00a0"
    elif "sp=nbsp" in style:
        sp, colon = "\u00a0", "\u00a0"
    if sp:
        s = s.replace("« ", "«" + sp).replace(" »", sp + "»")
        for p in "?!;":
            s = s.replace(" " + p, sp + p)
        s = s.replace(" :", colon + ":")
    return s


def parse(marked):
    out, spans, stack = [], {}, []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "{":
            j = marked.index("|", i)
            labels = marked[i + 1:j].split(",")
            for lab in labels:
                if not re.fullmatch(r"[cksta]\d+", lab):
                    raise ValueError(f"bad label {lab!r} near {marked[i:i+40]!r}")
            stack.append((labels, len(out)))
            i = j + 1
        elif ch == "}":
            labels, start = stack.pop()
            for lab in labels:
                if lab in spans:
                    raise ValueError(f"label {lab} used twice")
                spans[lab] = (start, len(out))
            i += 1
        else:
            out.append(ch)
            i += 1
    if stack:
        raise ValueError(f"unclosed span {stack}")
    return "".join(out), spans


def normalise_paragraphs(s):
    s = textwrap.dedent(s).strip("\n")
    paras = [p.strip() for p in re.split(r"\n[ \t]*\n", s)]
    for p in paras:
        if "\n" in p:
            raise ValueError(f"paragraph spans lines: {p[:60]!r}")
    return "\n\n".join(paras)


def build(art):
    style = art["style"]
    text, spans = parse(apply_style(normalise_paragraphs(art["marked"]), style))
    sp = lambda lab: {"start": spans[lab][0], "end": spans[lab][1]} if lab in spans else None
    fix = lambda s: apply_style(s, "apos=typo" if "apos=typo" in style else "") if s else s
    used, quotes = set(), []
    for meta in art["quotes"]:
        n = meta["n"]
        if f"c{n}" not in spans:
            raise ValueError(f"{art['id']}: quote {n} has no content span")
        if (f"t{n}" in spans) != (meta["tn"] is not None):
            raise ValueError(f"{art['id']}: quote {n}: target span and target_name must go together")
        rec = {"kind": meta["kind"], "content": sp(f"c{n}"), "cue": sp(f"k{n}"),
               "speaker": sp(f"s{n}"), "speaker_name": fix(meta["name"]),
               "target": sp(f"t{n}"), "target_name": fix(meta["tn"]),
               "audience": sp(f"a{n}"), "act": meta["act"], "class": meta["cls"]}
        quotes.append(rec)
        used |= {f"{x}{n}" for x in "cksta"}
    stray = set(spans) - used
    if stray:
        raise ValueError(f"{art['id']}: labels without a quote: {sorted(stray)}")
    starts = [r["content"]["start"] for r in quotes]
    if starts != sorted(starts):
        raise ValueError(f"{art['id']}: quotes not in order of content start")
    return {"id": art["id"], "source": "whosaid-corpus", "lang": "fr", "text": text, "quotes": quotes}


def show(rec):
    t = rec["text"]
    f = lambda s: repr(t[s["start"]:s["end"]]) if s else "-"
    print(f"===== {rec['id']} ({len(rec['quotes'])})")
    for i, r in enumerate(rec["quotes"], 1):
        print(f" {i}. {r['kind']:8} {r['act']:10} {r['class']:8} content={f(r['content'])}")
        print(f"      cue={f(r['cue'])} speaker={f(r['speaker'])} name={r['speaker_name']!r}"
              + (f" target={f(r['target'])} tname={r['target_name']!r}" if r["target"] else "")
              + (f" audience={f(r['audience'])}" if r["audience"] else ""))


def main(argv):
    mod = importlib.import_module(argv[0])
    recs = [build(a) for a in mod.ARTICLES]
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids")
    with open(argv[1], "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--show" in argv:
        for r in recs:
            show(r)
    print(f"{argv[1]}: {len(recs)} articles, {sum(len(r['quotes']) for r in recs)} quotes", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
