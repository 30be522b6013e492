#!/usr/bin/env python3
"""Validate the gold annotation files in corpora/ (stdlib only).

Usage: python3 corpora/check.py [FILE.jsonl ...]

Without arguments every corpora/*.jsonl file is checked. Each line must be
one JSON object:

    {"id": str, "source": str, "lang": "en"|"de"|"fr", "text": str,
     "quotes": [{"kind": "direct"|"mixed"|"indirect",
                 "content": {"start": int, "end": int},
                 "cue": {"start": int, "end": int} | null,
                 "speaker": {"start": int, "end": int} | null,
                 "speaker_name": str | null,
                 // optional, see README.md "Targets, audiences, acts and classes":
                 "target": {"start": int, "end": int} | null, "target_name": str | null,
                 "audience": {"start": int, "end": int} | null,
                 "act": one of ACTS | null, "class": "speech"|"belief"|"evidence",
                 "speaker_title": str | null}]}

A direct quote that nobody is named for has speaker and speaker_name null.

Offsets are Unicode code point indices into `text`, end exclusive.
A direct content opening with a dialogue dash (— or –) needs no closing mark.
Prints one line per problem and a summary; exits 1 if anything failed.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"direct", "mixed", "indirect"}
LANGS = {"en", "de", "fr"}
# Characters that may open / close a quotation (``...'' and ''...'' open/close
# with ` and ').
OPEN_MARKS = set('"“”„‚‘’«»‹›`\'')
CLOSE_MARKS = set('"“”‘’«»‹›\'')
ALL_MARKS = OPEN_MARKS | CLOSE_MARKS
SPACES = " \t\n\u00a0\u202f"
# A French dialogue turn opens with a dash and has no closing mark (README "news-fr.jsonl").
DIALOGUE_DASHES = "\u2014\u2013"
ACTS = {"statement", "accusation", "denial", "admission", "warning", "threat", "promise", "demand",
        "question", "criticism", "praise", "prediction", "belief"}
CLASSES = {"speech", "belief", "evidence"}


def check_span(text, span, what, allow_null):
    if span is None:
        return [] if allow_null else [f"{what} is null"]
    if not isinstance(span, dict) or set(span) != {"start", "end"}:
        return [f"{what} must be an object with exactly start/end"]
    s, e = span["start"], span["end"]
    if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
        return [f"{what} offsets must be integers"]
    if not 0 <= s < e <= len(text):
        return [f"{what} [{s},{e}) out of range or empty (len {len(text)})"]
    frag = text[s:e]
    if frag[0] in SPACES or frag[-1] in SPACES:
        return [f"{what} {frag!r} has leading/trailing whitespace"]
    return []


def check_record(rec):
    errs = []
    if not isinstance(rec, dict):
        return ["line is not a JSON object"]
    for key, typ in (("id", str), ("source", str), ("lang", str), ("text", str), ("quotes", list)):
        if key not in rec:
            errs.append(f"missing key {key!r}")
        elif not isinstance(rec[key], typ):
            errs.append(f"{key!r} must be {typ.__name__}")
    if errs:
        return errs
    if rec["lang"] not in LANGS:
        errs.append(f"lang {rec['lang']!r} not in {sorted(LANGS)}")
    text = rec["text"]
    seen = set()
    for i, q in enumerate(rec["quotes"]):
        p = f"quote {i}"
        if not isinstance(q, dict):
            errs.append(f"{p}: not an object")
            continue
        missing = {"kind", "content", "cue", "speaker", "speaker_name"} - set(q)
        if missing:
            errs.append(f"{p}: missing keys {sorted(missing)}")
            continue
        if q["kind"] not in KINDS:
            errs.append(f"{p}: kind {q['kind']!r} not in {sorted(KINDS)}")
        if q["speaker_name"] is not None and (not isinstance(q["speaker_name"], str) or not q["speaker_name"].strip()):
            errs.append(f"{p}: speaker_name must be a non-empty string or null")
        span_errs = (check_span(text, q["content"], f"{p} content", False)
                     + check_span(text, q["cue"], f"{p} cue", True)
                     + check_span(text, q["speaker"], f"{p} speaker", True))
        errs += span_errs
        if span_errs:
            continue
        c = text[q["content"]["start"]:q["content"]["end"]]
        key = (q["content"]["start"], q["content"]["end"])
        if key in seen:
            errs.append(f"{p}: duplicate content span {key}")
        seen.add(key)
        if q["kind"] == "direct":
            if c[0] in DIALOGUE_DASHES:
                pass  # a dialogue turn (`— Nous ne céderons pas, a lancé X.`) has no closing mark
            elif c[0] not in OPEN_MARKS or c[-1] not in CLOSE_MARKS:
                errs.append(f"{p}: direct content must start and end with a quote mark: {c[:30]!r}...{c[-30:]!r}")
        elif q["kind"] == "mixed":
            if not any(ch in '"“”„«»‹›‘’' for ch in c):
                errs.append(f"{p}: mixed content contains no quotation mark: {c!r}")
        elif q["kind"] == "indirect":
            if c[0] in '"“„«»' or c[-1] in '"”“»«':
                errs.append(f"{p}: indirect content looks quoted: {c!r}")
        for key in ("target", "audience"):
            if key in q:
                errs += check_span(text, q[key], f"{p} {key}", True)
        if "target_name" in q and q["target_name"] is not None and (
                not isinstance(q["target_name"], str) or not q["target_name"].strip()):
            errs.append(f"{p}: target_name must be a non-empty string or null")
        if q.get("act") is not None and q["act"] not in ACTS:
            errs.append(f"{p}: act {q['act']!r} not in {sorted(ACTS)}")
        if "class" in q and q["class"] not in CLASSES:
            errs.append(f"{p}: class {q['class']!r} not in {sorted(CLASSES)}")
        if q["speaker"] and q["cue"]:
            a, b = q["speaker"], q["cue"]
            if a["start"] < b["end"] and b["start"] < a["end"]:
                errs.append(f"{p}: speaker and cue overlap")
        if "speaker_title" in q and q["speaker_title"] is not None and (
                not isinstance(q["speaker_title"], str) or not q["speaker_title"].strip()):
            errs.append(f"{p}: speaker_title must be a non-empty string or null")
        if q["speaker"] is None and q["speaker_name"] is None and q["kind"] != "direct":
            errs.append(f"{p}: neither speaker span nor speaker_name (only a direct quote may have no speaker)")
    return errs


def check_file(path):
    """Return (n_ok, n_bad, messages, stats)."""
    ok = bad = 0
    msgs = []
    stats = {"articles": 0, "quotes": 0, "direct": 0, "mixed": 0, "indirect": 0}
    ids = set()
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                msgs.append(f"{path}:{ln}: blank line")
                bad += 1
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                msgs.append(f"{path}:{ln}: invalid JSON: {e}")
                bad += 1
                continue
            errs = check_record(rec)
            rid = rec.get("id") if isinstance(rec, dict) else None
            if rid in ids:
                errs.append(f"duplicate id {rid!r}")
            ids.add(rid)
            # A gold file whose id names a file in the repository must match it.
            if not errs and isinstance(rid, str) and rid.startswith("corpora/"):
                src = os.path.join(os.path.dirname(HERE), rid)
                if os.path.exists(src):
                    with open(src, encoding="utf-8") as g:
                        if g.read() != rec["text"]:
                            errs.append(f"text differs from {rid}")
            if errs:
                bad += 1
                msgs += [f"{path}:{ln} ({rid}): {e}" for e in errs]
            else:
                ok += 1
                stats["articles"] += 1
                stats["quotes"] += len(rec["quotes"])
                for q in rec["quotes"]:
                    stats[q["kind"]] += 1
    return ok, bad, msgs, stats


def main(argv):
    files = argv or sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    if not files:
        print("no .jsonl files found")
        return 1
    total_ok = total_bad = 0
    for path in files:
        ok, bad, msgs, st = check_file(path)
        total_ok += ok
        total_bad += bad
        for m in msgs:
            print(m)
        print(f"{os.path.basename(path)}: {st['articles']} articles, {st['quotes']} quotes "
              f"(direct {st['direct']}, mixed {st['mixed']}, indirect {st['indirect']})"
              + (f", {bad} FAILED" if bad else ""))
    print(f"{total_ok} passed, {total_bad} failed")
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
