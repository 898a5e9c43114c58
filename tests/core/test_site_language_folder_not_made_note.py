"""A Hugo language whose content folder is not there yet (`languages.fr.contentDir =
'content/fr'`, no French page yet) is noted as waiting for its first page, which File > New
now makes; the note read as a fault ('does not exist.') with nothing to do about it."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site


def test_the_note_says_new_makes_the_folder(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text(
        "[languages.en]\ncontentDir = 'content/en'\n[languages.fr]\ncontentDir = 'content/fr'\n",
        encoding="utf-8",
    )
    (tmp_path / "content" / "en").mkdir(parents=True)
    (tmp_path / "content" / "en" / "a.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    notes = Site.open(tmp_path).layout.notes
    assert (
        "The content folder content/fr (language fr) does not exist yet: File > New, with that "
        "language picked, makes it with its first page." in notes
    )
