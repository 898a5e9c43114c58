"""Edges of a new page found by deliberate bugs no test caught (docs/ARCHITECTURE.md,
"Mutation testing", the hand-made round on the new_page_* modules):
- a folder's one page does not lend its values to a new page beside it (two pages or more
  tell the folder's way: `lang: fr` in the Open Source Guide's `_articles/fr`);
- a title quoted as the pages quote theirs keeps its letters (`"Café día"`), never JSON's
  `\\u00e9` escapes;
- a folder's one page saying `lang: fr` does not make its language the folder's: a new page
  there titled like an English page is still warned about;
- a date the pages write with `Z` is the time in UTC where the clock is elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.page_create import new_document
from editor_app.core.site import Site


def _notes(root: Path, pages: dict[str, str]) -> Site:
    (root / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    for name, header in pages.items():
        path = root / "_notes" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{header}---\n\nText.\n", encoding="utf-8")
    return Site.open(root)


def test_a_folders_one_page_lends_no_values(tmp_path: Path) -> None:
    site = _notes(
        tmp_path,
        {
            "a.md": "title: A\ndescription: First\n",
            "b.md": "title: B\ndescription: Second\n",
            "sub/c.md": "title: C\ndescription: Only the one page here\n",
        },
    )
    made = new_document(site, "notes", "Delta", folder="_notes/sub")
    assert made.parent == tmp_path / "_notes" / "sub"
    assert Document.load(made).front_matter.get("description") != "Only the one page here"


def test_a_quoted_title_keeps_its_letters(tmp_path: Path) -> None:
    site = _notes(tmp_path, {f"n{i}.md": f'title: "Note {i}"\n' for i in range(3)})
    text = new_document(site, "notes", "Café día").read_text(encoding="utf-8")
    assert 'title: "Café día"' in text.splitlines()


def test_a_folders_one_french_page_does_not_hide_a_same_title(tmp_path: Path) -> None:
    # As the New dialog asks while the title is typed, before the page exists.
    from editor_app.core.new_page_same_title import same_title

    site = _notes(
        tmp_path,
        {
            "hello.md": "title: Hello\nlang: en\n",
            "other.md": "title: Other\nlang: en\n",
            "fr/bonjour.md": "title: Bonjour\nlang: fr\n",
        },
    )
    found = same_title(site, "notes", "Hello", site.root, None, tmp_path / "_notes" / "fr")
    assert found == tmp_path / "_notes" / "hello.md"


@pytest.fixture
def in_paris(monkeypatch: pytest.MonkeyPatch):
    import time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_date_written_with_z_is_in_utc_away_from_utc(tmp_path: Path, in_paris: None) -> None:
    # Where the clock says Paris time, a `Z` date is the time in UTC, not Paris time marked Z.
    import datetime as dt

    root = tmp_path
    (root / "_config.yml").write_text("title: Blog\n", encoding="utf-8")
    (root / "_posts").mkdir()
    for n in (1, 2):
        (root / "_posts" / f"2025-01-0{n}-p-{n}.md").write_text(
            f"---\ntitle: P {n}\ndate: 2025-01-0{n}T10:00:00Z\n---\n\nText.\n", encoding="utf-8"
        )
    made = new_document(Site.open(root), "posts", "A new post")
    written = Document.load(made).front_matter["date"]
    assert abs((dt.datetime.now(dt.UTC) - written).total_seconds()) < 120
    assert "Z\n" in made.read_text(encoding="utf-8")
