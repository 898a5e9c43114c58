"""Schema inference's faster counting gives the plain counting's answers: a field's values
found among names from the smaller side (`schema_values._count_in`), and the usual order of
a collection's keys counted once per distinct order (`schema_infer._common_order`)."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.schema_infer import _common_order
from editor_app.core.schema_values import _count_in

_NAMES = st.sampled_from(["a", "b", "c", "d", "e", "title", "date", "tags"])


@given(st.dictionaries(_NAMES, st.integers(1, 9)), st.sets(_NAMES))
def test_values_among_names_are_counted_as_plainly(counts: dict, names: set) -> None:
    texts = Counter(counts)
    assert _count_in(texts, names) == sum(c for s, c in texts.items() if s in names)


def _plain_order(keys, docs, positions, counts, first_seen):  # noqa: ANN001, ANN202
    """`_common_order` as it counted before: every document's pairs one by one."""

    def rank(k):  # noqa: ANN001, ANN202
        return (positions[k] / counts[k], -counts[k], first_seen[k])

    wanted = set(keys)
    before: Counter = Counter()
    for e in docs:
        before.update(combinations([k for k in e.front_matter if k in wanted], 2))
    precedes = {(a, b) for (a, b), n in before.items() if n > before[(b, a)]}
    remaining, result = list(keys), []
    while remaining:
        free = [k for k in remaining if not any((j, k) in precedes for j in remaining)]
        nxt = min(free or remaining, key=rank)
        result.append(nxt)
        remaining.remove(nxt)
    return result


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_NAMES, unique=True, max_size=6), min_size=1, max_size=40))
def test_the_usual_key_order_is_the_plain_count_s(headers: list[list[str]]) -> None:
    docs = [SimpleNamespace(front_matter=dict.fromkeys(h, 1)) for h in headers]
    counts: Counter = Counter(k for h in headers for k in h)
    positions = Counter()
    first_seen: dict[str, int] = {}
    for h in headers:
        for i, k in enumerate(h):
            positions[k] += i
            first_seen.setdefault(k, len(first_seen))
    keys = list(first_seen)
    args = (keys, docs, {k: float(v) for k, v in positions.items()}, counts, first_seen)
    assert _common_order(*args) == _plain_order(*args)
