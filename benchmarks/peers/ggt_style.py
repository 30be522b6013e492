#!/usr/bin/env python3
"""Peer: a GenderGapTracker-style rule set (written for this suite) on spaCy's en_core_web_sm.

    ggt_style.py IN.jsonl [OUT.jsonl] [--stats STATS.json] [--model NAME]

Not the GenderGapTracker code: the same idea, rules over one spaCy parse.
  1. syntactic quotes: a speech verb (lemma in SPEECH_VERBS) with an nsubj speaker and a
     ccomp/parataxis/xcomp/dobj content clause -> "indirect", or "direct" when the content
     lies inside quote marks;
  2. quote-mark quotes: a "..." / “...” span of 3+ words whose sentence (or the next one) has
     a speech verb with an nsubj -> "direct", speaker = that nsubj;
  3. "according to X" -> speaker X for the rest of the sentence.
Speakers are widened over compound/flat/appos names. Writes {"id", "quotes": [...]} per line.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

SPEECH_VERBS = frozenset("""
say tell add state claim note argue insist warn explain announce declare admit acknowledge
confirm deny report suggest believe think write reply respond recall conclude estimate
predict urge ask stress emphasize emphasise comment describe observe point remark assert
maintain contend allege testify concede reiterate tweet post vow promise caution complain
""".split())
CONTENT_DEPS = {"ccomp", "parataxis", "xcomp", "dobj"}
SUBJ_DEPS = {"nsubj", "nsubjpass"}
QUOTE_RE = re.compile(r'"[^"\n]{2,}?"|“[^”\n]{2,}?”|«[^»\n]{2,}?»')


def speaker_span(tok):
    """The name around a subject token: compounds, flat names, titles; not relative clauses."""
    keep = {"compound", "flat", "amod", "det", "poss", "case", "nmod", "appos", "punct", "prep", "pobj"}
    toks = [tok]
    stack = [c for c in tok.children if c.dep_ in keep]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ in keep)
    toks.sort(key=lambda t: t.i)
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def subtree_span(tok):
    toks = list(tok.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def quote_spans(text):
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text) if len(m.group().split()) >= 3]


def extract(doc):
    text = doc.text
    marks = quote_spans(text)
    found = []
    used = set()

    def inside_marks(s, e):
        for qs, qe in marks:
            if qs <= s and e <= qe + 1:
                return (qs, qe)
        return None

    sents = list(doc.sents)
    cues_by_sent = []
    for sent in sents:
        cues = []
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in SPEECH_VERBS:
                continue
            subj = next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)
            if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
                continue
            cues.append((tok, subj))
            content = next((c for c in tok.children if c.dep_ in CONTENT_DEPS and c.i != subj.i), None)
            if content is None:
                continue
            cs, ce = subtree_span(content)
            if ce - cs < 8:
                continue
            q = inside_marks(cs, ce)
            kind = "direct" if q else "indirect"
            if q:
                cs, ce = q
                used.add(q)
            ss, se = speaker_span(subj)
            found.append({
                "kind": kind,
                "content": common.span(doc, cs, ce),
                "speaker": common.span(doc, ss, se),
                "cue": common.span(doc, tok.idx, tok.idx + len(tok)),
            })
        cues_by_sent.append(cues)

    # Quote marks not yet claimed: look for a speech verb in the same sentence, then the next.
    starts = [s.start_char for s in sents]
    for q in marks:
        if q in used:
            continue
        i = max(0, next((k for k, s in enumerate(starts) if s > q[0]), len(starts)) - 1)
        for k in (i, i + 1):
            if k < len(cues_by_sent) and cues_by_sent[k]:
                tok, subj = cues_by_sent[k][0]
                ss, se = speaker_span(subj)
                found.append({
                    "kind": "direct",
                    "content": common.span(doc, q[0], q[1]),
                    "speaker": common.span(doc, ss, se),
                    "cue": common.span(doc, tok.idx, tok.idx + len(tok)),
                })
                break

    # "according to X": X speaks for its sentence.
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            sent = tok.sent
            ss, se = speaker_span(obj)
            found.append({
                "kind": "indirect",
                "content": common.span(doc, sent.start_char, sent.end_char),
                "speaker": common.span(doc, ss, se),
                "cue": common.span(doc, tok.idx, doc[tok.i + 1].idx + 2),
            })
    found.sort(key=lambda f: f["content"]["start"])
    return found


if __name__ == "__main__":
    common.run("ggt_style: " + __doc__.split("\n")[0], extract)
