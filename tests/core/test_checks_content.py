"""Content checks (suggestions): each planted problem is found with its code at the right file
and line, untouched case studies get no more than a handful, and none changes the exit code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor_app.core.checks.image_info import image_size
from editor_app.core.checks.images import poor_alt
from editor_app.core.checks.reading import sentences
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_document, validate_site

CASE = "_resources/case-study-cag.md"


def _content(problems: list) -> list[tuple[str, int | None, str]]:
    return [(p.path, p.line, p.code) for p in problems if p.severity == SUGGESTION]


def _check(text: str, **kw) -> list[tuple[int | None, str]]:
    problems = validate_document(Document.from_text(text, Path("page.md")), content=True, **kw)
    return [(p.line, p.code) for p in problems if p.severity == SUGGESTION]


@pytest.fixture
def cases(shared_site: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "site"
    shutil.copytree(shared_site, dest)
    return dest


def _plant(site: Path, rel: str, after_line: int, text: str) -> int:
    """Insert `text` after file line `after_line`; the line number it lands on."""
    path = site / rel
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[after_line:after_line] = ["", *text.split("\n"), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return after_line + 2


def test_untouched_case_studies_get_no_more_than_a_handful(shared_site: Path) -> None:
    found = _content(validate_site(Site.open(shared_site), content=True))
    for name in ("cag", "dfe", "legal-aid-agency", "procurement-camden"):
        mine = [f for f in found if f[0] == f"_resources/case-study-{name}.md"]
        assert len(mine) <= 6, mine


def test_suggestions_are_off_unless_asked_for(shared_site: Path) -> None:
    assert _content(validate_site(Site.open(shared_site))) == []


@pytest.mark.parametrize(
    ("planted", "code"),
    [
        ("![](/assets/resources/2025-03-10-cag.png)", "alt-text-missing"),
        ('<img src="/assets/resources/2025-03-10-cag.png">', "alt-text-missing"),
        ("![2025-03-10-cag.png](/assets/resources/2025-03-10-cag.png)", "alt-text-poor"),
        ("To find out more, [click here](https://example.org/report).", "link-text-unclear"),
        ("See [the register](http://example.org/register).", "link-insecure"),
        ("## The process\n\nText.\n\n#### In detail\n\nMore text.", "heading-skipped"),
        (
            "This sentence goes on and on with one clause after another, because the author "
            "wanted to say everything at once, including the history of the group, the names "
            "of its members, the dates of its meetings, the rules it follows and the reasons "
            "for each of them, which is far too much for one sentence to carry for a reader.",
            "sentence-long",
        ),
    ],
)
def test_a_planted_problem_is_found_at_its_file_and_line(
    cases: Path, planted: str, code: str
) -> None:
    line = _plant(cases, CASE, 24, planted)
    found = _content(validate_site(Site.open(cases), content=True))
    expected_line = line + 4 if code == "heading-skipped" else line
    assert (CASE, expected_line, code) in found


def test_a_missing_section_of_the_usual_set_is_found(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    folder = tmp_path / "_resources"
    folder.mkdir()
    body = (
        "## The challenge\n\nA.\n\n## What we did\n\nB.\n\n**What happened:** C.\n\n"
        "## What we learned\n\nD.\n"
    )
    for name in ("alpha", "beta", "gamma", "delta"):
        (folder / f"case-study-{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    for i in range(4):
        (folder / f"report-{i}.md").write_text(f"---\ntitle: Report {i}\n---\nText.\n")
    (folder / "case-study-planted.md").write_text(
        "---\ntitle: Planted\n---\n## The challenge\n\nA.\n\n## What we did\n\nB.\n\n"
        "## What we learned\n\nD.\n\n**What happened:** C.\n"
    )
    found = _content(validate_site(Site.open(tmp_path), content=True))
    mine = [f for f in found if f[0] == "_resources/case-study-planted.md"]
    assert ("_resources/case-study-planted.md", 16, "section-order") in mine or (
        "_resources/case-study-planted.md",
        12,
        "section-order",
    ) in mine
    (folder / "case-study-planted.md").write_text(
        "---\ntitle: Planted\n---\n## The challenge\n\nA.\n\n## What we did\n\nB.\n\n"
        "## What we learned\n\nD.\n"
    )
    found = _content(validate_site(Site.open(tmp_path), content=True))
    mine = [f for f in found if f[0] == "_resources/case-study-planted.md"]
    assert mine == [("_resources/case-study-planted.md", 12, "section-missing")]
    assert not [f for f in found if f[0].startswith("_resources/report-")]


def test_declared_sections_by_field_value(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(
        "collections:\n  resources:\n    sections:\n"
        "      - when: {reference: 'case-study*'}\n"
        "        sections: [The challenge, What we did]\n"
        "    fields:\n      - name: title\n      - name: reference\n"
    )
    folder = tmp_path / "_resources"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: A\nreference: case-study-a\n---\n## What we did\n")
    (folder / "b.md").write_text("---\ntitle: B\nreference: report-b\n---\nText.\n")
    found = _content(validate_site(Site.open(tmp_path), content=True))
    assert found == [("_resources/a.md", 5, "section-missing")]


def test_headings_and_title() -> None:
    text = "---\ntitle: My page\n---\n# My page\n\n## Part\n\n#### Deep\n"
    assert _check(text) == [(4, "heading-duplicate-title"), (8, "heading-skipped")]


def test_a_long_sentence_is_reported_on_the_line_it_starts() -> None:
    long = " ".join(["word"] * 40)
    text = f"---\ntitle: T\n---\nA short one.\nAnother line here. {long}.\nEnd.\n"
    assert (5, "sentence-long") in _check(text)


def test_house_style_and_spelling(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("lang: en-GB\ncollections:\n  notes:\n    output: true\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "style.yml").write_text(
        "- use: use\n  not: [utilise]\n  why: Plain English\n"
    )
    (tmp_path / "_notes").mkdir()
    page = tmp_path / "_notes" / "a.md"
    page.write_text("---\ntitle: A\n---\nWe utilise data.\n\nThe color is nice.\n")
    problems = validate_site(Site.open(tmp_path), content=True)
    found = [(p.line, p.code) for p in problems if p.severity == SUGGESTION]
    assert (4, "style-word") in found and (6, "style-word") in found
    messages = " ".join(p.message for p in problems)
    assert "'use'" in messages and "Plain English" in messages and "'colour'" in messages


def test_a_site_switches_a_content_check_off(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text("checks:\n  off: [link-text-unclear]\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "a.md").write_text("---\ntitle: A\n---\n[click here](/x)\n")
    assert _content(validate_site(Site.open(tmp_path), content=True)) == []


def test_poor_alt_texts() -> None:
    assert poor_alt("IMG_2041.jpg") and poor_alt("photo") and poor_alt("Image of a cat")
    assert poor_alt("Team at work", caption="Team at work")
    assert poor_alt("Members of the panel sitting round a table") is None


def test_image_sizes_from_headers() -> None:
    png = (
        b"\x89PNG\r\n\x1a\n"
        + b"\x00\x00\x00\rIHDR"
        + (640).to_bytes(4, "big")
        + (480).to_bytes(4, "big")
    )
    gif = b"GIF89a" + (320).to_bytes(2, "little") + (200).to_bytes(2, "little")
    jpeg = (
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
        b"\xff\xc0\x00\x11\x08" + (300).to_bytes(2, "big") + (400).to_bytes(2, "big") + b"\x03"
    )
    assert image_size(png) == (640, 480)
    assert image_size(gif) == (320, 200)
    assert image_size(jpeg) == (400, 300)
    assert image_size(b"not an image") is None


def test_sentences_are_not_cut_at_abbreviations() -> None:
    assert len(sentences("We met Dr. Smith today. It went well, e.g. the tea was good.")) == 2


def test_the_checklist_lists_sections_found_and_missing_reading_level_and_suggestions(
    tmp_path: Path,
) -> None:
    from editor_app.core.checks.checklist import page_checklist

    (tmp_path / "_config.yml").write_text("collections:\n  resources:\n    output: true\n")
    folder = tmp_path / "_resources"
    folder.mkdir()
    body = "## The challenge\n\nA.\n\n**What we did:** B.\n\n## What we learned\n\nC.\n"
    for name in ("a", "b", "c", "d", "e"):
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\n---\n{body}")
    words = " ".join(["The cat sat on the mat and it was a good day for all."] * 12)
    page = folder / "new.md"
    page.write_text(
        f"---\ntitle: New\n---\n## The challenge\n\n{words}\n\n## What we learned\n\n"
        "[click here](https://example.org)\n"
    )
    site = Site.open(tmp_path)
    checklist = page_checklist(Document.load(page), site)
    assert [(s.name, s.line) for s in checklist.sections] == [
        ("The challenge", 4),
        ("What we did", None),
        ("What we learned", 8),
    ]
    assert checklist.missing == ["What we did"]
    assert checklist.reading_ease is not None and checklist.reading_ease > 80
    assert checklist.words >= 100
    codes = [(p.line, p.code) for p in checklist.suggestions]
    assert (8, "section-missing") in codes and (10, "link-text-unclear") in codes


def test_reading_and_spelling_checks_leave_other_languages_alone() -> None:
    long = " ".join(["mot"] * 50)
    french = f"---\ntitle: T\nlang: fr\n---\nUne phrase {long}. La couleur est grise.\n"
    assert _check(french) == []
    hindi = "---\ntitle: T\n---\n" + " ".join(["शब्द"] * 60) + "।\n"
    assert _check(hindi) == []
    english = f"---\ntitle: T\nlang: en-GB\n---\nA sentence {long}.\n"
    assert (5, "sentence-long") in _check(english)
