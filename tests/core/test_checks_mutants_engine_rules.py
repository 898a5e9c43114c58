"""The rule engine's small parts: the words the rules share (`checks/common.py`), a problem
and its JSON form and order (`checks/problem.py`), and the registry: which rules run for a
site with some codes switched off, and how one page is run through them (`checks/registry.py`).

Equivalent survivors of mutation testing (`tools/mutation.py checks-engine`), no test can
tell them apart:
- `Rule.summary`'s `compare=False` and default: no rule is compared by its summary;
- `LazyLine.__slots__`: only saves memory;
- `count_others`'s unused `page` and `ctx` arguments;
- `label_of` asking `getattr(None, "label", None)` when there is no field: None all the same.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from types import SimpleNamespace
from typing import Any

import pytest

from editor_app.core.checks import common, problem, registry
from editor_app.core.checks.common import (
    as_date,
    count_others,
    doc_word,
    file_stem,
    is_empty,
    is_typo,
    label_of,
    plural_label,
    severity_for,
    shown,
    singular,
    slug,
)
from editor_app.core.checks.page import make_page
from editor_app.core.checks.problem import LazyLine, Problem, make_problem, sort_key
from editor_app.core.checks.registry import Rule, enabled, plan_for, register, run_page


@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("Posts", "post"),
        ("case_studies", "study"),
        ("news-item", "item"),
        ("people", "person"),
        ("Children", "child"),
        ("media", "medium"),
        ("categories", "category"),
        ("bodies", "body"),
        ("flies", "fly"),
        ("ties", "tie"),  # too short for -ies
        ("classes", "class"),
        ("boxes", "box"),
        ("matches", "match"),
        ("wishes", "wish"),
        ("glass", "glass"),
        ("Boss", "boss"),
        ("notes_", "notes_"),  # nothing after the last separator: the word itself
        ("topic", "topic"),
    ],
)
def test_the_singular_of_a_collection_label(word: str, one: str) -> None:
    assert singular(word) == one


def test_a_typo_is_a_slip_of_case_or_a_letter_or_two() -> None:
    assert is_typo(" WORK ", "work")
    assert is_typo("abcdefghijklmnopqrst", "abcdefghijklmnopqXYZ")  # ratio exactly 0.85
    assert not is_typo("abcdefghijklmnopqrst", "abcdefghijklmnopXYZW")
    assert not is_typo("apple", "orange")
    assert not is_typo("work", None)


def test_empty_values_labels_and_shown_values() -> None:
    assert [is_empty(v) for v in (None, "", [], {}, 0, False, " ", [0])] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
    ]
    assert label_of(SimpleNamespace(label="Nice name"), "raw") == "Nice name"
    assert label_of(SimpleNamespace(label=""), "raw") == "raw"
    assert label_of(SimpleNamespace(), "raw") == "raw"
    assert label_of(None, "raw") == "raw"
    assert label_of(SimpleNamespace(label=7), "raw") == "7"
    assert shown(True) == "true" and shown(False) == "false" and shown(3) == "3"
    assert shown("a" * 60) == "a" * 60
    assert shown("a" * 61) == "a" * 57 + "..."


def test_slugs_and_file_stems() -> None:
    assert slug("Hello, World__x") == "hello-world-x"
    assert slug("__A b__") == "a-b"
    assert slug("Été ok") == "été-ok"
    assert [file_stem(n) for n in ("a.md", ".hidden", "a.", "a.b.c", "noext", "")] == [
        "a",
        ".hidden",
        "a.",
        "a.b",
        "noext",
        "",
    ]


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-02-03", dt.date(2024, 2, 3)),
        (" 2024-2-3 ", dt.date(2024, 2, 3)),
        ("2024-02-03 10:00 UTC", dt.date(2024, 2, 3)),
        ("2024-02-03T18:30:22 -0800", dt.date(2024, 2, 3)),
        ("2024-02-03 18:30:22 2023 -0800", dt.date(2024, 2, 3)),
        ("2024-02-03 18:30:22.5Z", dt.date(2024, 2, 3)),
        ("2024-02-03 18:30:22+01:00", dt.date(2024, 2, 3)),
        ("2024-02-30", None),
        ("2024-02-03 soon", None),
        ("x2024-02-03", None),
        ("2024-02-0312", None),
        ("24-02-03", None),
        (dt.datetime(2024, 2, 3, 10, 0), dt.date(2024, 2, 3)),
        (dt.date(2024, 2, 3), dt.date(2024, 2, 3)),
        (20240203, None),
        (None, None),
    ],
)
def test_a_date_as_the_site_generators_read_it(value: Any, day: dt.date | None) -> None:
    found = as_date(value)
    assert found == day
    assert found is None or type(found) is dt.date


def _ctx(declared: bool = False, collections: dict | None = None) -> Any:
    site = None if collections is None else SimpleNamespace(collections=collections)
    return SimpleNamespace(declared=declared, site=site, declared_in=lambda _coll: declared)


def test_severity_words_and_counts_of_other_documents() -> None:
    assert severity_for(_ctx(declared=True), False, None) == "error"
    assert severity_for(_ctx(), True, None) == "error"
    assert severity_for(_ctx(), False, None) == "warning"
    page = make_page("a.md", None, "notes", "x")
    counter = Counter({"k": 3})
    assert count_others(page, _ctx(), counter, "k", True) == 2
    assert count_others(page, _ctx(), counter, "k", False) == 3
    assert count_others(page, _ctx(), counter, "other", False) == 0
    colls = {"case_studies": SimpleNamespace(label="Case Studies")}
    assert doc_word(_ctx(collections=colls), make_page("a.md", None, "case_studies", "")) == "study"
    assert doc_word(_ctx(collections=colls), make_page("a.md", None, "other", "")) == "page"
    assert doc_word(_ctx(), make_page("a.md", None, "case_studies", "")) == "page"
    assert doc_word(_ctx(collections=colls), make_page("a.md", None, None, "")) == "page"
    assert plural_label(_ctx(collections=colls), "case_studies") == "case studies"
    assert plural_label(_ctx(collections=colls), "other") == "these pages"
    assert plural_label(_ctx(collections=colls), None) == "these pages"
    assert plural_label(_ctx(), "case_studies") == "these pages"


def test_a_problem_in_json_and_in_order() -> None:
    p = Problem("a.md", 3, "title", "error", "x-code", "Say it.")
    assert p.to_json() == {
        "path": "a.md",
        "line": 3,
        "field": "title",
        "severity": "error",
        "code": "x-code",
        "message": "Say it.",
    }
    problems = [
        Problem("b.md", 1, None, "error", "a", "m"),
        Problem("a.md", 5, "z", "error", "a", "m"),
        Problem("a.md", None, None, "error", "z", "m"),
        Problem("a.md", 5, None, "error", "b", "m"),
        Problem("a.md", 5, "y", "error", "c", "n"),
        Problem("a.md", 5, "y", "error", "c", "m"),
        Problem("a.md", 2, "y", "error", "b", "m"),
    ]
    ordered = sorted(problems, key=sort_key)
    assert [(p.path, p.line, p.field, p.code, p.message) for p in ordered] == [
        ("a.md", None, None, "z", "m"),
        ("a.md", 2, "y", "b", "m"),
        ("a.md", 5, None, "b", "m"),
        ("a.md", 5, "y", "c", "m"),
        ("a.md", 5, "y", "c", "n"),
        ("a.md", 5, "z", "a", "m"),
        ("b.md", 1, None, "a", "m"),
    ]
    assert sort_key(problems[2]) == ("a.md", 0, "", "z", "m")


def test_a_problem_takes_its_line_lazily_and_the_codes_usual_severity(monkeypatch) -> None:
    monkeypatch.setitem(problem.CODES, "test-engine-code", "warning")
    page = make_page("_notes/a.md", None, None, "---\na: 1\nb: 2\n---\n")
    lazy = LazyLine(page, "b")
    assert lazy.page is page and lazy.name == "b" and lazy.resolve() == 3
    p = make_problem(page, lazy, "b", "test-engine-code", "Said.")
    assert p == Problem("_notes/a.md", 3, "b", "warning", "test-engine-code", "Said.")
    q = make_problem(page, 9, None, "test-engine-code", "Said.", "error")
    assert q == Problem("_notes/a.md", 9, None, "error", "test-engine-code", "Said.")
    assert make_problem(page, LazyLine(page, "nope"), "nope", "test-engine-code", "x").line is None


@pytest.fixture
def fresh_registry(monkeypatch) -> list[Rule]:
    rules: list[Rule] = []
    monkeypatch.setattr(registry, "RULES", rules)
    monkeypatch.setattr(registry, "CODES", {})
    return rules


def test_a_rule_registers_once_with_its_codes(fresh_registry: list[Rule]) -> None:
    first = Rule("one", {"c-a": "error", "c-b": "suggestion"})
    assert register(first) is first
    again = Rule("one", {"c-z": "warning"})
    assert register(again) is again
    assert fresh_registry == [first]
    assert registry.CODES == {"c-a": "error", "c-b": "suggestion"}
    other = Rule("two", {"c-a": "warning", "c-c": "warning"})
    register(other)
    assert registry.CODES == {"c-a": "error", "c-b": "suggestion", "c-c": "warning"}
    assert fresh_registry == [first, other]
    with pytest.raises(ValueError, match=r"^three: unknown severity 'fatal' for c-d$"):
        register(Rule("three", {"c-e": "error", "c-d": "fatal"}))
    assert fresh_registry == [first, other] and "c-d" not in registry.CODES


def _found(code: str) -> Any:
    def check(page: Any, ctx: Any) -> list[Problem]:
        return [Problem(page.rel, 1, None, "error", code, code)]

    return check


def test_the_plan_of_rules_for_codes_switched_off(fresh_registry: list[Rule]) -> None:
    def by_text(*a: Any) -> list:
        return []

    def by_text_too(*a: Any) -> list:
        return []

    a = register(Rule("a", {"a1": "error", "a2": "error"}, check=_found("a1")))
    b = register(Rule("b", {"b1": "suggestion"}, check=_found("b1"), kind="content"))
    c = register(Rule("c", {"c1": "error"}, field_types=("text", "url"), check_value=by_text))
    d = register(
        Rule(
            "d",
            {"d1": "error"},
            check=_found("d1"),
            field_types=("text", "date"),
            check_value=by_text_too,
        )
    )
    assert enabled(frozenset()) == [a, c, d]
    assert enabled(set()) == [a, c, d]
    assert enabled(frozenset(), content=True) == [a, b, c, d]
    assert enabled(frozenset({"a1"})) == [a, c, d]  # a2 still on
    assert enabled(frozenset({"a1", "a2", "c1"})) == [d]
    assert enabled(frozenset({"b1"}), content=True) == [a, c, d]
    plan = plan_for(frozenset())
    assert plan.page_rules == (a, d)
    assert plan.value_checks == {"text": by_text, "url": by_text, "date": by_text_too}
    assert plan.off == frozenset()
    off = plan_for(frozenset({"c1"}), content=True)
    assert off.page_rules == (a, b, d)
    assert off.value_checks == {"text": by_text_too, "date": by_text_too}
    assert off.off == frozenset({"c1"})


def test_one_page_through_the_rules_in_force(fresh_registry: list[Rule]) -> None:
    asked: list[str] = []

    def wants_braces(page: Any) -> bool:
        asked.append(page.rel)
        return "{" in page.text

    def two(page: Any, ctx: Any) -> list[Problem]:
        return [
            Problem(page.rel, 1, None, "error", "a1", "one"),
            Problem(page.rel, 2, None, "error", "a2", "two"),
        ]

    a = register(Rule("a", {"a1": "error", "a2": "error"}, check=two))
    register(Rule("w", {"w1": "error"}, check=_found("w1"), wants=wants_braces))
    register(Rule("s", {"s1": "suggestion"}, check=_found("s1"), kind="content"))
    register(Rule("b", {"b1": "error"}, check=_found("b1")))  # a build rule after it
    ctx = SimpleNamespace(
        plan=plan_for(frozenset({"a2"})), content_plan=plan_for(frozenset(), True)
    )
    plain = make_page("p.md", None, None, "no braces")
    assert [p.code for p in run_page(plain, ctx)] == ["a1", "b1"]
    assert asked == ["p.md"]
    braces = make_page("q.md", None, None, "{{ x }}")
    assert [p.code for p in run_page(braces, ctx)] == ["a1", "w1", "b1"]
    assert [p.code for p in run_page(braces, ctx, content=True)] == [
        "a1", "a2", "w1", "s1", "b1"
    ]  # fmt: skip
    braces.decode_error = "not UTF-8"
    # Not text as written: the content rule is left out, the build rules after it still run.
    assert [p.code for p in run_page(braces, ctx, content=True)] == ["a1", "a2", "w1", "b1"]
    assert a in ctx.plan.page_rules


def test_remembered_content_results_are_read_back_instead_of_run(
    fresh_registry: list[Rule],
) -> None:
    register(Rule("a", {"a1": "error"}, check=_found("a1")))
    register(Rule("s", {"s1": "suggestion"}, check=_found("s1"), kind="content"))
    register(Rule("t", {"t1": "suggestion"}, check=_found("t1"), kind="content"))
    events: list[str] = []

    class Remembered:
        rules = frozenset({"s"})

        def run(self, rule: Rule, ctx: Any) -> list[Problem]:
            events.append("run " + rule.name)
            return [Problem("cached.md", 1, None, "suggestion", "s1", "from the cache")]

        def finish(self) -> None:
            events.append("finish")

    class Cache:
        def start(self, page: Any) -> Remembered:
            events.append("start " + page.rel)
            return Remembered()

    ctx = SimpleNamespace(
        plan=plan_for(frozenset()), content_plan=plan_for(frozenset({"t1"}), True)
    )
    page = make_page("p.md", None, None, "x")
    found = run_page(page, ctx, content=True, cache=Cache())  # type: ignore[arg-type]
    assert [(p.path, p.code) for p in found] == [("p.md", "a1"), ("cached.md", "s1")]
    assert events == ["start p.md", "run s", "finish"]
    events.clear()
    assert [p.code for p in run_page(page, ctx, cache=Cache())] == ["a1"]  # type: ignore[arg-type]
    assert events == []
    page.decode_error = "not UTF-8"
    assert [p.code for p in run_page(page, ctx, content=True, cache=Cache())] == ["a1"]  # type: ignore[arg-type]
    assert events == []


def test_the_real_registry_knows_every_severity() -> None:
    assert set(problem.CODES.values()) <= set(problem.SEVERITIES)
    assert problem.SEVERITIES == ("error", "warning", "suggestion")
    assert (problem.ERROR, problem.WARNING, problem.SUGGESTION) == SEVERITIES_SPELLED
    assert common.DATED_STEM.match("2024-01-02-x") is not None
    assert common.DATED_STEM.match("2024-01-02x") is None


SEVERITIES_SPELLED = ("error", "warning", "suggestion")


@pytest.mark.parametrize(
    ("time", "read"),
    [
        ("10:00:00.123", True),
        ("18:30:22 +0100", True),
        ("18:30:22 -01:00", True),
        ("10:00 PST", True),
        ("1:00", True),
        ("10:00Z", True),
        ("10:00:00 2023", True),
        ("100:00", False),
        ("10:00 +01", False),
        ("10:0", False),
        ("10:00:0", False),
        ("10:00 (noon)", False),
    ],
)
def test_a_time_after_a_date_as_ruby_reads_it(time: str, read: bool) -> None:
    assert (as_date("2024-01-02 " + time) == dt.date(2024, 1, 2)) is read
    assert (as_date("2024-01-02T" + time) == dt.date(2024, 1, 2)) is read


def test_what_looks_like_a_file_name() -> None:
    found = [bool(common.FILE_LIKE.search(x)) for x in ("a.md", "a.x", "a.abcde", "a.abcdef")]
    assert found == [True, False, True, False]
    assert not common.FILE_LIKE.search("a.m_d") and common.FILE_LIKE.search("photo.JPG")
    assert as_date("2024-123-01") is None and as_date("2024-1-2T") == dt.date(2024, 1, 2)


def test_a_slug_drops_only_dashes_at_its_ends() -> None:
    assert slug("X marks the spot!") == "x-marks-the-spot"
    assert slug("-XX-") == "xx"
