"""Shared pieces of the precision audit (audit.py, judge.py): where the corpus and the
judgements are, running a whosaid build, spans, names and the match rule.

Standard library only. No article text is ever written into the repository: the
judgements hold ids, code-point offsets and labels; text is read from the corpus
in ../shared at run time.
"""
import hashlib
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
JUDGEMENTS = HERE / 'judgements.jsonl'
ARTICLES = HERE / 'articles.jsonl'
SOURCES = ('bbc', 'n4k')
DEV_SET = 'eval/news-en-names-dev.jsonl'
CORPUS = 'corpora/news-en.jsonl'
CLASSES = ('speech', 'belief', 'evidence')
WHY = {
    'negated': 'the cue is negated or refused (did not say, declined to comment)',
    'passive': "a passive subject is no speaker (is expected to, was ordered to, is said to)",
    'action': 'the cue verb in a non-reporting sense: perception, action, consent, winning (agreed to a deal, claimed the title)',
    'np-object': 'a speech verb whose object is a plain noun phrase, no proposition (announced measures)',
    'noun-as-verb': 'a noun read as the cue, or a word of another class (the final say, a report shows read wrongly)',
    'hypothetical': 'no act took place: future, conditional, question or imperative (will announce, could argue)',
    'teaser': 'headline teaser, caption, photo credit, byline or link text',
    'author': "the author's own voice, no source",
    'nested': "inside another speaker's quoted words (a report within a quote is the quoted speaker's)",
    'quote-not-speech': 'quotation marks around a title, a term, lyrics, fiction or a scare quote',
    'fiction': "a character's words, thoughts or acts in fiction, a film or a game",
    'misparse': 'the span is no content of any reporting (a speaker phrase, a stray piece of text)',
    'other': 'anything else (say which in the README when it grows)',
}


def shared_dir():
    """The shared folder (corpus, dev set), or None when it is not there."""
    env = os.environ.get('WHOSAID_SHARED')
    for cand in [env] if env else [REPO.parent / 'shared', REPO.parent.parent / 'shared']:
        if (Path(cand) / CORPUS).is_file():
            return Path(cand)
    return None


def need_shared():
    d = shared_dir()
    if d is None:
        print('audit: skipped: ../shared/corpora/news-en.jsonl is not here (set WHOSAID_SHARED '
              'to the folder that holds corpora/ and eval/); the judgements need the corpus texts.',
              file=sys.stderr)
        sys.exit(0)
    return d


def text_hash(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(', ', ': ')) + '\n')


def load_corpus(shared, ids=None, sources=None):
    """id -> article dict of the corpus (only `ids`, or only `sources`, when given)."""
    out = {}
    with open(shared / CORPUS, encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            if (ids is None or a['id'] in ids) and (sources is None or a.get('source') in sources):
                out[a['id']] = a
    return out


def pool_sizes(shared):
    """Articles per source in the pool the audit draws from (the dev set left out)."""
    dev = {d['id'] for d in read_jsonl(shared / DEV_SET)}
    counts = {}
    for a in load_corpus(shared, sources=set(SOURCES)).values():
        if a['id'] not in dev:
            counts[a['source']] = counts.get(a['source'], 0) + 1
    return counts


def audited_articles():
    """The audited articles in draw order: [{id, rank, sha, chars, missed_checked}]."""
    return read_jsonl(ARTICLES) if ARTICLES.exists() else []


def check_texts(articles, corpus):
    """Texts must be the ones judged: offsets mean nothing in another text."""
    bad = [a['id'] for a in articles
           if a['id'] not in corpus or text_hash(corpus[a['id']]['text']) != a['sha']]
    if bad:
        sys.exit('audit: these articles are missing or changed in the corpus (offsets would be '
                 'wrong): ' + ', '.join(bad[:10]))


def run_build(binary, options, articles):
    """Run BIN over the articles (list of dicts with id, text); id -> list of predictions."""
    inp = ''.join(json.dumps({'id': a['id'], 'text': a['text']}, ensure_ascii=False) + '\n'
                  for a in articles)
    cmd = [binary, '-q', *options, '--input', 'jsonl', '-']
    p = subprocess.run(cmd, input=inp.encode('utf-8'), capture_output=True)
    if p.returncode not in (0, 1):
        sys.exit('audit: %s failed (exit %d): %s' % (' '.join(cmd), p.returncode,
                                                      p.stderr.decode('utf-8', 'replace')[:500]))
    preds = {}
    for line in p.stdout.decode('utf-8').splitlines():
        if line.strip():
            r = json.loads(line)
            preds[r['id']] = r.get('quotes', [])
    missing = [a['id'] for a in articles if a['id'] not in preds]
    if missing:
        sys.exit('audit: the build wrote no record for ' + ', '.join(missing[:10]))
    return preds


def build_help(binary):
    p = subprocess.run([binary, '--help'], capture_output=True)
    return (p.stdout + p.stderr).decode('utf-8', 'replace')


# --- spans, names, matching ------------------------------------------------------------

QUOTE_CHARS = '"\'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a'
TRAIL_STRIP = set(QUOTE_CHARS) | set('.,;:!?\u2026\u2013\u2014-')
ARTICLES_WORDS = ('the ', 'a ', 'an ', 'le ', 'la ', 'les ', "l'", 'un ', 'une ',
                  'der ', 'die ', 'das ', 'den ', 'dem ', 'des ', 'ein ', 'eine ')


def norm_name(s):
    """Names compare as ../shared/eval/score.py compares them."""
    if not s:
        return ''
    s = unicodedata.normalize('NFKC', s).replace('\u2019', "'").replace('\u2018', "'")
    s = ' '.join(s.casefold().split())
    s = s.strip(' .,;:!?"\'()[]{}-\u2013\u2014\u201c\u201d')
    for article in ARTICLES_WORDS:
        if s.startswith(article):
            return s[len(article):]
    return s


def norm_span(text, span):
    """A content span without surrounding space and marks and trailing punctuation."""
    s, e = span
    while s < e and (text[s].isspace() or text[s] in QUOTE_CHARS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in TRAIL_STRIP):
        e -= 1
    return (s, e) if e > s else tuple(span)


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def bounds(text, pred, truth):
    """(ok at 0.8 both ways, found at 0.3) of a predicted content span against the true one.

    ok:    the prediction covers >= 80% of the true content and >= 80% of the prediction is
           true content (nothing material lost, nothing material added);
    found: the prediction covers >= 30% of the true content (score.py's P@0.3 sense).
    Both after stripping surrounding marks, space and trailing punctuation from each span."""
    p, t = norm_span(text, pred), norm_span(text, truth)
    o = overlap(p, t)
    lp, lt = p[1] - p[0], t[1] - t[0]
    return (o >= 0.8 * lt and o >= 0.8 * lp, o >= 0.3 * lt)


def spans_of(item):
    """The spans a judged item answers for: the judged span and, when real, the true content."""
    out = [(item['start'], item['end'])]
    c = item.get('content')
    if c and (c['start'], c['end']) != out[0]:
        out.append((c['start'], c['end']))
    return out


def match(pred_span, items):
    """The judged item a predicted span is judged by, or None.

    Same span first; otherwise the item whose judged span or true content overlaps the
    prediction by >= 50% of the shorter of the two, the largest such share winning (ties:
    more overlapping characters, then the earlier item)."""
    for it in items:
        if (it['start'], it['end']) == tuple(pred_span):
            return it
    best, key = None, None
    lp = pred_span[1] - pred_span[0]
    for it in items:
        for sp in spans_of(it):
            o = overlap(pred_span, sp)
            short = min(lp, sp[1] - sp[0])
            if short <= 0 or o < 0.5 * short:
                continue
            k = (o / max(lp, sp[1] - sp[0]), o)
            if key is None or k > key:
                best, key = it, k
    return best


def speaker_right(text, pred, item):
    """score.py's rule: the predicted speaker span or its antecedent overlaps the true speaker
    span, or the normalised predicted name equals the true name or the true span's text.
    When nobody is the speaker, right means the prediction names nobody either."""
    spk = pred.get('speaker') or None
    tsp = item.get('speaker')
    tname = item.get('speaker_name')
    if tsp is None and not tname:
        return spk is None or (spk.get('start') is None and not spk.get('name'))
    if spk is None:
        return False
    gspan = (tsp['start'], tsp['end']) if tsp else None
    for sp in (spk, spk.get('antecedent')):
        if gspan and isinstance(sp, dict) and sp.get('start') is not None \
                and overlap((sp['start'], sp['end']), gspan) > 0:
            return True
    pname = norm_name(spk.get('name'))
    return bool(pname) and pname in {norm_name(tname), norm_name(text[gspan[0]:gspan[1]]) if gspan else ''}


def name_right(pred, item):
    spk = pred.get('speaker') or {}
    pname = norm_name(spk.get('name'))
    tname = item.get('speaker_name')
    if not tname:
        return not pname
    return bool(pname) and pname == norm_name(tname)


def sort_key(item):
    return (item['id'], item['start'], item['end'], bool(item.get('missed')))
