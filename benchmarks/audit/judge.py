#!/usr/bin/env python3
"""Grow the precision audit: draw its articles, show them with a build's predictions,
and add verdicts to judgements.jsonl (ids, offsets and labels only; no text).

usage:
  judge.py draw BIN [--target N] [--seed S]   the audited articles (articles.jsonl)
  judge.py show ID... [--bin BIN | --todo FILE] [--all]
  judge.py add VERDICTS [--todo FILE]         merge verdicts into judgements.jsonl
  judge.py check                              validate judgements.jsonl

`show` prints the whole article with the predictions marked ([[n ... ]]n around the content,
{n ... }n around the speaker) and a numbered list of them; it keeps the predictions it showed
in the pending file (default /tmp/whosaid-audit/pending.jsonl; a --todo file from audit.py
serves as well), so that a verdict can name a prediction by its number. By default only
predictions no judged item answers for are listed; --all lists every one.

A verdicts file (keep it outside the repository: it quotes the article) has one block per
article:

  @ bbc-business-001
  1 speech                      real speech; content, speaker and name as predicted
  2 belief n="Acme Holdings"    real belief; the true name differs from the prediction's
  3 speech c="The firm..next year" s="Ms Lee" n="Jane Lee"
  4 F:negated                   not a reporting; why = one of auditlib.WHY
  5 speech s=- n=-              real, but nobody is named as its speaker
  + speech c="prices..rise" s="analysts" n="analysts"   a reporting the build missed
  6 speech head                 (flag) the article's own headline

c="FROM..TO" (or c="TEXT") is the true content (from the start of FROM to the end of TO, the occurrence
pair nearest the prediction); s="TEXT" the speaker's mention nearest the cue (whole words);
c=START:END and s=START:END give code-point offsets. Omitted: the predicted content, the
predicted speaker span (or its antecedent; for a carried speaker the span of the nearest
earlier prediction with the same name), the predicted name (or the speaker's words).
"""
import argparse
import json
import random
import re
import shlex
import sys
from pathlib import Path

import auditlib as A

PENDING = Path('/tmp/whosaid-audit/pending.jsonl')


# --- draw -------------------------------------------------------------------------------

def draw(args):
    shared = A.need_shared()
    dev = {d['id'] for d in A.read_jsonl(shared / A.DEV_SET)}
    corpus = A.load_corpus(shared, sources=set(A.SOURCES))
    pool = sorted((a for a in corpus.values() if a['id'] not in dev), key=lambda a: a['id'])
    random.Random(args.seed).shuffle(pool)
    old = {a['id']: a for a in A.audited_articles()}
    rows, total = [], 0
    for start in range(0, len(pool), 50):
        chunk = pool[start:start + 50]
        preds = A.run_build(args.bin, [], chunk)
        for a in chunk:
            n = len(preds[a['id']])
            total += n
            prev = old.get(a['id'], {})
            rows.append({'id': a['id'], 'rank': len(rows) + 1, 'sha': A.text_hash(a['text']),
                         'chars': len(a['text']), 'drawn_n': n,
                         'missed_checked': prev.get('missed_checked', False)})
            if total >= args.target:
                break
        if total >= args.target:
            break
    A.write_jsonl(A.ARTICLES, rows)
    print('%d articles, %d attributions of %s (seed %d, pool %d)' % (len(rows), total, args.bin,
                                                                      args.seed, len(pool)))


# --- show -------------------------------------------------------------------------------

def load_pending(path):
    return {r['id']: r for r in A.read_jsonl(path)} if Path(path).exists() else {}


def save_pending(path, recs):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    A.write_jsonl(path, [recs[k] for k in sorted(recs)])


def mark(text, preds):
    """The text with [[n ...]]n around each content and {n ...}n around each speaker."""
    ins = []
    for p in preds:
        n = p['n']
        ins += [(p['start'], 1, '[[%d ' % n), (p['end'], 0, ']]%d' % n)]
        s = p.get('speaker') or {}
        if s.get('start') is not None:
            ins += [(s['start'], 1, '{%d ' % n), (s['end'], 0, '}%d' % n)]
    out, pos = [], 0
    for at, _, tag in sorted(ins, key=lambda x: (x[0], x[1])):
        out += [text[pos:at], tag]
        pos = at
    out.append(text[pos:])
    return ''.join(out)


def describe(p, item):
    s = p.get('speaker') or {}
    cue = p.get('cue') or {}
    who = '—' if not p.get('speaker') else '%r@%s→%s (%s, %s%s)' % (
        s.get('text'), s.get('start'), s.get('name'), s.get('kind'), s.get('resolution'),
        ', ante %r' % s['antecedent'].get('text') if isinstance(s.get('antecedent'), dict) else '')
    cls = (cue.get('class') or '') and ' class=' + cue['class']
    judged = '' if item is None else '  [judged: %s]' % (
        ('F:' + item['why']) if not item['real'] else item['class'])
    return '%2d %-8s %.2f cue=%r%s spk=%s %d:%d%s' % (
        p['n'], p.get('kind'), p.get('confidence', 0), cue.get('text'), cls, who,
        p['start'], p['end'], judged)


def show(args):
    shared = A.need_shared()
    pending = load_pending(args.pending)
    items = items_by_id(A.read_jsonl(A.JUDGEMENTS) if A.JUDGEMENTS.exists() else [])
    if args.todo:
        todo = load_pending(args.todo)
        ids = args.ids or sorted(todo)
        corpus = A.load_corpus(shared, ids=set(ids))
        recs = {i: todo[i] for i in ids if i in todo}
    else:
        ids = args.ids
        corpus = A.load_corpus(shared, ids=set(ids))
        preds = A.run_build(args.bin, [], [corpus[i] for i in ids])
        recs = {}
        for i in ids:
            ps = [dict(p, n=k + 1) for k, p in enumerate(preds[i])]
            recs[i] = {'id': i, 'preds': ps}
    for i in ids:
        text = corpus[i]['text']
        ps = recs[i]['preds']
        judged = [(p, A.match((p['start'], p['end']), items.get(i, []))) for p in ps]
        if not args.all:
            ps = [p for p, it in judged if it is None]
            judged = [(p, None) for p in ps]
        print('=' * 30, i, '(%d chars)' % len(text))
        print(mark(text, ps))
        print('-' * 30)
        for p, it in judged:
            print(describe(p, it))
        pending[i] = {'id': i, 'preds': recs[i]['preds']}
    save_pending(args.pending, pending)


# --- add --------------------------------------------------------------------------------

def items_by_id(items):
    out = {}
    for it in items:
        out.setdefault(it['id'], []).append(it)
    return out


def is_word_at(text, s, e):
    before = s == 0 or not text[s - 1].isalnum()
    after = e >= len(text) or not text[e].isalnum()
    return before and after


def find_all(text, needle, words=False):
    out = [m.start() for m in re.finditer(re.escape(needle), text)]
    return [s for s in out if not words or is_word_at(text, s, s + len(needle))]


def resolve_content(text, val, anchor):
    m = re.fullmatch(r'(\d+):(\d+)', val)
    if m:
        return int(m.group(1)), int(m.group(2))
    a, b = val.split('..', 1) if '..' in val else (val, '')
    starts = find_all(text, a)
    ends = [e + len(b) for e in find_all(text, b)] if b else [s + len(a) for s in starts]
    pairs = [(s, min(e for e in ends if e > s)) for s in starts if any(e > s for e in ends)]
    if not pairs:
        raise ValueError('content %r not found' % val)
    return min(pairs, key=lambda p: (abs(p[0] - anchor[0]) + abs(p[1] - anchor[1]), p))


def resolve_speaker(text, val, anchor):
    m = re.fullmatch(r'(\d+):(\d+)', val)
    if m:
        return int(m.group(1)), int(m.group(2))
    occ = find_all(text, val, words=True)
    if not occ:
        raise ValueError('speaker %r not found' % val)
    s = min(occ, key=lambda s: (abs(s - anchor), s))
    return s, s + len(val)


def parse_line(line):
    toks = shlex.split(line)
    head, verdict, rest = toks[0], toks[1], toks[2:]
    opts = {}
    for t in rest:
        k, _, v = t.partition('=')
        opts[k] = v if _ else True
    return head, verdict, opts


def make_item(doc_id, text, pred, verdict, opts, carried_from=None):
    """One judged item from a verdict on a prediction (pred) or on a missed span (pred None)."""
    start, end = (pred['start'], pred['end']) if pred else (None, None)
    if verdict.startswith('F'):
        why = verdict[2:]
        if pred is None or why not in A.WHY:
            raise ValueError('F:WHY with WHY one of %s, on a prediction' % ', '.join(A.WHY))
        return {'id': doc_id, 'start': start, 'end': end, 'real': False, 'class': None,
                'content': None, 'bounds_ok': None, 'speaker': None, 'speaker_name': None,
                'why': why}
    if verdict not in A.CLASSES:
        raise ValueError('verdict %r: speech, belief, evidence or F:WHY' % verdict)
    anchor = (start, end)
    if 'c' in opts:
        cs, ce = resolve_content(text, opts['c'], anchor if pred else (0, 0))
    elif pred:
        cs, ce = start, end
    else:
        raise ValueError('a missed item needs c=')
    if pred is None:
        start, end = cs, ce
    spk = (pred or {}).get('speaker') or {}
    cue = (pred or {}).get('cue') or {}
    sval = opts.get('s')
    if sval == '-':
        sp = None
    elif sval:
        sp = resolve_speaker(text, sval, cue.get('start', cs) if cue else cs)
    elif spk.get('start') is not None:
        sp = (spk['start'], spk['end'])
    elif isinstance(spk.get('antecedent'), dict) and spk['antecedent'].get('start') is not None:
        sp = (spk['antecedent']['start'], spk['antecedent']['end'])
    elif carried_from:
        sp = carried_from
    else:
        raise ValueError('no speaker span predicted: give s=TEXT or s=-')
    if 'n' in opts:
        name = None if opts['n'] == '-' else opts['n']
    elif sval == '-':
        name = None
    elif spk.get('name') and not sval:
        name = spk['name']
    else:
        name = ' '.join(text[sp[0]:sp[1]].split())
    item = {'id': doc_id, 'start': start, 'end': end, 'real': True, 'class': verdict,
            'content': {'start': cs, 'end': ce},
            'bounds_ok': None if pred is None else A.bounds(text, (start, end), (cs, ce))[0],
            'speaker': None if sp is None else {'start': sp[0], 'end': sp[1]},
            'speaker_name': name, 'why': None}
    if pred is None:
        item['missed'] = True
    if opts.get('head'):
        item['headline'] = True
    return item


def carried_span(pred, preds):
    """For a speaker carried without a span: the span of the nearest earlier prediction
    whose speaker has the same name (where the build found that speaker last)."""
    spk = (pred or {}).get('speaker') or {}
    if spk.get('start') is not None or not spk.get('name'):
        return None
    for p in sorted(preds.values(), key=lambda p: -p['start']):
        ps = p.get('speaker') or {}
        if p['start'] < pred['start'] and ps.get('start') is not None and ps.get('name') == spk['name']:
            return ps['start'], ps['end']
    return None


def add(args):
    shared = A.need_shared()
    pending = load_pending(args.todo or args.pending)
    blocks, cur = {}, None
    for ln, raw in enumerate(Path(args.verdicts).read_text(encoding='utf-8').splitlines(), 1):
        line = raw.split(' #', 1)[0].strip() if not raw.lstrip().startswith('#') else ''
        if not line:
            continue
        if line.startswith('@'):
            cur = line[1:].strip()
            blocks.setdefault(cur, [])
        else:
            blocks[cur].append((ln, line))
    corpus = A.load_corpus(shared, ids=set(blocks))
    items = A.read_jsonl(A.JUDGEMENTS) if A.JUDGEMENTS.exists() else []
    keyed = {(it['id'], it['start'], it['end']): it for it in items}
    errors, added = [], 0
    for doc_id, lines in blocks.items():
        text = corpus[doc_id]['text']
        preds = {p['n']: p for p in pending.get(doc_id, {}).get('preds', [])}
        for ln, line in lines:
            try:
                head, verdict, opts = parse_line(line)
                pred = None if head == '+' else preds[int(head)]
                it = make_item(doc_id, text, pred, verdict, opts, carried_span(pred, preds))
            except (ValueError, KeyError, IndexError) as e:
                errors.append('%s:%d: %s: %s' % (args.verdicts, ln, doc_id, e))
                continue
            keyed[(it['id'], it['start'], it['end'])] = it
            added += 1
    if errors:
        sys.exit('\n'.join(errors) + '\nnothing written')
    A.write_jsonl(A.JUDGEMENTS, sorted(keyed.values(), key=A.sort_key))
    print('%d verdicts merged; %d items in %s' % (added, len(keyed), A.JUDGEMENTS.name))


def check(_args):
    items = A.read_jsonl(A.JUDGEMENTS)
    ids = {a['id'] for a in A.audited_articles()}
    problems = []
    for k, it in enumerate(items, 1):
        where = 'line %d (%s %s:%s)' % (k, it.get('id'), it.get('start'), it.get('end'))
        if it['id'] not in ids:
            problems.append(where + ': article not in articles.jsonl')
        if it['real']:
            if it['class'] not in A.CLASSES or not it.get('content'):
                problems.append(where + ': a real item needs class and content')
        elif it.get('why') not in A.WHY:
            problems.append(where + ': a false item needs why in ' + ', '.join(A.WHY))
    if items != sorted(items, key=A.sort_key):
        problems.append('items are not sorted by id, start, end')
    print('\n'.join(problems) or '%d items, all well-formed' % len(items))
    sys.exit(1 if problems else 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    d = sub.add_parser('draw')
    d.add_argument('bin')
    d.add_argument('--target', type=int, default=300)
    d.add_argument('--seed', type=int, default=20)
    s = sub.add_parser('show')
    s.add_argument('ids', nargs='*')
    s.add_argument('--bin', default='/work/base/whosaid-bf74aea')
    s.add_argument('--todo')
    s.add_argument('--all', action='store_true')
    s.add_argument('--pending', default=str(PENDING))
    a = sub.add_parser('add')
    a.add_argument('verdicts')
    a.add_argument('--todo')
    a.add_argument('--pending', default=str(PENDING))
    sub.add_parser('check')
    args = ap.parse_args()
    {'draw': draw, 'show': show, 'add': add, 'check': check}[args.cmd](args)


if __name__ == '__main__':
    main()
