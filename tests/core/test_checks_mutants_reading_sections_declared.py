"""sections: declared sections in their other spellings (one name, one `when:` block, blocks
tried in turn, the order of a `when:` block), a collection's name in the messages, and the
inference that stops reading pages early reading exactly as far as it must.

Equivalent survivors (no test can tell them apart), grouped, with why:
- `_declared`'s label for a page outside any collection ("XXpageXX", "PAGE") and its
  sections looked up under another name than "": such a page has no declared sections (the
  settings keep the `sections:` of named collections only).
- `_sections_to_infer` reading more pages than it must (a naming pattern of 9 pages in 10
  or more counted as needed, the share asked of fewer than 5 pages, a count started at 1 or
  raised by 2, the pages left added instead of taken away, a share divided by the total):
  only slower, the same sections are found (a pattern of 9 in 10 is not inferred anyway).
  Its page read with no collection (see below), or taken as unreadable (`found = None`):
  every page is then read again by `_read_sections`, which finds the same.
- `inferred_sections` (and `_read_sections`) reading the pages with the collection None: it
  only names a page made for a TOML or JSON header, whose body and title do not depend on it.
- `inferred_sections` inferring from the pages read when fewer than all were (`or` for
  `and`): reading stops only once no section can be on three pages in four, and from then
  on only pages of a naming pattern are read, each adding at most one to a count while the
  pages skipped stay unread: the pages read never share a section three in four either.
- `required_sections` taking the pattern's set when `pattern is not None or ...`: a file is
  given a pattern only together with that pattern's set. `check_sections`' `zip` without
  `strict`: the two lists are the same sections in two orders.
- `check_sections`' `counts.get(name, 0)` with another default: every name shown has its
  count.
- `page_headings` (content_text): the underline screen letting more pages be read fully (`or`, the
  underline looked for after "XX\\nXX": a first line has nothing to underline) and the
  heading scan run over a text without "#" (nothing found).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.context import context_for, schema_for
from editor_app.core.checks.page import make_page
from editor_app.core.checks.sections import SectionSet, required_sections
from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site

AIMS_METHOD = "## Aims\n\nA.\n\n## Method\n\nB.\n"


def _found(
    root: Path, pages: dict[str, tuple[str, str]], schema: str = "", coll: str = "notes"
) -> list:
    """(path, line, code, message) of the section problems of a planted collection."""
    (root / "_config.yml").write_text(f"collections:\n  {coll}:\n    output: true\n")
    if schema:
        (root / "_schema.yml").write_text(schema)
    (root / f"_{coll}").mkdir()
    for name, (front, body) in pages.items():
        (root / f"_{coll}" / f"{name}.md").write_text(f"---\ntitle: {name}\n{front}---\n{body}")
    problems = [
        p for p in validate_site(Site.open(root), content=True) if p.code.startswith("section-")
    ]
    assert all(p.severity == SUGGESTION for p in problems)
    return sorted((p.path, p.line, p.code, p.message) for p in problems)


def _missing(name: str, how: str) -> str:
    return (
        f"This page has no '{name}' section ({how}). Add it as a heading, or as a bold label "
        f"starting a paragraph (**{name}:** ...)."
    )


ASKED = "the site asks every page like this one for it"


def test_a_collection_name_with_underscores_is_written_in_words(tmp_path: Path) -> None:
    pages = {f"s{i}": ("", AIMS_METHOD) for i in range(5)}
    pages["odd"] = ("", "## Aims\n\nA.\n")
    assert _found(tmp_path, pages, coll="case_studies") == [
        (
            "_case_studies/odd.md",
            4,
            "section-missing",
            _missing("Method", "5 of 6 case studies have it"),
        )
    ]


def test_a_section_on_exactly_three_pages_in_four_after_two_without(tmp_path: Path) -> None:
    # 8 pages: after the first two (no section), the other 6 can still make three in four.
    pages = {"n0": ("", "Text.\n"), "n1": ("", "Text.\n")}
    pages |= {f"n{i}": ("", "## Aims\n\nA.\n") for i in range(2, 8)}
    assert _found(tmp_path, pages) == [
        ("_notes/n0.md", 4, "section-missing", _missing("Aims", "6 of 8 notes have it")),
        ("_notes/n1.md", 4, "section-missing", _missing("Aims", "6 of 8 notes have it")),
    ]


def test_one_declared_section_written_as_a_name(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: Aims\n"
    assert _found(tmp_path, {"a": ("", "## Method\n\nB.\n")}, schema) == [
        ("_notes/a.md", 4, "section-missing", _missing("Aims", ASKED))
    ]


def test_one_when_block_written_without_a_list(tmp_path: Path) -> None:
    schema = (
        "collections:\n  notes:\n    sections:\n      when: {kind: x}\n      sections: [Aims]\n"
    )
    assert _found(tmp_path, {"a": ("kind: x\n", "## Method\n\nB.\n")}, schema) == [
        ("_notes/a.md", 5, "section-missing", _missing("Aims", ASKED))
    ]


def test_the_block_after_one_that_does_not_apply(tmp_path: Path) -> None:
    schema = (
        "collections:\n  notes:\n    sections:\n      - when: {kind: a}\n"
        "        sections: [Method]\n      - sections: [Aims]\n"
    )
    assert _found(tmp_path, {"a": ("kind: b\n", "## Method\n\nB.\n")}, schema) == [
        ("_notes/a.md", 5, "section-missing", _missing("Aims", ASKED))
    ]


def test_a_when_block_keeps_its_order_unless_told_otherwise(tmp_path: Path) -> None:
    body = "## Method\n\nB.\n\n## Aims\n\nA.\n"
    schema = "collections:\n  notes:\n    sections:\n      - when: {kind: a}\n"
    (tmp_path / "a").mkdir()
    assert _found(
        tmp_path / "a", {"a": ("kind: a\n", body)}, schema + "        sections: [Aims, Method]\n"
    ) == [
        (
            "_notes/a.md",
            5,
            "section-order",
            "The section 'Method' is out of the usual order (Aims, Method). Move it so readers "
            "find the parts where they expect them.",
        )
    ]
    (tmp_path / "b").mkdir()
    unordered = schema + "        sections: [Aims, Method]\n        ordered: false\n"
    assert _found(tmp_path / "b", {"a": ("kind: a\n", body)}, unordered) == []


def test_a_naming_pattern_of_nine_pages_in_ten_is_the_collection(tmp_path: Path) -> None:
    # A pattern is told apart only when under 9 pages in 10 follow it: here the collection's
    # count is the one shown.
    pages = {f"case-{i}": ("", AIMS_METHOD) for i in range(8)}
    pages["case-8"] = ("", "## Aims\n\nA.\n")
    pages["other"] = ("", AIMS_METHOD)
    assert _found(tmp_path, pages) == [
        ("_notes/case-8.md", 4, "section-missing", _missing("Method", "9 of 10 notes have it"))
    ]


def test_a_page_removed_after_the_site_was_opened_leaves_the_others_inferred(
    tmp_path: Path,
) -> None:
    # An empty page (a Hugo page needs no header) leaves no bytes in the index: removed
    # since, it cannot be read, and the collection's other pages are all read instead. The
    # empty page, as the site was opened, has neither section.
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    folder = tmp_path / "content" / "notes"
    folder.mkdir(parents=True)
    for i in range(5):
        (folder / f"n{i}.md").write_text(f"+++\ntitle = 'n{i}'\n+++\n{AIMS_METHOD}")
    (folder / "odd.md").write_text("+++\ntitle = 'odd'\n+++\n## Aims\n\nA.\n")
    (folder / "empty.md").write_text("")
    site = Site.open(tmp_path)
    assert len(list(site.entries())) == 7  # the site's pages are listed: then one goes
    (folder / "empty.md").unlink()
    found = [
        (p.path, p.line, p.code, p.message)
        for p in validate_site(site, content=True)
        if p.code.startswith("section-")
    ]
    assert found == [
        (
            "content/notes/empty.md",
            1,
            "section-missing",
            "This page has none of the usual sections (Aims, Method: each on at least 5 of 6 "
            "notes). Add them as headings, or as bold labels starting a paragraph (**Aims:** ...).",
        ),
        ("content/notes/odd.md", 4, "section-missing", _missing("Method", "5 of 6 notes have it")),
    ]


@pytest.mark.parametrize(
    ("spec", "ordered"),
    [
        ("[Aims, Method]", True),
        ("\n      - when: {kind: a}\n        sections: [Aims, Method]\n        ordered: no", False),
    ],
)
def test_the_sections_declared_for_a_collection_name_with_underscores(
    tmp_path: Path, spec: str, ordered: bool
) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  case_studies:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(f"collections:\n  case_studies:\n    sections: {spec}\n")
    (tmp_path / "_case_studies").mkdir()
    path = tmp_path / "_case_studies" / "a.md"
    path.write_text("---\ntitle: A\nkind: a\n---\nText.\n")
    site = Site.open(tmp_path)
    ctx = context_for(site, schema_for(site))
    page = make_page("_case_studies/a.md", path, "case_studies", path.read_text())
    assert required_sections(ctx, page) == SectionSet(
        "case studies", ["Aims", "Method"], ordered, declared=True
    )
