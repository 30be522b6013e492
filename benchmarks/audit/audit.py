#!/usr/bin/env python3
"""Precision audit of a whosaid build on hand-judged everyday news (BBC and 2023 web news).

usage: audit.py BIN [--json] [--todo FILE] [--bootstrap N] [-- WHOSAID OPTIONS...]

Runs BIN over the audited articles of ../shared/corpora/news-en.jsonl (articles.jsonl lists
them, with a hash of each text), matches every predicted attribution to a judged item of
judgements.jsonl and prints:

  precision   all: the item is a real reporting, its content bounds are right (the
              prediction covers >= 80% of the true content and >= 80% of it is true content)
              and its speaker is right (score.py's rule: span or antecedent overlap, or equal
              names); speech: also of class speech (with `--scope speech` when BIN has it).
              Lenient: content found at 0.3 (score.py's P@0.3 sense) instead of 80/80 bounds.
              Names: also the resolved name equal to the true one.
  by band     precision by confidence value, and of everything at or above it.
  errors      why the wrong ones are wrong (judged categories, bounds, speaker, class).
  unjudged    predictions no judged item answers for: a count, excluded from precision
              (the bracket says what they could do), and with --todo FILE their articles and
              predictions for `judge.py show --todo FILE` (FILE outside the repository).

A prediction is judged by the item with the same span, else by the item whose judged span or
true content overlaps it by >= 50% of the shorter of the two (largest share of the longer
wins). Whosaid options after BIN (or after --) go to every run.
"""
import argparse
import collections
import json
import random
import sys

import auditlib as A


def run_scopes(binary, options):
    """(predictions of scope all, of scope speech, note). A build without --scope gives one run."""
    has_scope = '--scope' in A.build_help(binary)
    if not has_scope or '--scope' in options:
        return None, None, has_scope
    return ['--scope', 'all'], ['--scope', 'speech'], has_scope


def judge_preds(texts, items, preds):
    """One row per prediction: its verdicts against the judged truth (or unjudged)."""
    rows = []
    for doc_id, ps in preds.items():
        text = texts[doc_id]
        for k, p in enumerate(ps, 1):
            span = (p['start'], p['end'])
            it = A.match(span, items.get(doc_id, []))
            row = {'id': doc_id, 'n': k, 'start': span[0], 'end': span[1], 'pred': p,
                   'conf': round(float(p.get('confidence') or 0), 2), 'item': it}
            if it is not None and it['real']:
                truth = (it['content']['start'], it['content']['end'])
                row['bounds'], row['found'] = A.bounds(text, span, truth)
                row['speaker'] = A.speaker_right(text, p, it)
                row['name'] = A.name_right(p, it)
            rows.append(row)
    return rows


def ok(row, scope='all', strict='bounds'):
    it = row['item']
    if it is None or not it['real'] or not row['speaker']:
        return False
    if scope == 'speech' and it['class'] != 'speech':
        return False
    if strict == 'names' and not row['name']:
        return False
    return row['found'] if strict == 'lenient' else row['bounds']


def error_of(row, scope):
    """Why a judged prediction is wrong: the first failing test."""
    it = row['item']
    if not it['real']:
        return it['why']
    if scope == 'speech' and it['class'] != 'speech':
        return 'real ' + it['class'] + ' (not speech)'
    if not row['bounds']:
        return 'real, bounds' + ('' if row['found'] else ' (not even 0.3)')
    return 'real, speaker'


def precision(rows, scope, strict='bounds'):
    judged = [r for r in rows if r['item'] is not None]
    c = sum(ok(r, scope, strict) for r in judged)
    return c, len(judged)


def bootstrap(rows, scope, n, seed=0):
    """95% interval of precision, resampling articles (attributions come in clusters)."""
    by_doc = collections.defaultdict(list)
    for r in rows:
        if r['item'] is not None:
            by_doc[r['id']].append(ok(r, scope))
    docs = sorted(by_doc)
    if not docs or n <= 0:
        return None
    rng = random.Random(seed)
    vals = []
    for _ in range(n):
        pick = [by_doc[rng.choice(docs)] for _ in docs]
        tot = sum(len(v) for v in pick)
        vals.append(sum(sum(v) for v in pick) / tot if tot else 0.0)
    vals.sort()
    return vals[int(0.025 * n)], vals[int(0.975 * n) - 1]


def bands(rows, scope):
    judged = [r for r in rows if r['item'] is not None]
    out = []
    for b in sorted({r['conf'] for r in judged}):
        at = [r for r in judged if r['conf'] == b]
        above = [r for r in judged if r['conf'] >= b]
        out.append({'confidence': b, 'n': len(at), 'precision': frac(sum(ok(r, scope) for r in at), len(at)),
                    'n_at_least': len(above),
                    'precision_at_least': frac(sum(ok(r, scope) for r in above), len(above))})
    return out


def recall_hint(texts, items, checked, preds):
    """Known real attributions (judged real or noted as missed, in articles checked for misses)
    that some prediction covers at >= 0.3, with the right speaker."""
    truths = {}
    for doc_id in checked:
        for it in items.get(doc_id, []):
            if it['real'] and not it.get('headline'):
                truths[(doc_id, it['content']['start'], it['content']['end'])] = it
    found = spk = 0
    for (doc_id, s, e), it in truths.items():
        hits = [p for p in preds.get(doc_id, []) if A.bounds(texts[doc_id], (p['start'], p['end']), (s, e))[1]]
        found += bool(hits)
        spk += any(A.speaker_right(texts[doc_id], p, it) for p in hits)
    return {'known': len(truths), 'found': found, 'found_speaker_right': spk,
            'recall': frac(found, len(truths)), 'recall_speaker_right': frac(spk, len(truths))}


def frac(a, b):
    return round(a / b, 3) if b else None


def summary(rows, rows_speech, texts, items, checked, preds, sources, pool, args):
    unj = [r for r in rows if r['item'] is None]
    unj_s = [r for r in rows_speech if r['item'] is None]
    res = {'predictions': len(rows), 'judged': len(rows) - len(unj), 'unjudged': len(unj)}
    for name, rs, scope in (('all', rows, 'all'), ('speech', rows_speech, 'speech')):
        c, n = precision(rs, scope)
        u = sum(r['item'] is None for r in rs)
        entry = {'correct': c, 'judged': n, 'unjudged': u, 'precision': frac(c, n),
                 'bracket': [frac(c, n + u), frac(c + u, n + u)],
                 'lenient': frac(*precision(rs, scope, 'lenient')),
                 'names': frac(*precision(rs, scope, 'names'))}
        ci = bootstrap(rs, scope, args.bootstrap)
        if ci:
            entry['ci95'] = [round(ci[0], 3), round(ci[1], 3)]
        entry['errors'] = dict(collections.Counter(
            error_of(r, scope) for r in rs if r['item'] is not None and not ok(r, scope)).most_common())
        entry['bands'] = bands(rs, scope)
        res[name] = entry
    real = [r for r in rows if r['item'] is not None and r['item']['real']]
    res['real_predictions'] = len(real)
    res['speaker_acc'] = frac(sum(r['speaker'] for r in real), len(real))
    res['name_acc'] = frac(sum(r['name'] for r in real), len(real))
    with_class = [r for r in real if isinstance(r['pred'].get('cue'), dict) and r['pred']['cue'].get('class')]
    if with_class:
        res['class_acc'] = frac(sum(r['pred']['cue']['class'] == r['item']['class'] for r in with_class),
                                len(with_class))
    res['by_class'] = dict(collections.Counter(r['item']['class'] for r in real))
    res['by_kind'] = {}
    for kind in sorted({r['pred'].get('kind') for r in rows if r['item'] is not None}):
        c, n = precision([r for r in rows if r['pred'].get('kind') == kind], 'all')
        res['by_kind'][kind] = {'correct': c, 'judged': n, 'precision': frac(c, n)}
    res['by_source'] = {}
    for src in sorted({sources[r['id']] for r in rows}):
        for name, rs in (('all', rows), ('speech', rows_speech)):
            c, n = precision([r for r in rs if sources[r['id']] == src], name)
            res['by_source'].setdefault(src, {})[name] = {'correct': c, 'judged': n, 'precision': frac(c, n)}
    # Post-stratified by source: each article weighs pool articles / audited articles of its source.
    drawn = collections.Counter(sources.values())
    w = {src: pool.get(src, 0) / drawn[src] for src in drawn}
    for name, rs in (('all', rows), ('speech', rows_speech)):
        judged = [r for r in rs if r['item'] is not None]
        den = sum(w[sources[r['id']]] for r in judged)
        res[name]['weighted'] = round(sum(w[sources[r['id']]] for r in judged if ok(r, name)) / den, 3) if den else None
    res['pool'] = pool
    res['recall_hint'] = recall_hint(texts, items, checked, preds)
    res['unjudged_ids'] = sorted({r['id'] for r in unj} | {r['id'] for r in unj_s})
    return res


def print_text(res, binary, options, scoped):
    out = sys.stdout.write
    out('whosaid precision audit: %s %s\n' % (binary, ' '.join(options)))
    out('%d predictions in %d audited articles: %d judged, %d unjudged%s\n\n' % (
        res['predictions'], res['articles'], res['judged'], res['unjudged'],
        '' if scoped else ' (no --scope in this build: the speech scope counts every prediction)'))
    out('scope   precision  95% CI        correct/judged  lenient@0.3  +names  bracket (unjudged)\n')
    for s in ('all', 'speech'):
        e = res[s]
        ci = '%.3f-%.3f' % tuple(e['ci95']) if 'ci95' in e else '-'
        out('%-7s %-10s %-13s %4d/%-10d %-12s %-7s %s-%s (%d)\n' % (
            s, e['precision'], ci, e['correct'], e['judged'], e['lenient'], e['names'],
            e['bracket'][0], e['bracket'][1], e['unjudged']))
    out('\nover the %d real ones: speaker %s, name %s%s; classes %s\n' % (
        res['real_predictions'], res['speaker_acc'], res['name_acc'],
        ', cue.class %s' % res['class_acc'] if 'class_acc' in res else '',
        ', '.join('%s %d' % kv for kv in sorted(res['by_class'].items()))))
    out('by kind (all): %s\n' % ', '.join('%s %s (%d/%d)' % (k, v['precision'], v['correct'], v['judged'])
                                          for k, v in res['by_kind'].items()))
    out('by source: %s; weighted to the pool (%s): all %s, speech %s\n' % ('; '.join(
        '%s all %s (%d/%d), speech %s' % (src, v['all']['precision'], v['all']['correct'],
                                          v['all']['judged'], v['speech']['precision'])
        for src, v in res['by_source'].items()),
        ', '.join('%s %d' % kv for kv in sorted(res['pool'].items())), res['all']['weighted'],
        res['speech']['weighted']))
    h = res['recall_hint']
    out('recall hint: %d of %d known real attributions found at 0.3 (%s), %d with the right speaker (%s)\n' % (
        h['found'], h['known'], h['recall'], h['found_speaker_right'], h['recall_speaker_right']))
    for s in ('all', 'speech'):
        out('\nwrong in scope %s:\n' % s)
        for k, v in res[s]['errors'].items():
            out('  %4d  %s\n' % (v, k))
    for s in ('all', 'speech'):
        out('\nconfidence band (scope %s)   n  precision   n>=  precision>=\n' % s)
        for b in res[s]['bands']:
            out('  %-24.2f %4d  %-9s %5d  %s\n' % (b['confidence'], b['n'], b['precision'],
                                                   b['n_at_least'], b['precision_at_least']))
    if res['unjudged']:
        out('\nunjudged predictions in: %s\n' % ', '.join(res['unjudged_ids']))
        out('judge them: audit.py BIN --todo /tmp/todo.jsonl; judge.py show --todo /tmp/todo.jsonl\n')


def write_todo(path, rows_lists, texts):
    """Unjudged predictions per article in judge.py's pending format (their run's numbers)."""
    recs = {}
    for rows in rows_lists:
        for r in rows:
            if r['item'] is None:
                rec = recs.setdefault(r['id'], {'id': r['id'], 'preds': [], 'context': []})
                if any(p['start'] == r['start'] and p['end'] == r['end'] for p in rec['preds']):
                    continue
                rec['preds'].append(dict(r['pred'], n=len(rec['preds']) + 1))
                t = texts[r['id']]
                a = max(0, t.rfind('\n', 0, r['start']) + 1, r['start'] - 300)
                b = t.find('\n', r['end'])
                b = min(len(t) if b < 0 else b, r['end'] + 300)
                rec['context'].append(t[a:b])
    A.write_jsonl(path, [recs[k] for k in sorted(recs)])
    return sum(len(v['preds']) for v in recs.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('bin')
    ap.add_argument('--json', action='store_true', help='one JSON object on stdout')
    ap.add_argument('--todo', help='write the unjudged predictions here (keep it out of the repository)')
    ap.add_argument('--bootstrap', type=int, default=2000, help='resamples for the 95%% CI (0: none)')
    args, options = ap.parse_known_args()
    options = [o for o in options if o != '--']
    shared = A.need_shared()
    arts = A.audited_articles()
    corpus = A.load_corpus(shared, ids={a['id'] for a in arts})
    A.check_texts(arts, corpus)
    texts = {a['id']: corpus[a['id']]['text'] for a in arts}
    items = collections.defaultdict(list)
    for it in A.read_jsonl(A.JUDGEMENTS):
        items[it['id']].append(it)
    docs = [{'id': a['id'], 'text': texts[a['id']]} for a in arts]
    all_opt, speech_opt, scoped = run_scopes(args.bin, options)
    preds = A.run_build(args.bin, options + (all_opt or []), docs)
    rows = judge_preds(texts, items, preds)
    if speech_opt:
        rows_speech = judge_preds(texts, items, A.run_build(args.bin, options + speech_opt, docs))
    else:
        rows_speech = rows
    checked = [a['id'] for a in arts if a.get('missed_checked')]
    res = summary(rows, rows_speech, texts, items, checked, preds,
                  {a['id']: corpus[a['id']].get('source') for a in arts}, A.pool_sizes(shared), args)
    res['articles'] = len(arts)
    res['scope_option'] = bool(speech_opt)
    if args.todo:
        res['todo_written'] = write_todo(args.todo, [rows, rows_speech], texts)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        print_text(res, args.bin, options, scoped)
        if args.todo:
            print('%d unjudged predictions written to %s' % (res['todo_written'], args.todo))


if __name__ == '__main__':
    main()
