"""The pair pre-selection in entity_resolve must never drop a pair the name tests accept."""
import itertools

from analysis.extraction.entity_names import given_variant, surname_variant
from analysis.extraction.entity_resolve import _close_pairs, _close_surnames, _Verdicts

GIVEN = ["Dmitri", "Dmitry", "Dzmitry", "Katarzyna", "Katarina", "Yekaterina", "Ekaterina",
         "Pavel", "Paval",
         "Paul", "Olga", "Volha", "Alena", "Elena", "Helena", "J", "Joanna", "Ivan", "Ivana",
         "Ian", "Iwan", "Bo"]
SURNAMES = ["Shevchuk", "Sheuchuk", "Shevchenko", "Kovalenko", "Kavalenka", "Kowalenko",
            "Hrynkevich",
            "Grinkevich", "Hrynkevych", "Melnyk", "Melnik", "Melnychuk", "Zhuravleva",
            "Zhuravlyova",
            "Zuravlev", "Ostrowski", "Astrouski", "Ostrovsky", "Ostrovskaya", "Lee", "Li", "Ng"]


def test_given_candidates_keep_every_accepted_pair():
    cands = set(_Verdicts().given_candidates(GIVEN, GIVEN))
    accepted = {(a, b) for a, b in itertools.product(GIVEN, GIVEN) if given_variant(a, b)}
    assert accepted  # the list has real variants (Dmitri/Dzmitry, J/Joanna)
    assert accepted <= cands
    assert ("Pavel", "Joanna") not in cands  # and it does leave pairs out


def test_close_surnames_keep_every_accepted_pair():
    members = sorted(SURNAMES)
    cands = _close_surnames(members)
    accepted = {(a, b) for a, b in itertools.combinations(members, 2)
                if surname_variant(a, b) or surname_variant(b, a)}
    assert accepted and accepted <= cands
    assert ("Kovalenko", "Melnyk") not in cands


def test_close_pairs_keep_accepted_and_equal_pairs():
    left, right = sorted(SURNAMES[:11]), sorted(SURNAMES[8:])
    got = set(_close_pairs(left, right))
    accepted = {(a, b) for a in left for b in right if surname_variant(a, b) or a == b}
    assert accepted and accepted <= got
    assert _close_pairs([], right) == []
