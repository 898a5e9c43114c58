"""A list item renamed to text that needs quotes (`Justice: fair`) and renamed back kept the
quotes (`- "Justice"`): they were taken as the list's habit. Quotes an item needed are no
habit, as for a one-line field: renamed back, the file is byte-identical again, on
connectedbydata's topics and in block and flow lists."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core.document import Document


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.md")}


def test_connectedbydata_topic_renamed_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "connectedbydata"
    shutil.copytree(shared_site_path("connectedbydata"), root)
    for path in root.rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    before = _files(root)
    assert main(["rename", "topics", "Justice", "Justice: fair", str(root), "--target"]) == 0
    assert _files(root) != before
    assert main(["rename", "topics", "Justice: fair", "Justice", str(root), "--target"]) == 0
    assert _files(root) == before


@pytest.mark.parametrize(
    ("header", "value", "line"),
    [
        ('topics:\n  - "Justice: fair"\n  - Health\n', ["Justice", "Health"], "  - Justice"),
        ('topics:\n  - "a: b"\n  - "Health"\n', ["Justice", "Health"], '  - "Justice"'),
        ('topics: ["Justice: fair", Health]\n', ["Justice", "Health"], "topics: [Justice, Health]"),
        ("topics: ['a: b', 'Health']\n", ["Justice", "Health"], "topics: ['Justice', 'Health']"),
    ],
)
def test_a_needed_quote_is_no_habit_of_the_list(
    tmp_path: Path, header: str, value: list[str], line: str
) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: T\n{header}---\nText.\n", encoding="utf-8")
    doc = Document.load(page)
    doc.set("topics", value)
    assert line in doc.text.splitlines()
    assert Document.from_text(doc.text).front_matter["topics"] == value
