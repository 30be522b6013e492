#!/usr/bin/env python3
"""Peer: textacy's rule-based direct-quotation extractor on spaCy's en_core_web_sm.

    textacy_quotes.py IN.jsonl [OUT.jsonl] [--stats STATS.json] [--model NAME]

Runs `textacy.extract.triples.direct_quotations` over each article and writes
{"id", "quotes": [{"speaker", "cue", "content"}]} per line (character offsets).
"""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from textacy.extract.triples import direct_quotations  # noqa: E402


def tokens_span(doc, toks):
    toks = sorted(toks, key=lambda t: t.i)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
    return common.span(doc, s, e, " ".join(t.text for t in toks))


def extract(doc):
    out = []
    # Raises ValueError on an odd number of quote marks; common.run counts those articles.
    for t in direct_quotations(doc):
        out.append({
            "speaker": tokens_span(doc, t.speaker) if t.speaker else None,
            "cue": tokens_span(doc, t.cue) if t.cue else None,
            "content": common.span(doc, t.content.start_char, t.content.end_char),
        })
    return out


if __name__ == "__main__":
    common.run("textacy_quotes: " + __doc__.split("\n")[0], extract)
