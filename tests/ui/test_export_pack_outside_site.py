"""File > Export Review Pack… suggests a file in the person's own documents, not next to the
page inside the site folder, where the pack would be published and shared with the site."""

from __future__ import annotations

from pathlib import Path

from word_window_helpers import open_page_to_export

from editor_app.ui.word_files import WordFiles

PAGE = "_resources/brand-narrative.md"


def test_the_suggested_pack_is_outside_the_site(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    window = quiet_window
    open_page_to_export(qtbot, window, site_copy, site_copy / PAGE)
    suggested: list[Path] = []

    def ask(cls, parent, path):  # noqa: ANN001, ANN202 - stands in for the save box
        suggested.append(path)
        return None  # the person cancels

    monkeypatch.setattr(WordFiles, "ask_export_target", classmethod(ask))
    window.word_files.export_action.trigger()
    assert len(suggested) == 1
    assert suggested[0].name == "brand-narrative.docx"
    assert site_copy.resolve() not in suggested[0].resolve().parents
    assert suggested[0].parent.is_dir()


def test_import_looks_first_where_packs_are_exported(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    window = quiet_window
    open_page_to_export(qtbot, window, site_copy, site_copy / PAGE)
    folders: list[Path] = []
    monkeypatch.setattr(
        WordFiles, "ask_export_target", classmethod(lambda cls, p, s: folders.append(s.parent))
    )
    monkeypatch.setattr(
        WordFiles, "ask_import_file", classmethod(lambda cls, p, s: folders.append(s))
    )
    window.word_files.export_action.trigger()
    window.word_files.import_action.trigger()
    assert len(folders) == 2 and folders[0] == folders[1]


def test_the_message_says_where_the_pack_went(
    qtbot, quiet_window, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    window = quiet_window
    open_page_to_export(qtbot, window, site_copy, site_copy / PAGE)
    target = tmp_path / "packs" / "for-dee.docx"
    target.parent.mkdir()
    told: list[str] = []
    monkeypatch.setattr(WordFiles, "ask_export_target", classmethod(lambda cls, p, s: target))
    monkeypatch.setattr(WordFiles, "tell", classmethod(lambda cls, p, t, text: told.append(text)))
    window.word_files.export_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert target.is_file()
    assert str(target.parent) in told[-1]
