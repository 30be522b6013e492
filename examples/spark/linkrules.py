"""The rules of `whosaid link`, in Python, for the Spark second stage.

The same rules as Sources/WhoSaid/Link (the Swift library); the Spark job
(`link_job.py`) distributes them, and `test_link.py` checks that the two give
the same groups. Nothing here imports pyspark, so the functions can be tested
and run on their own.

- Words: a quote's quoted words, lowercased; letters, marks and digits make
  words, everything else separates them; an apostrophe (' ’ ‘ ʼ ` ´ ′) inside a
  word is kept as ', one at either end is dropped. A text with a combining mark
  is put in NFC first.
- Keys: 64-bit hashes. A word's hash is fmix64(FNV-1a 64 of its UTF-8); the key
  of a run of words folds their hashes through fmix64.
- Links between distinct texts: exact (the same key); a part (the shorter, of at
  least PART_MIN words, is a contiguous run of the longer); near (word edit
  distance at most 1 when the shorter has at least 8 words, 2 from 12).
  Candidates share a GRAM-word run: each text's tiles (words 0-3, 4-7, ...) are
  looked up among every text's windows.
"""

import sys
import unicodedata

MASK = (1 << 64) - 1
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
SEQ_SEED = 0x9E3779B97F4A7C15

# How many words a quote needs to be linked at all.
MIN_WORDS = 4
# How many words a part needs.
PART_MIN = 6
# How many words each occurrence of two speakers needs for a conflict.
CONFLICT_MIN = 8
# The word run that candidates share.
GRAM = 4
# A run in more distinct texts than this is a formula, not a quote: no candidates from it.
GRAM_CAP = 256

APOSTROPHES = set("'\u2019\u2018\u02bc`\u00b4\u2032")


def fmix64(x):
    x ^= x >> 33
    x = (x * 0xFF51AFD7ED558CCD) & MASK
    x ^= x >> 33
    x = (x * 0xC4CEB9FE1A85EC53) & MASK
    x ^= x >> 33
    return x


def word_hash(word):
    h = FNV_OFFSET
    for b in word.encode("utf-8"):
        h = ((h ^ b) * FNV_PRIME) & MASK
    return fmix64(h)


def seq_hash(hashes, start=0, end=None):
    h = SEQ_SEED
    for x in hashes[start:end]:
        h = fmix64(h ^ x)
    return h


def is_word_char(ch):
    return unicodedata.category(ch)[0] in "LMN"


def words(text):
    """The normalised words of a quote's text."""
    if not text.isascii() and any(unicodedata.category(c)[0] == "M" for c in text):
        text = unicodedata.normalize("NFC", text)
    out = []
    cur = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in APOSTROPHES:
            if cur and i + 1 < n and is_word_char(text[i + 1]):
                cur.append("'")
            elif cur:
                out.append("".join(cur))
                cur = []
        elif is_word_char(ch):
            cur.append(ch.lower())
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def allowed_edits(n):
    """Word edits allowed between two texts whose shorter has n words."""
    if n >= 12:
        return 2
    if n >= 8:
        return 1
    return 0


def contains(short, long_):
    """Whether `short` (a list of hashes) is a contiguous run of `long_`."""
    m = len(short)
    for p in range(len(long_) - m + 1):
        if long_[p] == short[0] and long_[p:p + m] == short:
            return True
    return False


def edit_distance_at_most(a, b, k):
    """Whether the word edit distance of a and b is at most k (banded)."""
    if abs(len(a) - len(b)) > k:
        return False
    inf = k + 1
    prev = [j if j <= k else inf for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        cur = [inf] * (len(b) + 1)
        if i <= k:
            cur[0] = i
        lo = max(1, i - k)
        hi = min(len(b), i + k)
        best = cur[0]
        for j in range(lo, hi + 1):
            v = prev[j - 1] + (0 if a[i - 1] == b[j - 1] else 1)
            v = min(v, prev[j] + 1, cur[j - 1] + 1)
            cur[j] = min(v, inf)
            best = min(best, cur[j])
        if best > k:
            return False
        prev = cur
    return prev[len(b)] <= k


def linked(a, b):
    """How two distinct texts (lists of word hashes) are linked: 'part', 'near' or None."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= PART_MIN and len(short) < len(long_) and contains(short, long_):
        return "part"
    e = allowed_edits(len(short))
    if e and edit_distance_at_most(a, b, e):
        return "near"
    return None


def gram_entries(hashes):
    """(gram key, is_tile) for each GRAM-word window of a text that can link."""
    n = len(hashes)
    if n < PART_MIN:
        return []
    out = []
    for p in range(n - GRAM + 1):
        out.append((seq_hash(hashes, p, p + GRAM), p % GRAM == 0 and p + GRAM <= n))
    return out


def candidates(entries):
    """Candidate pairs (k1 < k2) from the (text key, is_tile) entries of one gram."""
    keys = sorted(set(k for k, _ in entries))
    if len(keys) < 2 or len(keys) > GRAM_CAP:
        return []
    tiles = sorted(set(k for k, t in entries if t))
    pairs = set()
    for t in tiles:
        for w in keys:
            if w != t:
                pairs.add((min(t, w), max(t, w)))
    return sorted(pairs)


# Speakers: which names are one entity.
#
# A name with no capital letter (`company`, `spokesman`) describes a speaker and
# never makes a conflict; so does no name. A government with a country is its
# country. Otherwise the last word (after titles, `Jr.`, a possessive) is the
# surname, and the run of capitalised words just before it, up to a title or a
# lowercase word, are the given names: `U.S. Trade Representative Clayton
# Yeutter` -> Yeutter, {Clayton}. Two names are one entity when their surnames
# are equal and their given names do not contradict: some given name in common,
# or one has none, or one has only initials and they fit the other's (`J.
# Smith`, `Joe Smith`). A single all-capital word is also the acronym of a name
# whose capitalised words' letters spell it (`NATO`).

TITLES = set("""
mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron rev reverend
father sister rabbi imam cardinal archbishop bishop pope patriarch ayatollah sheikh
sheikha emir sultan crown king queen prince princess duke duchess president vice
president-elect prime premier chancellor minister deputy governor gov lt lieutenant
mayor secretary general attorney sen senator rep representative congressman
congresswoman speaker chairman chairwoman chair ceo chief executive director judge
justice gen col colonel maj major capt captain sgt sergeant adm admiral commissioner
ambassador spokesman spokeswoman spokesperson leader herr herrn frau bundeskanzler
bundeskanzlerin kanzler kanzlerin bundespräsident bundespräsidentin präsident
präsidentin ministerin bundesminister bundesministerin m mme mlle monsieur madame
président présidente ministre
""".split())
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _bare(token):
    return token.replace(".", "").lower()


def _capitalised(token):
    return bool(token) and token[0].isupper()


def _fold(s):
    """Without accents: `Calderón` -> `Calderon`."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _possessive(token):
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if token.endswith(ending) and len(token) > len(ending):
            return token[: -len(ending)]
    return None


def name_tokens(name, kind):
    """The words of a name that identify it: no owner (`Fox's`), no `of X` after a
    person's name, no possessive, no `Jr.`."""
    tokens = [t.strip(",;:()") for t in _fold(name).split()]
    tokens = [t for t in tokens if t]
    for i in range(len(tokens) - 2, -1, -1):
        if _possessive(tokens[i]) is not None:
            tokens = tokens[i + 1:]
            break
    if kind == "person" and "of" in tokens[2:]:
        tokens = tokens[: tokens.index("of", 2)]
    if tokens and _possessive(tokens[-1]) is not None:
        tokens[-1] = _possessive(tokens[-1])
    while tokens and _bare(tokens[-1]) in SUFFIXES:
        tokens.pop()
    return tokens


def name_identity(name, kind, country):
    """What `same_entity` compares: None for no name or a description."""
    if not name:
        return None
    if kind == "government" and country:
        return ("country", _fold(country).lower())
    tokens = name_tokens(name, kind)
    if not tokens or not any(_capitalised(t) for t in tokens):
        return None  # a description: `company`, `the spokesman`
    if _bare(tokens[-1]) in TITLES:
        return None  # a title with no name: `Treasury Secretary`
    if len(tokens) > 1 and all(not c.islower() for t in tokens for c in t):
        return None  # a headline: `BASS GROUP SAYS`
    surname = _bare(tokens[-1])
    given = []
    for t in reversed(tokens[:-1]):
        if not _capitalised(t) or _bare(t) in TITLES:
            break
        given.append(_bare(t))
    acronym = surname if len(tokens) == 1 and len(surname) >= 2 and tokens[0].replace(".", "").isupper() else None
    letters = "".join(_bare(t) if "." in t else _bare(t)[:1] for t in tokens if _capitalised(t))
    return ("name", surname, frozenset(g for g in given if len(g) > 1),
            frozenset(g[0] for g in given if g), acronym, letters)


def same_entity(a, b):
    if a[0] != b[0]:
        return False
    if a[0] == "country":
        return a[1] == b[1]
    _, sa, ga, ia, aa, la = a
    _, sb, gb, ib, ab, lb = b
    if aa and aa == lb and len(lb) >= 2 or ab and ab == la and len(la) >= 2:
        return True
    if sa != sb:
        return False
    if ga and gb:
        return bool(ga & gb)
    if ga and not gb and ib:
        return bool(ib & {g[0] for g in ga})
    if gb and not ga and ia:
        return bool(ia & {g[0] for g in gb})
    if ia and ib and not ga and not gb:
        return bool(ia & ib)
    return True


# Occurrences: the quoted words of one direct quote (a split quote's fragments
# joined), or of one fragment of a mixed quote.

def occurrences(record, ordinal):
    """(order, occurrence dict) for each quote of a record worth linking.

    Offsets are the record's (code points by default, as Python slices).
    """
    out = []
    seq = 0
    for q in record.get("quotes") or []:
        kind = q.get("kind")
        if kind not in ("direct", "mixed"):
            continue
        text, qs = q.get("text") or "", q.get("start") or 0
        pieces = []
        for f in q.get("fragments") or []:
            fs, fe = f.get("start"), f.get("end")
            if isinstance(fs, int) and isinstance(fe, int) and qs <= fs < fe <= qs + len(text):
                pieces.append((fs, fe, text[fs - qs:fe - qs]))
        if kind == "direct":
            parts = [(q.get("start"), q.get("end"), " \u2026 ".join(p[2] for p in pieces) if pieces else text)]
        else:
            parts = pieces
        sp = q.get("speaker")
        cue = q.get("cue")
        for start, end, shown in parts:
            ws = words(shown)
            if len(ws) < MIN_WORDS:
                continue
            hashes = [word_hash(w) for w in ws]
            out.append(((ordinal, seq), {
                "id": record.get("id"), "start": start, "end": end, "kind": kind, "text": shown,
                "speaker": None if sp is None else {"name": sp.get("name"), "kind": sp.get("kind"),
                                                   "country": sp.get("country")},
                "cue": None if cue is None else {"lemma": cue.get("lemma")},
                "key": seq_hash(hashes), "hashes": hashes}))
            seq += 1
    return out


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def verified_edges(texts, pairs):
    """The candidate pairs that link, as (k1, k2, kind)."""
    out = []
    for a, b in pairs:
        kind = linked(texts[a], texts[b])
        if kind:
            out.append((a, b, kind))
    return out


def unambiguous(edges, length):
    """The edges without the parts that are a common phrase.

    A part joins the quote that contains it only when every quote containing it
    is linked to the longest of them (is a part of it, or near it): `a step in
    the right direction` inside two unrelated quotes links neither.
    """
    linkedpairs = {(a, b) for a, b, _ in edges}
    wholes = {}
    for a, b, kind in edges:
        if kind == "part":
            part, whole = (a, b) if length[a] < length[b] else (b, a)
            wholes.setdefault(part, []).append(whole)
    dropped = set()
    for part, ws in wholes.items():
        top = max(ws, key=lambda w: (length[w], -w))
        if any(w != top and (min(w, top), max(w, top)) not in linkedpairs for w in ws):
            dropped.add(part)
    return [(a, b, kind) for a, b, kind in edges
            if kind != "part" or (a if length[a] < length[b] else b) not in dropped]


def link_edges(texts):
    """The links between distinct texts ({key: hashes}) as sorted (k1, k2, kind)."""
    grams = {}
    for k, hashes in texts.items():
        for g, tile in gram_entries(hashes):
            grams.setdefault(g, []).append((k, tile))
    pairs = set()
    for entries in grams.values():
        pairs.update(candidates(entries))
    edges = verified_edges(texts, sorted(pairs))
    return sorted(unambiguous(edges, {k: len(h) for k, h in texts.items()}))


def speakers(occs):
    """The speakers of a group's occurrences with counts, and whether they conflict."""
    named, other = {}, {}
    for o in occs:
        sp = o["speaker"]
        name = sp and sp["name"]
        ident = sp and name_identity(name, sp["kind"], sp["country"])
        if ident is None:
            other[name] = other.get(name, 0) + 1
        else:
            entry = named.setdefault(name, [ident, 0, False])
            entry[1] += 1
            entry[2] = entry[2] or len(o["hashes"]) >= CONFLICT_MIN
    order = sorted(named, key=lambda n: (0 if named[n][0][0] == "name" and named[n][0][2] else 1,
                                         -named[n][1], n))
    clusters = []
    for n in order:
        for c in clusters:
            if all(same_entity(named[n][0], named[m][0]) for m in c):
                c.append(n)
                break
        else:
            clusters.append([n])
    out = []
    for c in clusters:
        c.sort(key=lambda n: (-named[n][1], -len(n), n))
        entry = {"name": c[0], "count": sum(named[n][1] for n in c)}
        if len(c) > 1:
            entry["aliases"] = c[1:]
        out.append(entry)
    conflict = sum(1 for c in clusters if any(named[n][2] for n in c)) >= 2
    for n, count in other.items():
        out.append({"name": n, "count": count})
    out.sort(key=lambda e: (-e["count"], e["name"] is None, e["name"] or ""))
    return out, conflict


def group_record(key, occs):
    """The JSON object of one group (occs in input order), or None under two articles."""
    ids = set()
    for _, o in occs:
        ids.add(repr(o["id"]))
    if len(ids) < 2:
        return None
    longest = max(occs, key=lambda x: (len(x[1]["hashes"]), x[1]["key"] == key, -x[0][0], -x[0][1]))[1]
    spk, conflict = speakers([o for _, o in occs])
    return {
        "key": "%016x" % key, "text": longest["text"], "words": len(longest["hashes"]),
        "articles": len(ids), "conflict": conflict, "speakers": spk,
        "occurrences": [{"id": o["id"], "start": o["start"], "end": o["end"], "kind": o["kind"],
                         "text": o["text"],
                         "speaker": None if o["speaker"] is None else {"name": o["speaker"]["name"]},
                         "cue": o["cue"]} for _, o in occs]}


def group_key(texts_in_group):
    """The key of a group: its longest distinct text's (the smallest key among equals)."""
    return min(texts_in_group, key=lambda kh: (-len(kh[1]), kh[0]))[0]


def link_local(records):
    """All groups of a list of records, in the order of their first occurrence."""
    occs = []
    for i, r in enumerate(records):
        occs.extend(occurrences(r, i))
    texts = {}
    for _, o in occs:
        texts.setdefault(o["key"], o["hashes"])
    uf = UnionFind()
    for a, b, _ in link_edges(texts):
        uf.union(a, b)
    members = {}
    for k in texts:
        members.setdefault(uf.find(k), []).append(k)
    keys = {root: group_key([(k, texts[k]) for k in ks]) for root, ks in members.items()}
    groups = {}
    for order, o in occs:
        groups.setdefault(keys[uf.find(o["key"])], []).append((order, o))
    out = []
    for key, g in groups.items():
        g.sort(key=lambda x: x[0])
        rec = group_record(key, g)
        if rec is not None:
            out.append((g[0][0], rec))
    out.sort(key=lambda x: x[0])
    return [r for _, r in out]


def main(argv):
    """`python3 linkrules.py [DUMP.jsonl]`: the groups of whosaid records, as JSON Lines
    (what `whosaid link` prints, for checking the two against each other)."""
    import json
    source = open(argv[1], encoding="utf-8") if len(argv) > 1 else sys.stdin
    records = [json.loads(line) for line in source if line.strip()]
    for group in link_local(records):
        sys.stdout.write(json.dumps(group, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    import sys
    main(sys.argv)
