"""A returned review pack imported into a folder with no site (opened in the window: no
Jekyll, Hugo or Eleventy settings in it or above) is refused in the one line
`editor-app import` says. A stray copy of the page there was taken for the pack's page
"moved", and the reviewer's notes went into that copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from window_helpers import open_site

from editor_app.core import review
from editor_app.core.docx_export import export_docx
from editor_app.core.site import Site
from editor_app.ui import dialogs
from editor_app.ui.main_window import MainWindow
from editor_app.ui.word_files import WordFiles

PAGE = "_resources/dpdib-lords-2nd-reading-summary.md"


def test_a_pack_imported_where_there_is_no_site_is_refused_in_one_line(
    qtbot,  # noqa: ANN001
    quiet_window: MainWindow,
    errors,  # noqa: ANN001
    site_copy: Path,
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    export_docx([site_copy / PAGE], tmp_path / "pack.docx", Site.open(site_copy))
    document = docx.Document(str(tmp_path / "pack.docx"))
    para = next(p for p in document.paragraphs if p.text.startswith("This is known as"))
    document.add_comment(para.runs, "Explain this", author="Dee")
    loose = tmp_path / "downloads"
    (loose / "old").mkdir(parents=True)
    returned = loose / "back.docx"
    document.save(returned)
    stray = loose / "old" / Path(PAGE).name
    shutil.copy(site_copy / PAGE, stray)
    shown: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _title, text: shown.append(text))
    monkeypatch.setattr(WordFiles, "tell", classmethod(lambda cls, p, t, text: told.append(text)))
    monkeypatch.setattr(WordFiles, "ask_import_file", classmethod(lambda cls, p, s: returned))
    open_site(qtbot, quiet_window, loose)

    quiet_window.word_files.import_action.trigger()

    qtbot.waitUntil(lambda: bool(shown or told), timeout=30000)
    assert (shown, told) == (
        [
            f"No site found in {loose.resolve()}: back.docx goes back to the pages of the site "
            "it was exported from; import it into that site's folder."
        ],
        [],
    )
    assert review.NoteStore(stray).notes == []
    assert not quiet_window.word_files.progress.shown
