"""sections: the edges of `section-missing` and `section-order` (declared or inferred: the
shares, the smallest groups, the lines chosen, the exact words), and of the section readers.

Equivalent survivors (no test can tell them apart), grouped, with why:
- `page_sections`' names (`rstrip(":")` spelt otherwise, on headings and on bold labels): the
  name of a section as written on the page is never shown (the messages and the checklist
  name the expected sections); only its key and line are used.
- `_matches` taking `page.path.name` even without a path: a page of a collection always has
  its file (`file:` is matched against the file name), so the `page.rel` branch is never
  taken by a page a `when:` applies to.
- `_read_sections` (collection `None`, `found is None`): it runs only when a page of the
  collection cannot be read after indexing, which the index's kept bytes (`raw_bytes`) rule
  out even for a file removed since; and the collection only names the page made for a TOML
  or JSON header, whose body and title do not depend on it.
- `inferred_section_notes` given no schema, or always the site's own: the inference reads the
  collection's pages, not the schema, so the notes are the same.
- `counts.get(name, 0)` with another default: every name shown has its count.
- `_body_and_title` making the page afresh instead of keeping the index's header (no header
  kept, `and` for `or`, `normal[:2]`, other characters or `in` for `not in`): both ways give
  the same body and title on every kind of page tried (YAML, TOML with a comment line, JSON);
  only the cost differs. Likewise the page made there without its name, file, collection or
  the index's header (`make_page` arguments): its body and title depend on the text alone.
- `section_key` also stripping a final "X": keys are only compared with keys made the same
  way, and no two section names differ by a final X alone.
- `_infer`'s order asked of more than one page (`total > 1`): two sections each on three
  pages in four (of three or more) are both on half the pages or more, never on one alone.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks.sections import (
    _patterns,
    inferred_section_notes,
    quick_sections,
    section_key,
)
from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site

AIMS_METHOD_RESULTS = "## Aims\n\nA.\n\n## Method\n\nB.\n\n## Results\n\nC.\n"


def _site(root: Path, pages: dict[str, str], schema: str = "") -> Site:
    (root / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    if schema:
        (root / "_schema.yml").write_text(schema)
    (root / "_notes").mkdir()
    for name, body in pages.items():
        (root / "_notes" / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    return Site.open(root)


def _found(site: Site) -> list:
    problems = [p for p in validate_site(site, content=True) if p.code.startswith("section-")]
    assert all(p.severity == SUGGESTION for p in problems)
    return sorted((p.path, p.line, p.code, p.message) for p in problems)


def _missing(name: str, how: str) -> str:
    return (
        f"This page has no '{name}' section ({how}). Add it as a heading, or as a bold label "
        f"starting a paragraph (**{name}:** ...)."
    )


def test_an_inferred_section_missing_and_one_out_of_order(tmp_path: Path) -> None:
    pages = {f"n{i}": AIMS_METHOD_RESULTS for i in range(4)}
    pages["odd"] = "## Results\n\nC.\n\n## Aims\n\nA.\n"
    assert _found(_site(tmp_path, pages)) == [
        ("_notes/odd.md", 4, "section-missing", _missing("Method", "4 of 5 notes have it")),
        (
            "_notes/odd.md",
            4,
            "section-order",
            "The section 'Results' is out of the usual order (Aims, Results). Move it so "
            "readers find the parts where they expect them.",
        ),
    ]


def test_a_missing_last_section_is_placed_at_the_last_one_present(tmp_path: Path) -> None:
    pages = {f"n{i}": AIMS_METHOD_RESULTS for i in range(4)}
    pages["odd"] = "Intro.\n\n## Aims\n\nA.\n\n## Method\n\nB.\n\nMore.\n"
    assert _found(_site(tmp_path, pages)) == [
        ("_notes/odd.md", 10, "section-missing", _missing("Results", "4 of 5 notes have it"))
    ]


def test_a_page_without_sections_is_told_at_its_first_body_line(tmp_path: Path) -> None:
    pages = {f"n{i}": AIMS_METHOD_RESULTS for i in range(5)}
    pages["odd"] = "Intro.\n"
    found = _found(_site(tmp_path, pages))
    # once ("none of the usual sections"), not once for each
    assert [(p, line, code) for p, line, code, _m in found] == [("_notes/odd.md", 4, "section-missing")]
    assert found[0][3].startswith(
        "This page has none of the usual sections (Aims, Method, Results: each on at least 5 of 6 "
    )


def test_a_section_on_three_pages_in_four_is_shared_and_fewer_is_not(tmp_path: Path) -> None:
    both = "## Aims\n\nA.\n\n## Team\n\nT.\n"
    pages = {f"n{i}": both for i in range(6)} | {"x1": "## Aims\n\nA.\n", "x2": "## Aims\n\nA.\n"}
    (tmp_path / "a").mkdir()
    found = _found(_site(tmp_path / "a", pages))
    assert [(p, code) for p, _l, code, _m in found] == [
        ("_notes/x1.md", "section-missing"),
        ("_notes/x2.md", "section-missing"),
    ]
    assert found[0][3] == _missing("Team", "6 of 8 notes have it")
    pages["n0"] = "## Aims\n\nA.\n"  # Team on 5 of 8 now: not shared
    (tmp_path / "b").mkdir()
    assert _found(_site(tmp_path / "b", pages)) == []


def test_four_pages_are_too_few_to_infer_from(tmp_path: Path) -> None:
    pages = {f"n{i}": AIMS_METHOD_RESULTS for i in range(3)} | {"odd": "## Aims\n\nA.\n"}
    assert _found(_site(tmp_path, pages)) == []


def test_sections_in_no_agreed_order_are_not_put_in_order(tmp_path: Path) -> None:
    pages = {f"n{i}": "## Aims\n\nA.\n\n## Team\n\nT.\n" for i in range(3)}
    pages |= {f"m{i}": "## Team\n\nT.\n\n## Aims\n\nA.\n" for i in range(2)}
    site = _site(tmp_path, pages)
    assert _found(site) == []
    assert inferred_section_notes(site) == ["notes (5 pages, in any order): Aims (5), Team (5)"]


def test_the_notes_say_the_order_and_the_naming_patterns(tmp_path: Path) -> None:
    pages = {f"note-{i}": f"## Topic {i}\n\nText.\n" for i in range(6)}
    pages |= {f"case-study-{n}": "## Challenge\n\nA.\n\n**Done:** B.\n" for n in "abc"}
    site = _site(tmp_path, pages)
    # case-* holds the same 3 pages, all checked by case-study-*: no second line (as
    # hugo-docs' deploy-* and deploy-with-* were).
    assert inferred_section_notes(site) == [
        "notes, files case-study-* (3 pages, in this order): Challenge (3), Done (3)",
    ]


def test_a_shorter_pattern_is_noted_when_it_checks_pages_of_its_own(tmp_path: Path) -> None:
    pages = {f"note-{i}": f"## Topic {i}\n\nText.\n" for i in range(6)}
    pages |= {f"case-study-{n}": "## Challenge\n\nA.\n\n**Done:** B.\n" for n in "abc"}
    pages |= {f"case-{n}": "## Challenge\n\nA.\n\n**Done:** B.\n" for n in "xy"}
    site = _site(tmp_path, pages)
    assert inferred_section_notes(site) == [
        "notes, files case-* (5 pages, in this order): Challenge (5), Done (5)",
        "notes, files case-study-* (3 pages, in this order): Challenge (3), Done (3)",
    ]


def test_declared_sections_for_every_page_of_a_collection(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: [The challenge, What we did]\n"
    site = _site(tmp_path, {"a": "Text.\n", "b": "Intro.\n\n## What we did\n\nText\n"}, schema)
    how = "the site asks every page like this one for it"
    none = (
        "This page has none of the sections the site asks every page like this one for (The "
        "challenge, What we did). Add them as headings, or as bold labels starting a paragraph "
        "(**The challenge:** ...)."
    )
    assert _found(site) == [
        ("_notes/a.md", 4, "section-missing", none),  # once, not once for each
        ("_notes/b.md", 6, "section-missing", _missing("The challenge", how)),
    ]
    assert inferred_section_notes(site) == []


def test_declared_sections_out_of_order(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: [Aims, Method]\n"
    site = _site(tmp_path, {"a": "## Method\n\nB.\n\n## Aims\n\nA.\n"}, schema)
    assert _found(site) == [
        (
            "_notes/a.md",
            4,
            "section-order",
            "The section 'Method' is out of the usual order (Aims, Method). Move it so "
            "readers find the parts where they expect them.",
        )
    ]


def test_declared_sections_by_file_name_in_any_order(tmp_path: Path) -> None:
    schema = (
        "collections:\n  notes:\n    sections:\n      - not a rule\n      - sections: Aims\n"
        "      - when: {file: 'A*'}\n        sections: [Aims, Method]\n        ordered: false\n"
    )
    pages = {"a1": "## Method\n\nB.\n\n## Aims\n\nA.\n", "a2": "## Aims\n\nA.\n", "b": "Text.\n"}
    site = _site(tmp_path, pages, schema)
    how = "the site asks every page like this one for it"
    assert _found(site) == [("_notes/a2.md", 4, "section-missing", _missing("Method", how))]


def test_declared_sections_by_a_field_listing_values(tmp_path: Path) -> None:
    schema = (
        "collections:\n  notes:\n    sections:\n"
        "      - when: {tags: 'Study'}\n        sections: [Aims]\n"
    )
    _site(tmp_path, {"a": "Text.\n", "b": "Text.\n"}, schema)  # pages written again below
    (tmp_path / "_notes" / "a.md").write_text("---\ntitle: a\ntags: [x, study]\n---\nText.\n")
    (tmp_path / "_notes" / "b.md").write_text("---\ntitle: b\ntags: [x]\n---\nText.\n")
    how = "the site asks every page like this one for it"
    assert _found(Site.open(tmp_path)) == [
        ("_notes/a.md", 5, "section-missing", _missing("Aims", how))
    ]


def test_the_title_again_as_a_level_one_heading_is_no_section(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: [Aims]\n"
    site = _site(tmp_path, {"Aims": "# Aims\n\nA.\n", "b": "## b\n\n# Aims\n\nA.\n"}, schema)
    how = "the site asks every page like this one for it"
    assert _found(site) == [("_notes/Aims.md", 4, "section-missing", _missing("Aims", how))]


def test_labels_and_underlined_headings_are_sections(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: [Aims, Method, Results]\n"
    body = "Aims\n====\n\nA.\n\n__Method__: B.\n\n**Results:** C.\n"
    assert _found(_site(tmp_path, {"a": body}, schema)) == []


def test_quick_sections_read_as_pages_are_read() -> None:
    body = (
        "# Title\n\n# Other\n\nIntro\n=====\n\n**Lead:** x\n\ntext **Not:** y\n**Not2:** z\n\n"
        "- item\n---\n\n## Done?\n"
    )
    assert quick_sections(body, "Title") == [
        ("other", "Other"),
        ("intro", "Intro"),
        ("lead", "Lead"),
        ("done", "Done?"),
    ]
    assert quick_sections(body) == [
        ("title", "Title"),
        ("other", "Other"),
        ("intro", "Intro"),
        ("lead", "Lead"),
        ("done", "Done?"),
    ]
    assert quick_sections("Plain text only.\n") == []
    assert quick_sections("Sub\n---\n") == [("sub", "Sub")]
    assert quick_sections("```\n## Not\n```\n") == []


def test_section_names_and_naming_patterns() -> None:
    assert section_key("  The   Challenge?: ") == "the challenge"
    assert section_key("Done!.") == "done"
    assert _patterns("2020-01-02-case-study-cag") == ["case-*", "case-study-*"]
    assert _patterns("a-b") == ["a-*"]
    assert _patterns("one") == []
    assert _patterns("A-B-c-d-e") == ["a-*", "a-b-*", "a-b-c-*"]


def test_sections_inferred_from_pages_with_toml_and_json_headers(tmp_path: Path) -> None:
    """Every page titled "Notes" and repeating it as a level 1 heading, but the odd one: the
    title is read from each kind of header, and is no section."""
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    folder = tmp_path / "content" / "notes"
    folder.mkdir(parents=True)
    full = "# Notes\n\n## Aims\n\nA.\n\n## Method\n\nB.\n"
    for i in range(3):
        (folder / f"n{i}.md").write_text(f'+++\ntitle = "Notes"\n+++\n{full}')
    (folder / "j.md").write_text('{\n"title": "Notes"\n}\n' + full)
    (folder / "y.md").write_text("---\ntitle: Notes\n---\n" + full)
    (folder / "odd.md").write_text('+++\ntitle = "Notes"\n+++\n## Aims\n\nA.\n')
    site = Site.open(tmp_path)
    assert _found(site) == [
        ("content/notes/odd.md", 4, "section-missing", _missing("Method", "5 of 6 notes have it"))
    ]
    assert inferred_section_notes(site) == ["notes (6 pages, in this order): Aims (6), Method (5)"]


def test_the_longest_naming_pattern_decides(tmp_path: Path) -> None:
    full = "## Intro\n\nI.\n\n## Challenge\n\nA.\n\n## Done\n\nB.\n"
    pages = {f"case-study-{n}": full for n in "abc"}
    pages["case-study-d"] = "## Intro\n\nI.\n\n## Challenge\n\nA.\n"
    pages |= {f"case-other-{n}": "## Intro\n\nI.\n" for n in "abc"}
    pages |= {f"note-{i}": f"## T{i}\n" for i in range(4)}
    site = _site(tmp_path, pages)
    assert _found(site) == [
        (
            "_notes/case-study-d.md",
            8,
            "section-missing",
            _missing("Done", "3 of 4 case-study-* notes have it"),
        )
    ]
    # case-*'s 7 pages are each checked by a longer pattern: case-* is not noted.
    assert inferred_section_notes(site) == [
        "notes, files case-other-* (3 pages, in any order): Intro (3)",
        "notes, files case-study-* (4 pages, in this order): Intro (4), Challenge (4), Done (3)",
    ]


def test_no_pattern_for_nearly_every_page_or_for_two(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    site = _site(tmp_path / "a", {f"case-study-{i}": "## Aims\n\nA.\n" for i in range(10)})
    assert inferred_section_notes(site) == ["notes (10 pages, in any order): Aims (10)"]
    (tmp_path / "b").mkdir()
    pages = {f"case-study-{i}": "## Aims\n\nA.\n" for i in range(2)}
    pages |= {f"note-{i}": f"## T{i}\n" for i in range(4)}
    assert inferred_section_notes(_site(tmp_path / "b", pages)) == []


def test_a_section_written_twice_counts_where_it_first_is(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: [Aims, Method]\n"
    body = "## aims\n\nA.\n\n## Method\n\nB.\n\n## Aims\n\nC.\n"
    assert _found(_site(tmp_path, {"a": body}, schema)) == []


def test_an_order_three_pages_in_four_agree_on_is_the_usual_one(tmp_path: Path) -> None:
    pages = {f"n{i}": "## Aims\n\nA.\n\n## Team\n\nT.\n" for i in range(6)}
    pages |= {f"m{i}": "## Team\n\nT.\n\n## Aims\n\nA.\n" for i in range(2)}
    site = _site(tmp_path, pages)
    assert inferred_section_notes(site) == ["notes (8 pages, in this order): Aims (8), Team (8)"]
    assert [(p, line, code) for p, line, code, _m in _found(site)] == [
        ("_notes/m0.md", 4, "section-order"),
        ("_notes/m1.md", 4, "section-order"),
    ]


def test_no_sections_declared_asks_for_none(tmp_path: Path) -> None:
    schema = "collections:\n  notes:\n    sections: []\n"
    assert _found(_site(tmp_path, {"a": "Text.\n"}, schema)) == []


def test_a_section_repeated_on_a_page_leaves_the_next_ones_counted(tmp_path: Path) -> None:
    pages = {f"n{i}": "## Aims\n\nA.\n\n## Aims\n\nB.\n\n## Team\n\nT.\n" for i in range(5)}
    pages["odd"] = "## Aims\n\nA.\n"
    assert _found(_site(tmp_path, pages)) == [
        ("_notes/odd.md", 4, "section-missing", _missing("Team", "5 of 6 notes have it"))
    ]


def test_a_comment_in_a_toml_header_is_no_section(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    folder = tmp_path / "content" / "notes"
    folder.mkdir(parents=True)
    for i in range(5):
        (folder / f"n{i}.md").write_text(
            f'+++\ntitle = "n{i}"\n+++\n## Aims\n\nA.\n\n## Method\n\nB.\n'
        )
    (folder / "odd.md").write_text('+++\n# Method\ntitle = "odd"\n+++\n## Aims\n\nA.\n')
    assert _found(Site.open(tmp_path)) == [
        ("content/notes/odd.md", 5, "section-missing", _missing("Method", "5 of 6 notes have it"))
    ]


def test_a_page_without_a_header_is_read_for_its_sections(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    folder = tmp_path / "content" / "notes"
    folder.mkdir(parents=True)
    for i in range(5):
        (folder / f"n{i}.md").write_text(
            f'+++\ntitle = "n{i}"\n+++\n## Aims\n\nA.\n\n## Team\n\nT.\n'
        )
    (folder / "bare.md").write_text("## Aims\n\nA.\n\n## Team\n\nT.\n")
    (folder / "odd.md").write_text('+++\ntitle = "odd"\n+++\n## Aims\n\nA.\n')
    site = Site.open(tmp_path)
    assert [(p, code) for p, _l, code, _m in _found(site)] == [
        ("content/notes/odd.md", "section-missing")
    ]
    assert inferred_section_notes(site) == ["notes (7 pages, in this order): Aims (7), Team (6)"]


def test_the_title_of_json_headers_is_no_section(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('title = "x"\n')
    folder = tmp_path / "content" / "notes"
    folder.mkdir(parents=True)
    for i in range(5):
        (folder / f"n{i}.md").write_text(
            '{\n"title": "Notes"\n}\n# Notes\n\n## Aims\n\nA.\n\n## Method\n\nB.\n'
        )
    (folder / "odd.md").write_text('{\n"title": "Notes"\n}\n## Aims\n\nA.\n')
    assert [(p, code, m) for p, _l, code, m in _found(Site.open(tmp_path))] == [
        ("content/notes/odd.md", "section-missing", _missing("Method", "5 of 6 notes have it"))
    ]
