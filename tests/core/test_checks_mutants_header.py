"""Header rules on small planted sites, each problem pinned by line, field, code, severity and
words (mutation testing of `core/checks/`: encoding, settings, uniqueness, relations, field
names; `tools/mutation.py checks-header`).

Surviving mutants that no test can tell apart (equivalent):
- dates: the quick look at the file name's first character done otherwise (the full date
  pattern decides); `rstrip("XX-XX")` for `rstrip("-")` (a date never ends with X).
- encoding: the search for garbled text done on every page (it needs a â or Ã to match
  anyway); counting lines from `None` for 0; `decode_error_line or 2` (a file that is not UTF-8
  always has the line of its first bad byte).
- settings: `"UTF-8-SIG"` for `"utf-8-sig"` (codec names ignore case); the remembered
  settings not kept, not looked up or never matched (the file is read again: the same answer).
- the rules' screens (`wants`): `_may_be_garbled` passing every page that is not ASCII, and
  `_header_needs_a_look` without its unreadable-header test (such a header reads as no
  fields, so the screen for repeated keys passes it): both only let more pages reach a rule that finds nothing more.
- uniqueness: `>=` for `>` between (time, file) pairs of two different files; `float("INF")`;
  `getattr(f, "unique", None)`; the blank and not-text values' early return (a blank value is
  never indexed, and no text reads like a list or a decimal number).
- relations: `getattr` defaults for the `collection` and `key` of a field, which every field
  has; the cache tags of the closest-name look-up spelt otherwise; `severity_for(ctx, None)` for
  `False`; the checks of a missing site or of a collection the site lacks, which the schema
  refuses before any rule runs.
- field names: `getattr(cs, "fields", ...)` defaults (a collection's schema always has
  fields); `closest_match`'s cutoff given or left at its 0.6 default; the page and context
  passed to `count_others` (unused); the name given as `None` or `> 1` for `> 0` in counting
  others (an inferred schema lists every field two documents use, so a field the rule sees is
  used by no other); the cache tags.
"""

from __future__ import annotations

import os
from pathlib import Path

from editor_app.core.checks.problem import Problem
from editor_app.core.checks.settings import settings_for
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_paths, validate_site

PEOPLE = ("Ann Lee", "Bo Chen", "Cy Diaz")


def make_site(root: Path, pages: dict[str, str], schema: str | None = None) -> Site:
    """A small Jekyll site: three people, the given pages (older first), maybe a schema."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(
        "title: t\ncollections:\n  people:\n    output: true\n  resources:\n    output: true\n"
        "  projects:\n    output: true\n",
        encoding="utf-8",
    )
    files = {f"_people/{n.split()[0].lower()}-lee.md": f"---\ntitle: {n}\n---\n" for n in PEOPLE}
    files["_projects/tides.md"] = "---\ntitle: Tidal power\n---\n"
    files.update(pages)
    for i, (rel, text) in enumerate(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    if schema is not None:
        (root / "_schema.yml").write_text(schema, encoding="utf-8")
    return Site.open(root)


def resource(i: int, **fields: object) -> str:
    values = {"title": f"Report {i}", "reference": f"ref-{i}", "author": PEOPLE[i % 3]}
    values["status"] = "draft" if i % 2 else "final"
    values.update(fields)
    lines = "".join(f"{k}: {v}\n" for k, v in values.items() if v is not None)
    return f"---\n{lines}---\nText.\n"


def resources(n: int = 6, **planted: str) -> dict[str, str]:
    pages = {f"_resources/r{i}.md": resource(i) for i in range(1, n + 1)}
    pages.update({f"_resources/{name}.md": text for name, text in planted.items()})
    return pages


def found(problems: list, rel: str) -> list[tuple]:
    return [(p.line, p.field, p.code, p.severity, p.message) for p in problems if p.path == rel]


# -- encoding ---------------------------------------------------------------------------------

GARBLED = (
    "looks like a garbled character (text copied between programs that disagreed on its "
    "encoding). Retype the character, for example ’ or é."
)
LOST = (
    "This line contains '\ufffd', a character that was lost when the text was copied. Retype "
    "the missing character."
)


def _loose(tmp_path: Path, text: str) -> list[tuple]:
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    return found(validate_paths([tmp_path / "page.md"], content=False), "page.md")


def test_a_curly_quote_decoded_twice_is_found_without_any_other_sign(tmp_path: Path) -> None:
    text = "---\ntitle: Tides\n---\nFirst.\nIt\u00e2\u20ac\u2122s here.\n"
    assert _loose(tmp_path, text) == [(5, None, "encoding", "warning", f"'â€™' {GARBLED}")]


def test_an_accent_decoded_twice_is_found_without_any_other_sign(tmp_path: Path) -> None:
    text = "---\ntitle: Tides\n---\nA caf\u00c3\u00a9 here.\n"
    assert _loose(tmp_path, text) == [(4, None, "encoding", "warning", f"'Ã©' {GARBLED}")]


def test_garbled_and_lost_characters_count_lines_from_the_first(tmp_path: Path) -> None:
    assert _loose(tmp_path, "\nNotes\nA caf\u00c3\u00a9 here.\n") == [
        (3, None, "encoding", "warning", f"'Ã©' {GARBLED}")
    ]
    assert _loose(tmp_path, "\nNotes\nA lost \ufffd here,\nand \ufffd there.\n") == [
        (3, None, "encoding", "warning", LOST)
    ]


def test_a_lost_character_in_a_field_names_the_field(tmp_path: Path) -> None:
    text = "---\ntitle: Tides\nsubtitle: Lost \ufffd here\n---\nText.\n"
    assert _loose(tmp_path, text) == [(3, "subtitle", "encoding", "warning", LOST)]


# -- the site's own settings ------------------------------------------------------------------


def _settings(tmp_path: Path, text: str):
    (tmp_path / "_schema.yml").write_text(text, encoding="utf-8")
    return settings_for(tmp_path)


def test_checks_switched_off_under_a_quoted_off_key(tmp_path: Path) -> None:
    settings = _settings(tmp_path, 'checks:\n  "off": [link-insecure, 42]\n')
    assert settings.off == frozenset({"link-insecure", "42"})


def test_checks_off_written_as_a_group_switch_nothing_off(tmp_path: Path) -> None:
    assert _settings(tmp_path, "checks:\n  off: {link-insecure: true}\n").off == frozenset()


def test_settings_asked_again_are_the_same_until_the_file_changes(tmp_path: Path) -> None:
    first = _settings(tmp_path, "checks:\n  off: [sentence-long]\n")
    assert settings_for(tmp_path) == first
    changed = _settings(tmp_path, "checks:\n  off: [sentence-long, link-insecure]\n")
    assert changed.off == frozenset({"sentence-long", "link-insecure"})


def test_the_house_style_is_read_with_the_settings(tmp_path: Path) -> None:
    settings = _settings(tmp_path, "checks:\n  off: heading-skipped\nstyle:\n  utilise: use\n")
    assert settings.off == frozenset({"heading-skipped"})
    assert settings.style == {"utilise": "use"}


# -- uniqueness -------------------------------------------------------------------------------


def test_a_reference_used_twice_is_a_warning_on_the_newer_page_when_inferred(
    tmp_path: Path,
) -> None:
    site = make_site(tmp_path, resources(copy=resource(7, reference="ref-2")))
    problems = validate_site(site, content=False)
    assert found(problems, "_resources/copy.md") == [
        (
            3,
            "reference",
            "duplicate-value",
            "warning",
            "The reference 'ref-2' is already used by “Report 2” (_resources/r2.md). Each resource needs its "
            "own: change this one.",
        )
    ]
    assert found(problems, "_resources/r2.md") == []


def test_a_page_dated_1970_on_disk_counts_as_the_newer_of_two(tmp_path: Path) -> None:
    site = make_site(tmp_path, resources(copy=resource(7, reference="ref-2")))
    os.utime(tmp_path / "_resources/r2.md", (0, 0))
    problems = validate_site(Site.open(tmp_path), content=False)
    assert [p[2] for p in found(problems, "_resources/r2.md")] == ["duplicate-value"]
    assert site is not None


def test_a_number_no_other_page_holds_is_no_duplicate(tmp_path: Path) -> None:
    site = make_site(tmp_path, resources(number=resource(7, reference=12345)))
    assert found(validate_site(site, content=False), "_resources/number.md") == []
    # Typed into an open page, not saved yet: no page of the index holds it.
    doc = Document.from_text(resource(1, reference=999), tmp_path / "_resources" / "r1.md")
    assert validate_document(doc, site, content=False) == []


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
      - name: author
        type: relation
        collection: people
        key: {key}
      - name: project
        type: relation
        collection: projects
      - name: helpers
        type: relation
        collection: people
        multiple: true
      - name: status
        type: choice
        choices: [draft, final]
"""


def test_a_declared_unique_field_says_its_label_and_is_an_error(tmp_path: Path) -> None:
    schema = SCHEMA.format(key="title") + (
        "      - name: reference\n        label: Report number\n        unique: true\n"
    )
    site = make_site(tmp_path, resources(copy=resource(7, reference="ref-2")), schema)
    assert found(validate_site(site, content=False), "_resources/copy.md") == [
        (
            3,
            "reference",
            "duplicate-value",
            "error",
            "The report number 'ref-2' is already used by “Report 2” (_resources/r2.md). Each resource needs "
            "its own: change this one.",
        )
    ]


def test_an_undeclared_reference_used_twice_is_only_a_warning(tmp_path: Path) -> None:
    site = make_site(
        tmp_path, resources(copy=resource(7, reference="ref-2")), SCHEMA.format(key="title")
    )
    duplicates = [
        p
        for p in found(validate_site(site, content=False), "_resources/copy.md")
        if p[2] != "unknown-field"
    ]
    assert duplicates == [
        (
            3,
            "reference",
            "duplicate-value",
            "warning",
            "The reference 'ref-2' is already used by “Report 2” (_resources/r2.md). Each resource needs its "
            "own: change this one.",
        )
    ]


# -- relations --------------------------------------------------------------------------------


def _declared(tmp_path: Path, key: str, **planted: str) -> list:
    pages = resources(**planted)
    for rel in list(pages):
        if rel.startswith("_resources/r"):
            pages[rel] = pages[rel].replace("reference:", "ref:")
    if key == "file":
        for rel in list(pages):
            for name in PEOPLE:
                stem = f"{name.split()[0].lower()}-lee"
                pages[rel] = pages[rel].replace(f"author: {name}\n", f"author: {stem}\n")
    site = make_site(tmp_path, pages, SCHEMA.format(key=key or '""'))
    return [p for p in validate_site(site, content=False) if p.code != "unknown-field"]


def test_a_relation_by_file_name_suggests_the_file_name(tmp_path: Path) -> None:
    problems = _declared(tmp_path, "file", slip=resource(7, author="ann-leee"))
    assert found(problems, "_resources/slip.md") == [
        (
            4,
            "author",
            "unknown-relation",
            "error",
            "Unknown person 'ann-leee'. Did you mean 'ann-lee'?",
        )
    ]


def test_a_relation_with_an_empty_key_goes_by_title(tmp_path: Path) -> None:
    problems = _declared(tmp_path, "", slip=resource(7, author="Ann Leee"))
    assert found(problems, "_resources/slip.md") == [
        (
            4,
            "author",
            "unknown-relation",
            "error",
            "Unknown person 'Ann Leee'. Did you mean 'Ann Lee'?",
        )
    ]


def test_each_name_of_a_list_is_checked_after_an_empty_one(tmp_path: Path) -> None:
    problems = _declared(tmp_path, "title", slip=resource(7, helpers='["", "Bo Chenn"]'))
    assert found(problems, "_resources/slip.md") == [
        (
            6,
            "helpers",
            "unknown-relation",
            "error",
            "Unknown person 'Bo Chenn'. Did you mean 'Bo Chen'?",
        )
    ]


def test_the_same_slip_in_two_relations_is_matched_in_each_collection(tmp_path: Path) -> None:
    problems = _declared(tmp_path, "title", slip=resource(7, author="Tidal", project="Tidal"))
    assert [p[4] for p in found(problems, "_resources/slip.md")] == [
        "Unknown person 'Tidal': no person page has that title. Check the spelling, or create "
        "the person page first.",
        "Unknown project 'Tidal'. Did you mean 'Tidal power'?",
    ]


def test_an_inferred_relation_slip_is_an_error_and_a_group_in_it_a_warning(
    tmp_path: Path,
) -> None:
    site = make_site(
        tmp_path,
        resources(
            12,
            slip=resource(13, author="Ann Leee"),
            group=resource(14, author="[{name: x}]"),
            other=resource(15, author="Cy Lee"),
        ),
    )
    problems = validate_site(site, content=False)
    assert found(problems, "_resources/slip.md") == [
        (
            4,
            "author",
            "unknown-relation",
            "error",
            "Unknown person 'Ann Leee'. Did you mean 'Ann Lee'?",
        )
    ]
    assert found(problems, "_resources/group.md") == [
        (4, "author", "wrong-type", "warning", "Each person must be the name of one person.")
    ]
    # Near a name, but more than a slip of a letter or two: only a warning.
    assert found(problems, "_resources/other.md") == [
        (
            4,
            "author",
            "unknown-relation",
            "warning",
            "Unknown person 'Cy Lee'. Did you mean 'Ann Lee'?",
        )
    ]


# -- field names ------------------------------------------------------------------------------

UNKNOWN = (
    "No other resource has a field called '{}', so the site probably ignores it. Did you mean '{}'?"
)


def test_a_new_page_not_yet_saved_is_told_of_a_misspelt_field(tmp_path: Path) -> None:
    site = make_site(tmp_path, resources())
    text = resource(7, refrence="x")
    doc = Document.from_text(text, tmp_path / "_resources" / "new.md")
    assert [(p.line, p.code, p.message) for p in validate_document(doc, site, content=False)] == [
        (6, "unknown-field", UNKNOWN.format("refrence", "reference"))
    ]


def test_a_field_three_pages_use_is_common_enough_to_suggest(tmp_path: Path) -> None:
    # Pages outside any collection: no schema lists their fields, every rare one is looked at.
    pages = {f"page{i}.md": f"---\ntitle: Page {i}\nsummary: A page.\n---\n" for i in (1, 2, 3)}
    pages["slip.md"] = "---\ntitle: Slip\nsumary: A page.\n---\n"
    pages["plain.md"] = "---\ntitle: Plain\n---\n"
    problems = validate_site(make_site(tmp_path, pages), content=False)
    message = UNKNOWN.replace("resource", "page").format("sumary", "summary")
    assert [p for p in problems if p.code == "unknown-field"] == [
        Problem("slip.md", 3, "sumary", "warning", "unknown-field", message)
    ]


def test_a_rare_field_another_page_uses_too_is_no_slip(tmp_path: Path) -> None:
    pages = {f"page{i}.md": f"---\ntitle: Page {i}\nsummary: A page.\n---\n" for i in (1, 2, 3)}
    pages["slip.md"] = "---\ntitle: Slip\nsumary: A page.\n---\n"
    pages["same.md"] = "---\ntitle: Same\nsumary: A page.\n---\n"
    assert [
        p
        for p in validate_site(make_site(tmp_path, pages), content=False)
        if p.code == "unknown-field"
    ] == []


# -- the header's syntax and dates ---------------------------------------------------------------


def test_a_tab_that_does_not_break_the_header_is_only_a_warning(tmp_path: Path) -> None:
    text = '---\ntitle: "Tides\n\tand waves"\nsummary: "a\tb"\n---\nText.\n'
    assert _loose(tmp_path, text) == [
        (
            3,
            "title",
            "tab-indent",
            "warning",
            "This line is indented with a tab. Headers must be indented with spaces only: "
            "replace the tab with two spaces.",
        )
    ]


def test_a_key_given_four_times_names_the_three_lines_ignored(tmp_path: Path) -> None:
    text = "---\ntitle: A\ntitle: B\ntitle: C\ntitle: D\n---\nText.\n"
    told = (
        "'title' is given more than once (lines 2, 3, 4 and 5). The site keeps only the last one "
        "and silently ignores what is on lines 2, 3 and 4. Merge them into one."
    )
    assert _loose(tmp_path, text) == [
        (line, "title", "duplicate-key", "warning", told) for line in (3, 4, 5)
    ]


def test_a_post_in_a_subfolder_whose_name_and_date_disagree_is_told(tmp_path: Path) -> None:
    site = make_site(
        tmp_path,
        {"_posts/news/2025-01-05-tides.md": "---\ntitle: Tides\ndate: 2025-02-01\n---\nText.\n"},
    )
    assert found(validate_site(site, content=False), "_posts/news/2025-01-05-tides.md") == [
        (
            3,
            "date",
            "date-mismatch",
            "warning",
            "The file name says 2025-01-05 but the date field says 2025-02-01. The site uses the "
            "date field; change one so they agree.",
        )
    ]
