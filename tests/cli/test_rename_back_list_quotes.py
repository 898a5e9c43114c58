"""A list item renamed to text that needs quotes (`Justice: fair`) and renamed back kept the
quotes (`- "Justice"`): they were taken as the list's habit. Quotes an item needed are no
habit, as for a one-line field: the list's other items tell, then (for `rename`) how the
site's other pages write that field's items in lists of that style, then the header's other
lists, then its other text. When nothing tells, a block list's item goes plain where it can (connectedbydata's one-item `topics:\n  - Justice`) and a flow list's keeps its mark, as
Eleventy's `tags: ["related-pagination"]` wants. Renamed back, the pages are byte-identical
again."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document


def _copy(name: str, tmp_path: Path) -> Path:
    root = copy_shared_site(name, tmp_path)
    for path in root.rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    return root


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.md")}


@pytest.mark.parametrize(
    ("site", "field", "value", "pages"),
    [
        (
            "connectedbydata",
            "topics",
            "Justice",
            ["_people/judith-townend.md", "_projects/2022-justice-data-matters-evaluation.md"],
        ),
        ("eleventy-website", "tags", "related-pagination", ["src/docs/pagination/nav.md"]),
        ("eleventy-website", "tags", "related-filters", ["src/docs/quicktips/inline-css.md"]),
        # Plain in its flow list beside `signatures: ['css.ChromaStyles OPTIONS']`: the
        # field's habit on the site's other pages tells before the header's other lists.
        ("hugo-docs", "keywords", "highlight", ["content/en/functions/css/ChromaStyles.md"]),
        # Written without a space after its comma: kept so.
        ("hugo-docs", "aliases", "/docs/", ["content/en/about/_index.md"]),
    ],
)
def test_renamed_and_back(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    site: str,
    field: str,
    value: str,
    pages: list[str],
) -> None:
    root = _copy(site, tmp_path)
    before = _files(root)
    assert main(["rename", field, value, f"{value}: new", str(root), "--target"]) == 0
    assert all(_files(root)[page] != before[page] for page in pages)
    assert main(["rename", field, f"{value}: new", value, str(root), "--target"]) == 0
    after = _files(root)
    assert [p for p in before if after[p] != before[p]] == []


@pytest.mark.parametrize(
    ("header", "line"),
    [
        ('topics:\n  - "Justice: fair"\n  - Health\n', "  - Justice"),
        ('topics:\n  - "a: b"\n  - "Health"\n', '  - "Justice"'),
        ('roles:\n  - fellow\ntopics:\n  - "a: b"\n  - "c: d"\n', "  - Justice"),
        ('roles: [\'fellow\']\ntopics:\n  - "a: b"\n  - "c: d"\n', "  - 'Justice'"),
        ('topics:\n  - "a: b"\n  - "c: d"\n', "  - Justice"),
        ('topics:\n  - "a: b"\n', "  - Justice"),
        ('subtitle: "S"\nlayout: "page"\ntopics:\n  - "a: b"\n', '  - "Justice"'),
        ('topics: ["Justice: fair", Health]\n', "topics: [Justice, Health]"),
        ("topics: ['a: b', 'Health']\n", "topics: ['Justice', 'Health']"),
        ('topics: ["a: b", "c: d"]\n', 'topics: ["Justice", "Health"]'),
        ("roles: ['fellow']\ntopics: []\n", "topics: [Justice, Health]"),
    ],
)
def test_a_needed_quote_is_no_habit_of_the_list(tmp_path: Path, header: str, line: str) -> None:
    value = ["Justice", "Health"]
    doc = Document.from_text(f"---\ntitle: T\n{header}---\nText.\n")
    doc.set("topics", value)
    assert line in doc.text.splitlines()
    assert Document.from_text(doc.text).front_matter["topics"] == value


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("topics: [a,b]", "topics: [a,Justice]"),
        ("topics: [ a, b ]", "topics: [ a, Justice ]"),
        ("topics: [a, b]", "topics: [a, Justice]"),
    ],
)
def test_a_flow_list_keeps_its_spacing(line: str, written: str) -> None:
    doc = Document.from_text(f"---\ntitle: T\n{line}\n---\nText.\n")
    doc.set("topics", ["a", "Justice"])
    assert written in doc.text.splitlines()

