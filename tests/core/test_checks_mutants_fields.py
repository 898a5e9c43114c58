"""The fields walk: required fields, when an inferred one counts as missing, and the line a
page is told to add, pinned on small sites (mutation testing of `core/checks/fields.py`,
`tools/mutation.py checks-header`).

Surviving mutants that no test can tell apart (equivalent):
- `_must_have`: `getattr` defaults for a field's `required` and `type` (every field has
  both); `ok_count.get(coll, ...)` defaults (a collection with a required field has readable
  pages); the page and context passed to `count_others` (unused); the title's threshold (2
  other pages) moved to 3 or `<=`: an inferred title is required only from five pages on,
  when four others have it.
- `_given_elsewhere`: the answer when the site's defaults cannot be read (they always can
  once the site is open).
- `_plainly_fine` and the same shortcut inside `check_fields`: pinned, with their equivalent
  survivors named, in `test_checks_mutants_header_fields.py` (which values reach a field
  rule; a mutant answering "look closer" for more values finds the same problems more slowly).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_checks_mutants_header import found, make_site

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site


def note(i: int, **fields: object) -> str:
    values: dict[str, object] = {"title": f"Note {i}", "summary": f"About {i}."}
    values.update(fields)
    lines = "".join(f"{k}: {v}\n" for k, v in values.items() if v is not None)
    return f"---\n{lines}---\nText.\n"


def notes(n: int, **planted: str) -> dict[str, str]:
    pages = {f"_resources/n{i}.md": note(i) for i in range(n)}
    pages.update({f"_resources/{name}.md": text for name, text in planted.items()})
    return pages


MISSING = "{0} is missing. Every other resource has one. Add the page's {1} (the '{1}' field)."


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        # Four other pages: a title is still worth a word, another field not yet.
        (4, [(1, "title", "required-missing", "warning", MISSING.format("Title", "title"))]),
        # Five other pages: both.
        (
            5,
            [
                (1, "summary", "required-missing", "warning", MISSING.format("Summary", "summary")),
                (1, "title", "required-missing", "warning", MISSING.format("Title", "title")),
            ],
        ),
    ],
)
def test_an_inferred_field_is_missing_once_enough_other_pages_have_it(
    tmp_path: Path, others: int, expected: list
) -> None:
    site = make_site(tmp_path, notes(others, zz=note(99, title=None, summary=None)))
    assert found(validate_site(site, content=False), "_resources/zz.md") == expected


def test_a_new_page_is_not_told_of_a_field_one_saved_page_lacks_too(tmp_path: Path) -> None:
    site = make_site(tmp_path, notes(5, n5=note(5, summary=None)))
    doc = Document.from_text(note(7, summary=None), tmp_path / "_resources" / "new.md")
    assert validate_document(doc, site, content=False) == []


def test_emptying_a_field_one_other_page_lacks_is_not_told(tmp_path: Path) -> None:
    site = make_site(tmp_path, notes(5, n5=note(5, summary=None)))
    doc = Document.from_text(note(0, summary='""'), tmp_path / "_resources" / "n0.md")
    assert validate_document(doc, site, content=False) == []


@pytest.mark.parametrize(
    ("name", "header", "line"),
    [
        ("toml.md", '+++\ntitle = "Toml"\n+++\nText.\n', "the page's summary (the 'summary' field)"),
        ("json.md", '{\n  "title": "Json"\n}\nText.\n', "the page's summary (the 'summary' field)"),
    ],
)
def test_the_fix_is_said_in_plain_words_whatever_the_headers_language(
    tmp_path: Path, name: str, header: str, line: str
) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    for i in range(6):
        (posts / f"p{i}.md").write_text(f'+++\ntitle = "P{i}"\nsummary = "S{i}"\n+++\nText.\n')
    (posts / name).write_text(header)
    problems = validate_site(Site.open(tmp_path), content=False)
    assert [(p.path, p.line, p.message) for p in problems] == [
        (
            f"content/posts/{name}",
            1,
            f"Summary is missing. Every other post has one. Add {line}.",
        )
    ]
