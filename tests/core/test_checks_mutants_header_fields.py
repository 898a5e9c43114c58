"""The header walk's shortcut (`checks/fields.py`): the everyday values it vouches for without
handing them to a field rule, pinned on small sites (mutation testing of `core/checks/fields.py`,
`tools/mutation.py checks-header --only fields`).

The walk vouches for an everyday value in two steps: first in the walk itself, with no call
(text, true/false, dates, relations, choices, addresses, images of a listed folder), then, for
what that step leaves, through `_plainly_fine` (numbers, lists, values of a unique field are
never vouched for). A mistake that makes either step answer "look closer" for more values
finds the same problems, only more slowly (a site of 10,000 pages makes that count), so the
tests here watch which values reach `_plainly_fine` and the field rules, and what
`_plainly_fine` answers for each type.

Surviving mutants that no test can tell apart (equivalent):
- `_plainly_fine`'s relation key: `getattr(f, "key", ...)` without a default, or with `None` or
  another word for "title" as the default (every field has a key, "title" unless the schema
  says otherwise); the options' list (`[1]`) for their set (`[0]`): the same values;
- `_plainly_fine`'s file test with the slash or the colon not refused (`":" in value and not
  value`, `"/" in value and ":" in value`, `"XX/XX"`, `"XX:XX"`): a name with a slash is never
  a listed file name, and a file whose name holds a colon is found by the full check too, with
  nothing to say;
- `check_fields`' label for an implied field when the schema has none (`getattr(f, "label",
  None)` for `""`): no label either way, the implied field's own is kept;
- `check_fields`' relation key spelt otherwise for a field without one (`getattr(f, "key",
  ...)` with another or no default: every field has a key), the options' list (`[1]`) for
  their set, `getattr(f, "collection")` without a default and `or` for `and` in the relation
  test (every field has a collection, and only relations name one); an implied field's
  `required` defaulting to `None` or `True` (every field has `required`); `getattr(f, "folder")` without
  a default (every field has a folder); the choices' value counts `.get` without a default (a
  choice field holds text on some page, or lists its choices); the holders of a field's values
  looked up when it is not unique (only read for a unique one), and read without testing for
  none (`or True`: every unique field has its table of holders);
- `check_fields` handing `_plainly_fine` no collection: it reads the collection only for the
  value counts of an inferred choice or list, whose shared values the walk vouches for first
  (a list whose values pages share is inferred as choices);
- `check_fields`' "is empty" and "is missing" problems with `label_of(f, None)` (every field
  has a label),
  `_why_needed` handed no field (it reads none) or `severity_for(ctx, None)` (false either
  way); the unique test without the field's own `unique` or with another default, or with
  `and` / `not in` (the schema's `unique` and the collection's unique fields agree: a declared
  one is taken as it is, an inferred one by the same `looks_unique` over the same values);
- `check_fields` not looking up the collection's plan of a field (`known = None`,
  `plan.get(None)`): it is worked out again, the same.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from test_checks_mutants_header import found, make_site

from editor_app.core.checks import context as context_module
from editor_app.core.checks import fields as fields_module
from editor_app.core.checks.context import context_for
from editor_app.core.checks.registry import Plan
from editor_app.core.schema import load_schema
from editor_app.core.validate import validate_site

SCHEMA = """\
collections:
  people:
    fields:
      - name: title
  projects:
    fields:
      - name: title
  resources:
    fields:
      - name: title
      - name: summary
        type: long_text
      - name: draft
        type: boolean
      - name: published
        type: date
      - name: updated
        type: datetime
      - name: author
        type: relation
        collection: people
      - name: helpers
        type: relation
        collection: people
        multiple: true
      - name: owner
        type: relation
        collection: people
        key: file
      - name: status
        type: choice
        choices: [draft, final]
      - name: tags
        type: choices
        choices: [sea, wind, fog]
      - name: link
        type: url
      - name: picture
        type: image
        folder: assets/img
      - name: attachment
        type: file
        folder: assets/img
      - name: weight
        type: number
      - name: notes
        type: list
        choices: [one, two]
      - name: reference
        unique: true
"""

EVERYDAY = {
    "title": "Report {i}",
    "summary": "About {i}.",
    "draft": "false",
    "published": "2024-01-0{i}",
    "updated": "2024-01-0{i} 10:00:00",
    "author": "Ann Lee",
    "helpers": "[Bo Chen, Cy Diaz]",
    "owner": "ann-lee",
    "status": "final",
    "tags": "[sea, wind]",
    "link": "https://example.org/{i}",
    "picture": "p{i}.png",
    "attachment": "p{i}.png",
    "weight": "{i}",
    "notes": "[one, two]",
    "reference": "ref-{i}",
}


def _page(i: int, **changed: str) -> str:
    values = {k: v.format(i=i) for k, v in EVERYDAY.items()}
    values.update(changed)
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in values.items()) + "---\nText.\n"


def _site(tmp_path: Path, n: int = 4, schema: str | None = SCHEMA, **planted: str) -> Any:
    pages = {f"_resources/r{i}.md": _page(i) for i in range(1, n + 1)}
    pages.update({f"_resources/{name}.md": text for name, text in planted.items()})
    img = tmp_path / "assets" / "img"
    img.mkdir(parents=True)
    for i in range(1, 10):
        (img / f"p{i}.png").write_bytes(b"")
    (img / "Shot.PNG").write_bytes(b"")
    return make_site(tmp_path, pages, schema)


class _Watch:
    """Which values reach `_plainly_fine` (and what it says) and the field rules."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str, Any, bool]] = []
        self.ruled: list[tuple[str, str, Any]] = []
        plainly_fine = fields_module._plainly_fine

        def asked(ctx: Any, coll: Any, name: str, f: Any, ftype: str, value: Any) -> bool:
            answer = plainly_fine(ctx, coll, name, f, ftype, value)
            self.asked.append((name, ftype, value, answer))
            return answer

        monkeypatch.setattr(fields_module, "_plainly_fine", asked)
        plan_for = context_module.plan_for

        def watched_plan(off: frozenset[str], content: bool = False) -> Plan:
            plan = plan_for(off, content)
            checks = {t: self._ruled(t, check) for t, check in plan.value_checks.items()}
            return Plan(plan.page_rules, checks, plan.off)

        monkeypatch.setattr(context_module, "plan_for", watched_plan)

    def _ruled(self, ftype: str, check: Any) -> Any:
        def ruled(page: Any, ctx: Any, f: Any, name: str, value: Any, line: Any) -> Any:
            self.ruled.append((name, ftype, value))
            return check(page, ctx, f, name, value, line)

        return ruled


def test_everyday_values_of_a_declared_schema_reach_no_field_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = _Watch(monkeypatch)
    site = _site(tmp_path, once=_page(5, status="draft", tags="[fog]"))  # choices made once
    assert validate_site(site, content=False) == []
    # Numbers and lists are vouched for by `_plainly_fine`, everything else (the unique
    # reference too) in the walk itself.
    assert watch.ruled == []
    assert sorted({(name, ftype, answer) for name, ftype, _, answer in watch.asked}) == [
        ("notes", "list", True),
        ("weight", "number", True),
    ]


def test_a_unique_value_no_other_page_holds_needs_no_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = _Watch(monkeypatch)
    site = _site(
        tmp_path,
        copy=_page(9, reference="ref-2"),
        spaced=_page(8, reference='"ref-3 "'),
        alone=_page(7, reference='"ref-7 "'),
    )
    problems = validate_site(site, content=False)
    assert [(p.path, p.field, p.code) for p in problems] == [
        ("_resources/copy.md", "reference", "duplicate-value"),
        ("_resources/spaced.md", "reference", "duplicate-value"),
    ]
    # The held values go to the rule (the older holder is told nothing); the others do not,
    # a value held by its own page alone, spaces around it or not, neither.
    assert sorted(watch.ruled) == [
        ("reference", "text", "ref-2"),
        ("reference", "text", "ref-2"),
        ("reference", "text", "ref-3"),
        ("reference", "text", "ref-3 "),
    ]
    assert not [a for a in watch.asked if a[0] == "reference"]


@pytest.mark.parametrize(
    ("name", "value", "ftype"),
    [
        ("summary", "7", "long_text"),
        ("updated", "soon", "datetime"),
        ("draft", "yes please", "boolean"),
        ("published", "soon", "date"),
        ("author", "Dee Ray", "relation"),
        ("author", "[Ann Lee, Dee Ray]", "relation"),
        ("helpers", "[Ann Lee, 7]", "relation"),
        ("status", "maybe", "choice"),
        ("status", "[final, maybe]", "choice"),
        ("tags", "[sea, 7]", "choices"),
        ("link", "example.org", "url"),
        ("link", "//example.org", "url"),
        ("picture", "gone.png", "image"),
        ("picture", "shot.png", "image"),
        ("picture", "img/p1.png", "image"),
        ("weight", "heavy", "number"),
        ("weight", "true", "number"),
        ("notes", "[one, 7]", "list"),
    ],
)
def test_a_value_out_of_the_ordinary_goes_to_its_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str, ftype: str
) -> None:
    watch = _Watch(monkeypatch)
    site = _site(tmp_path, odd=_page(9, **{name: value}))
    validate_site(site, content=False)
    # Only the odd page's value goes to the rule, and the shortcut did not vouch for it.
    [(ruled_type, odd)] = [(t, v) for n, t, v in watch.ruled if n == name]
    assert ruled_type == ftype
    assert [a for a in watch.asked if a[0] == name and repr(a[2]) == repr(odd) and a[3]] == []


def _ctx(site: Any) -> Any:
    return context_for(site, load_schema(site))


def test_what_the_shortcut_vouches_for_type_by_type(tmp_path: Path) -> None:
    site = _site(tmp_path)
    ctx = _ctx(site)
    f = ctx.field_map("resources")
    fine = fields_module._plainly_fine

    def ok(name: str, value: Any, ftype: str | None = None) -> bool:
        field = f[name]
        return fine(ctx, "resources", name, field, ftype or field.type, value)

    assert ok("title", "x") and ok("summary", "x")
    assert not ok("title", "") and not ok("summary", 7)
    assert ok("draft", True) and ok("draft", False)
    assert not ok("draft", "true") and not ok("draft", 1)
    assert ok("weight", 3) and ok("weight", 2.5)
    assert not ok("weight", True) and not ok("weight", "3")
    assert ok("published", dt.date(2024, 1, 1)) and ok("updated", dt.datetime(2024, 1, 1, 9))
    assert ok("published", dt.datetime(2024, 1, 1, 9), "datetime")
    assert not ok("published", "2024-01-01") and not ok("updated", "2024-01-01 10:00")
    assert ok("author", "Ann Lee") and ok("helpers", ["Ann Lee", "Bo Chen"])
    assert not ok("author", "Dee Ray") and not ok("helpers", ["Ann Lee", 7])
    assert not ok("helpers", ("Ann Lee",)) and not ok("helpers", ["Ann Lee", "Dee Ray"])
    assert ok("status", "final") and ok("tags", ["sea", "wind"]) and ok("tags", "sea")
    assert ok("notes", ["one"]) and ok("notes", "two") and not ok("notes", ["sea"])
    assert not ok("status", "maybe") and not ok("tags", ["sea", "mist"])
    assert ok("link", "https://example.org/x") and ok("link", "/about/")
    assert not ok("link", "//example.org") and not ok("link", "example.org")
    assert not ok("link", 7)
    assert ok("picture", "p1.png") and ok("picture", "Shot.PNG")
    for odd in ("shot.png", "gone.png", "img/p1.png", "c:p1.png", "", 7):
        assert not ok("picture", odd), odd
    assert ok("picture", "p1.png", "file")
    assert not ok("title", "x", "email") and not ok("title", {"a": 1}, "object")


def test_relations_and_folders_the_field_does_not_name(tmp_path: Path) -> None:
    site = _site(tmp_path)
    ctx = _ctx(site)
    fine = fields_module._plainly_fine
    bare = type("Field", (), {"name": "x"})()
    assert not fine(ctx, "resources", "x", bare, "relation", "Ann Lee")
    assert not fine(ctx, "resources", "x", bare, "image", "p1.png")
    assert not fine(ctx, "resources", "x", bare, "choice", "final")
    keyed = type("Field", (), {"name": "x", "collection": "people", "key": None})()
    assert fine(ctx, "resources", "x", keyed, "relation", "Ann Lee")
    assert not fine(ctx, "resources", "x", keyed, "relation", ["Ann Lee", "Dee Ray"])
    by_file = type("Field", (), {"name": "x", "collection": "people", "key": "file"})()
    assert fine(ctx, "resources", "x", by_file, "relation", "ann-lee")
    assert not fine(ctx, "resources", "x", by_file, "relation", "Ann Lee")
    moved = type("Field", (), {"name": "x", "folder": "assets"})()
    assert not fine(ctx, "resources", "x", moved, "image", "p1.png")
    assert fine(ctx, "resources", "x", moved, "file", "img")


def test_choices_of_an_inferred_schema_are_the_values_two_pages_share(tmp_path: Path) -> None:
    pages = {
        f"_resources/r{i}.md": f"---\ntitle: R{i}\nstatus: {s}\n---\nText.\n"
        for i, s in enumerate(["draft", "final", "final", "draft", "odd"])
    }
    site = make_site(tmp_path, pages)
    ctx = _ctx(site)
    assert not ctx.declared
    fine = fields_module._plainly_fine
    status = ctx.field_map("resources").get("status")
    for ftype in ("choice", "choices", "list"):
        assert fine(ctx, "resources", "status", status, ftype, "final")
        assert fine(ctx, "resources", "status", status, ftype, ["final", "draft"])
        assert not fine(ctx, "resources", "status", status, ftype, "odd")
        assert not fine(ctx, "resources", "status", status, ftype, ["final", 7])
    assert not fine(ctx, "resources", "gone", status, "choice", "final")
    assert found(validate_site(site, content=False), "_resources/r4.md") == []


def test_everyday_values_of_an_inferred_schema_reach_no_field_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = _Watch(monkeypatch)
    statuses = ["draft", "final", "final", "draft", "final", "final"]
    pages = {
        f"_resources/r{i}.md": (
            f"---\ntitle: Report {i}\nstatus: {s}\ndraft: {str(i % 2 == 0).lower()}\n"
            f"published: 2024-01-0{i + 1}\nauthor: {('Ann Lee', 'Bo Chen')[i % 2]}\n"
            f"weight: {i}\ntags: [sea, {('wind', 'fog')[i % 2]}]\n---\nText.\n"
        )
        for i, s in enumerate(statuses)
    }
    site = make_site(tmp_path, pages)
    assert validate_site(site, content=False) == []
    assert watch.ruled == []
    # "draft" is used by exactly two pages: still an everyday value, vouched for in the walk.
    assert sorted({(name, ftype, answer) for name, ftype, _, answer in watch.asked}) == [
        ("weight", "number", True),
    ]


def test_a_key_that_is_no_text_does_not_stop_the_walk(tmp_path: Path) -> None:
    # A number or true/false as a key once stopped the whole site's check (`key.lower()`).
    odd = "---\ntitle: Odd\n2024: a year as a key\ntrue: yes\ndraft: yes please\n---\nText.\n"
    site = _site(tmp_path, odd=odd)
    problems = [(p.line, p.field, p.code) for p in validate_site(site, content=False)]
    assert (5, "draft", "wrong-type") in problems


def test_a_key_that_is_no_text_in_a_site_without_a_schema_file(tmp_path: Path) -> None:
    pages = {f"_resources/r{i}.md": f"---\ntitle: R{i}\nref: r{i}\n---\nText.\n" for i in range(6)}
    pages["_resources/odd.md"] = "---\ntitle: Odd\nref: r9\n2024: a year\n---\nText.\n"
    site = make_site(tmp_path, pages)
    assert found(validate_site(site, content=False), "_resources/odd.md") == []


def test_a_slip_in_an_implied_field_is_told_with_the_fields_label(tmp_path: Path) -> None:
    # Three numbers and a text: too few for the inferred schema to call the field a number,
    # enough for the text to be a slip (`facts.implied_field`).
    pages = {
        f"_resources/r{i}.md": f"---\ntitle: R{i}\nsortOrder: {i}\n---\nText.\n" for i in range(3)
    }
    pages["_resources/odd.md"] = "---\ntitle: Odd\nsortOrder: third\n---\nText.\n"
    site = make_site(tmp_path, pages)
    assert found(validate_site(site, content=False), "_resources/odd.md") == [
        (
            3,
            "sortOrder",
            "wrong-type",
            "error",
            "Sort order must be a number, not 'third'. Write only digits, without quotes.",
        )
    ]


def test_a_misspelt_key_of_a_few_pages_is_read_as_the_kind_its_values_are(
    tmp_path: Path,
) -> None:
    # 5 of 100 pages write `ordr`: too rare for the inferred schema (a slip of `order`), but
    # 4 of its 5 values are numbers, so the fifth is told as a slip, with the key's own label.
    pages = {
        f"_resources/r{i}.md": f"---\ntitle: R{i}\norder: {i}\n---\nText.\n" for i in range(95)
    }
    for i in range(5):
        value = "third" if i == 4 else str(i)
        pages[f"_resources/x{i}.md"] = f"---\ntitle: X{i}\nordr: {value}\n---\nText.\n"
    site = make_site(tmp_path, pages)
    ctx = _ctx(site)
    assert "ordr" not in ctx.field_map("resources")
    assert [(p.path, p.line, p.field, p.message) for p in validate_site(site, content=False)] == [
        (
            "_resources/x4.md",
            3,
            "ordr",
            "Ordr must be a number, not 'third'. Write only digits, without quotes.",
        )
    ]


def test_a_required_field_left_empty_is_told_on_its_line(tmp_path: Path) -> None:
    schema = SCHEMA.replace(
        "      - name: summary\n", "      - name: summary\n        required: true\n"
    )
    site = _site(tmp_path, schema=schema, blank=_page(9, summary='""'))
    assert found(validate_site(site, content=False), "_resources/blank.md") == [
        (
            3,
            "summary",
            "required-missing",
            "error",
            "Summary is empty. Every resource needs one. Fill it in.",
        )
    ]
    # Inferred: said when every other page has one.
    pages = {
        f"_resources/n{i}.md": f"---\ntitle: N{i}\nsummary: S{i}\n---\nText.\n" for i in range(6)
    }
    pages["_resources/blank.md"] = "---\ntitle: Blank\nsummary: ''\n---\nText.\n"
    site = make_site(tmp_path / "inferred", pages)
    assert found(validate_site(site, content=False), "_resources/blank.md") == [
        (
            3,
            "summary",
            "required-missing",
            "warning",
            "Summary is empty. Every other resource has one. Fill it in.",
        )
    ]


def test_an_implied_relation_left_empty_is_told_when_the_field_is_required(tmp_path: Path) -> None:
    # The inferred schema calls `topic` a choice (one project's page cannot be read, so its
    # title is not among the titles it knows); every file counts for the implied relation.
    pages = {
        "_projects/work.md": "---\ntitle: Work\n---\n",
        "_projects/play.md": "---\ntitle: Play\n---\n",
        "_projects/rest.md": "---\ntitle: Rest\nbad: [\n---\n",
    }
    for i, topic in enumerate(["Work", "Play", "Rest", "Work", "Play", "Rest", "Work"]):
        pages[f"_resources/n{i}.md"] = f"---\ntitle: N{i}\ntopic: {topic}\n---\nText.\n"
    pages["_resources/blank.md"] = "---\ntitle: Blank\ntopic: ''\n---\nText.\n"
    site = make_site(tmp_path, pages)
    ctx = _ctx(site)
    assert ctx.field_map("resources")["topic"].type == "choice"
    assert ctx.implied_field("resources", "topic").type == "relation"
    assert found(validate_site(site, content=False), "_resources/blank.md") == [
        (
            3,
            "topic",
            "required-missing",
            "warning",
            "Topic is empty. Every other resource has one. Fill it in.",
        )
    ]


def test_an_empty_field_does_not_stop_the_walk(tmp_path: Path) -> None:
    schema = SCHEMA.replace(
        "      - name: summary\n", "      - name: summary\n        required: true\n"
    )
    site = _site(tmp_path, schema=schema, blank=_page(9, summary='""', draft="yes please"))
    problems = found(validate_site(site, content=False), "_resources/blank.md")
    assert [(line, name, code) for line, name, code, _, _ in problems] == [
        (3, "summary", "required-missing"),
        (4, "draft", "wrong-type"),
    ]


def test_a_value_an_inferred_unique_field_already_has_is_told(tmp_path: Path) -> None:
    pages = {
        f"_resources/r{i}.md": f"---\ntitle: R{i}\nhandle: s{i}\n---\nText.\n" for i in range(8)
    }
    pages["_resources/zz.md"] = "---\ntitle: Copy\nhandle: s2\n---\nText.\n"
    site = make_site(tmp_path, pages)
    assert found(validate_site(site, content=False), "_resources/zz.md") == [
        (
            3,
            "handle",
            "duplicate-value",
            "warning",
            "The handle 's2' is already used by “R2” (_resources/r2.md). Each resource needs its own: "
            "change this one.",
        )
    ]
