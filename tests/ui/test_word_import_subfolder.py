"""File > Import Word Document… into hugo-docs: a collection whose pages all live in
subfolders (methods) is offered as its folders ("Methods › page"), as File > New asks for
one; the draft goes into the folder chosen (the import failed, saying to "give the folder",
with nowhere to give it)."""

from __future__ import annotations

import sys
from pathlib import Path

from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from test_import_into_subfolder import _word_file  # noqa: E402


def test_import_offers_the_folders_of_a_collection_of_folders(
    qtbot, settings, errors, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    site = copy_shared_site("hugo-docs", tmp_path)
    source = _word_file(tmp_path / "shout.docx")
    offered: list[tuple[str, str]] = []

    def choose(cls, parent, choices, current):  # noqa: ANN001, ANN202
        offered.extend(choices)
        return next(name for name, label in choices if label.endswith("› page"))

    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: source))
    monkeypatch.setattr(WordFiles, "tell", classmethod(lambda cls, p, t, text: None))
    monkeypatch.setattr(WordFiles, "ask_collection", classmethod(choose))
    window = MainWindow(settings)
    window.show()
    try:
        open_site(qtbot, window, site)
        with qtbot.waitSignal(window.documentOpened, timeout=30000) as opened:
            window.word_files.import_action.trigger()
        labels = [label for _name, label in offered]
        assert "Methods › site" in labels and "Methods" not in labels
        assert "News" in labels  # a collection with pages of its own is offered as before
        page = opened.args[0]
        assert page.parent.resolve() == (site / "content/en/methods/page").resolve()
    finally:
        window.close()
        qtbot.wait(100)
        window.deleteLater()
