"""Tests of the audit's rules on invented text (no ../shared needed):
python3 -m unittest discover -s benchmarks/audit"""
import unittest

import auditlib as A
import audit as AU
import judge as J

TEXT = ('The mayor of Eastbridge said the bridge would reopen in May. '
        '"We are on schedule," she added. "Crews work at night." '
        'Critics did not say whether the cost had grown.')


def item(start, end, real=True, cls='speech', content=None, speaker=None, name=None, why=None):
    return {'id': 'a', 'start': start, 'end': end, 'real': real, 'class': cls if real else None,
            'content': ({'start': content[0], 'end': content[1]} if content else
                        {'start': start, 'end': end}) if real else None,
            'speaker': {'start': speaker[0], 'end': speaker[1]} if speaker else None,
            'speaker_name': name, 'why': why}


def span(s):
    i = TEXT.index(s)
    return i, i + len(s)


class BoundsTest(unittest.TestCase):
    def test_marks_and_trailing_punctuation_do_not_count(self):
        q = span('"We are on schedule,"')
        inner = span('We are on schedule')
        self.assertEqual(A.bounds(TEXT, q, inner), (True, True))

    def test_missing_a_fifth_of_the_content_fails_the_strict_rule(self):
        truth = span('the bridge would reopen in May')
        cut = span('the bridge would reopen')
        ok, found = A.bounds(TEXT, cut, truth)
        self.assertFalse(ok)
        self.assertTrue(found)

    def test_swallowing_the_next_sentence_fails_the_strict_rule_only(self):
        truth = span('"We are on schedule,"')
        long = (truth[0], span('"Crews work at night."')[1])
        self.assertEqual(A.bounds(TEXT, long, truth), (False, True))


class MatchTest(unittest.TestCase):
    def setUp(self):
        self.said = item(*span('the bridge would reopen in May'), speaker=span('The mayor of Eastbridge'),
                         name='mayor of Eastbridge')
        self.neg = item(*span('whether the cost had grown'), real=False, why='negated')
        self.items = [self.said, self.neg]

    def test_same_span_first(self):
        self.assertIs(A.match(span('whether the cost had grown'), self.items), self.neg)

    def test_overlap_of_half_the_shorter(self):
        self.assertIs(A.match(span('bridge would reopen in May.'), self.items), self.said)
        self.assertIsNone(A.match(span('reopen in May. "We are on schedule,"'), self.items))

    def test_true_content_also_answers(self):
        wide = item(*span('said the bridge would reopen in May. "We'),
                    content=span('the bridge would reopen in May'))
        self.assertIs(A.match(span('the bridge would reopen in May'), [wide]), wide)


class SpeakerTest(unittest.TestCase):
    def setUp(self):
        self.it = item(*span('"We are on schedule,"'), speaker=span('she'), name='Mayor Ann Holt')

    def test_span_overlap_or_antecedent(self):
        s, e = span('she')
        self.assertTrue(A.speaker_right(TEXT, {'speaker': {'start': s, 'end': e, 'name': 'X'}}, self.it))
        far = {'start': 0, 'end': 3, 'name': 'X', 'antecedent': {'start': s, 'end': e}}
        self.assertTrue(A.speaker_right(TEXT, {'speaker': far}, self.it))

    def test_equal_names_after_normalising(self):
        carried = {'speaker': {'start': None, 'end': None, 'name': 'the mayor ann holt'}}
        self.assertTrue(A.speaker_right(TEXT, carried, self.it))
        self.assertFalse(A.speaker_right(TEXT, {'speaker': {'start': None, 'end': None, 'name': 'Holt'}},
                                         self.it))

    def test_nobody_is_right_only_for_nobody(self):
        nobody = item(0, 5, speaker=None, name=None)
        self.assertTrue(A.speaker_right(TEXT, {'speaker': None}, nobody))
        self.assertFalse(A.speaker_right(TEXT, {'speaker': {'start': 0, 'end': 3, 'name': 'X'}}, nobody))


class VerdictTest(unittest.TestCase):
    def test_one_prediction_judged_every_way(self):
        it = item(*span('the bridge would reopen in May'), speaker=span('The mayor of Eastbridge'),
                  name='mayor of Eastbridge')
        s, e = span('The mayor of Eastbridge')
        pred = {'start': it['start'], 'end': it['end'], 'confidence': 0.75,
                'speaker': {'start': s, 'end': e, 'name': 'Eastbridge'}}
        rows = AU.judge_preds({'a': TEXT}, {'a': [it]}, {'a': [pred]})
        self.assertTrue(AU.ok(rows[0]))
        self.assertFalse(AU.ok(rows[0], strict='names'))
        belief = dict(it, **{'class': 'belief'})
        rows = AU.judge_preds({'a': TEXT}, {'a': [belief]}, {'a': [pred]})
        self.assertTrue(AU.ok(rows[0], 'all'))
        self.assertFalse(AU.ok(rows[0], 'speech'))
        self.assertEqual(AU.error_of(rows[0], 'speech'), 'real belief (not speech)')


class JudgeLanguageTest(unittest.TestCase):
    def test_content_from_snippets_nearest_the_prediction(self):
        self.assertEqual(J.resolve_content(TEXT, 'the bridge..in May', (0, 10)),
                         span('the bridge would reopen in May'))
        self.assertEqual(J.resolve_content(TEXT, '3:9', (0, 0)), (3, 9))

    def test_speaker_is_a_whole_word_nearest_the_cue(self):
        cue = TEXT.index('added')
        self.assertEqual(J.resolve_speaker(TEXT, 'she', cue), span('she'))
        with self.assertRaises(ValueError):
            J.resolve_speaker(TEXT, 'he', cue)      # only inside other words here

    def test_a_false_verdict_keeps_no_labels_of_a_real_one(self):
        s, e = span('whether the cost had grown')
        it = J.make_item('a', TEXT, {'start': s, 'end': e, 'speaker': None}, 'F:negated', {})
        self.assertEqual((it['real'], it['why'], it['speaker'], it['content']), (False, 'negated', None, None))
        with self.assertRaises(ValueError):
            J.make_item('a', TEXT, {'start': s, 'end': e}, 'F:rude', {})

    def test_a_missed_item_takes_its_span_from_the_content(self):
        it = J.make_item('a', TEXT, None, 'speech',
                         {'c': 'Crews work at night.', 's': 'she', 'n': 'Ann Holt'})
        self.assertEqual((it['start'], it['end']), span('Crews work at night.'))
        self.assertTrue(it['missed'])
        self.assertEqual(it['speaker'], {'start': span('she')[0], 'end': span('she')[1]})


if __name__ == '__main__':
    unittest.main()
