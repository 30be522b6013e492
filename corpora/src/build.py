#!/usr/bin/env python3
"""Build gold JSONL from a marked-up source (stdlib only).

Usage: python3 corpora/src/build.py SOURCE.txt OUT.jsonl [--show]

The source holds articles; each starts with a line `### ID`, then the text
(paragraphs separated by one blank line), then a line `---`, then one line
per quote:

    N KIND NAME ACT [class=speech|belief|evidence] [tn=TARGET_NAME] [title=TITLE]

NAME and TARGET_NAME are shell-quoted strings, `-` for null. In the text a
span is marked `⟦LABELS:text⟧`, LABELS a comma-separated list of q N
(content), c N (cue), s N (speaker), t N (target), a N (audience): `⟦s3,s4:Reid⟧`
is the speaker of quotes 3 and 4. Marks nest. Offsets are code points.
Lines starting with `#` (but not `###`) after `---` are comments.
"""
import json
import re
import shlex
import sys

OPEN, CLOSE = "\u27e6", "\u27e7"
LABEL = re.compile(r"([qcsta])(\d+)")
ROLE = {"q": "content", "c": "cue", "s": "speaker", "t": "target", "a": "audience"}
ACTS = {"statement", "accusation", "denial", "admission", "warning", "threat", "promise", "demand",
        "question", "criticism", "praise", "prediction", "belief"}


def parse_text(src, aid):
    out, stack, spans, i = [], [], {}, 0
    while i < len(src):
        ch = src[i]
        if ch == OPEN:
            j = src.index(":", i)
            labels = src[i + 1:j].split(",")
            for lab in labels:
                if not LABEL.fullmatch(lab):
                    raise SystemExit(f"{aid}: bad label {lab!r}")
            stack.append((labels, len("".join(out))))
            i = j + 1
            continue
        if ch == CLOSE:
            labels, start = stack.pop()
            end = len("".join(out))
            for lab in labels:
                m = LABEL.fullmatch(lab)
                key = (int(m.group(2)), ROLE[m.group(1)])
                if key in spans:
                    raise SystemExit(f"{aid}: label {lab} used twice")
                spans[key] = {"start": start, "end": end}
            i += 1
            continue
        out.append(ch)
        i += 1
    if stack:
        raise SystemExit(f"{aid}: unclosed mark {stack}")
    return "".join(out), spans


def parse_meta(line, aid):
    toks = shlex.split(line)
    n, kind, name, act = int(toks[0]), toks[1], toks[2], toks[3]
    if act not in ACTS:
        raise SystemExit(f"{aid}: quote {n}: act {act!r}")
    opts = dict(t.split("=", 1) for t in toks[4:])
    bad = set(opts) - {"class", "tn", "title"}
    if bad:
        raise SystemExit(f"{aid}: quote {n}: unknown options {bad}")
    return n, kind, None if name == "-" else name, act, opts


def build(path):
    blocks = re.split(r"^### ", open(path, encoding="utf-8").read(), flags=re.M)[1:]
    arts = []
    for b in blocks:
        aid, rest = b.split("\n", 1)
        aid = aid.strip()
        body, meta = rest.split("\n---\n", 1)
        text, spans = parse_text(body.strip("\n"), aid)
        if re.search(r"\n{3,}|[ \t]\n|\n[ \t]", text):
            raise SystemExit(f"{aid}: stray whitespace between paragraphs")
        quotes = []
        ids = set()
        for line in meta.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            n, kind, name, act, opts = parse_meta(line, aid)
            ids.add(n)
            if (n, "content") not in spans:
                raise SystemExit(f"{aid}: quote {n} has no content span")
            q = {"kind": kind, "content": spans[(n, "content")], "cue": spans.get((n, "cue")),
                 "speaker": spans.get((n, "speaker")), "speaker_name": name}
            if "title" in opts:
                q["speaker_title"] = opts["title"]
            t = spans.get((n, "target"))
            tn = opts.get("tn")
            if (t is None) != (tn is None):
                raise SystemExit(f"{aid}: quote {n}: target span and tn must come together")
            q["target"] = t
            q["target_name"] = tn
            if (n, "audience") in spans:
                q["audience"] = spans[(n, "audience")]
            q["act"] = act
            q["class"] = opts.get("class", "speech")
            quotes.append(q)
        extra = {k[0] for k in spans} - ids
        if extra:
            raise SystemExit(f"{aid}: spans without metadata for quotes {sorted(extra)}")
        quotes.sort(key=lambda q: (q["content"]["start"], q["content"]["end"]))
        arts.append({"id": aid, "source": "whosaid-corpus", "lang": "en", "text": text, "quotes": quotes})
    return arts


def show(arts):
    for a in arts:
        t = a["text"]
        print(f"=== {a['id']} ({len(a['quotes'])} quotes)")
        for q in a["quotes"]:
            g = lambda k: (t[q[k]["start"]:q[k]["end"]] if q.get(k) else None)  # noqa: E731
            print(f"  [{q['kind'][:3]} {q['class'][:3]} {q['act']}] {g('speaker')!r} -> {q['speaker_name']!r}"
                  f"{' (' + q['speaker_title'] + ')' if q.get('speaker_title') else ''} | cue {g('cue')!r}"
                  f"{' | target ' + repr(g('target')) + ' -> ' + repr(q['target_name']) if q.get('target') else ''}"
                  f"{' | to ' + repr(g('audience')) if q.get('audience') else ''}")
            print(f"      {g('content')}")


def main(argv):
    arts = build(argv[1])
    with open(argv[2], "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    if "--show" in argv:
        show(arts)
    print(f"{argv[2]}: {len(arts)} articles, {sum(len(a['quotes']) for a in arts)} quotes", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
