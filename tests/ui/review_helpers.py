"""What the review window's and the Drafts dialog's tests share: the real site under git, a
review panel opened on it, a Jekyll draft approved then published there, a draft sent for
review, and Drafts opened in the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.core import validate as validate_module
from editor_app.core.site import Site
from editor_app.ui.main_window import MainWindow
from editor_app.ui.review import ReviewPanel
from editor_app.ui.sync_drafts import DraftsDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import make_git_site  # noqa: E402
from sharing_helpers import open_clone, wait_for_status, wait_idle  # noqa: E402
from sync_site import POST, replace_in  # noqa: E402

DRAFT_WAITS = "1 draft from others to review: Drafts"  # the Sharing bar's line then


def review_git_site(site_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real site under git; one final page made a draft again in a second commit. Only
    this copy's git settings count (the machine's name and e-mail do not leak in). The review
    window tests' `git_site` fixture (conftest)."""
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    return make_git_site(site_copy, education_draft=True)


def open_panel(qtbot, site_root: Path, settings: QSettings) -> ReviewPanel:  # noqa: ANN001
    """The review screen, shown, its queue of the site loaded."""
    panel = ReviewPanel(settings)
    qtbot.addWidget(panel)
    panel.resize(1300, 800)
    panel.show()
    with qtbot.waitSignal(panel.queueLoaded, timeout=20000):
        panel.set_site(Site.open(site_root))
    return panel


def review_main_window(
    qtbot,  # noqa: ANN001
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MainWindow]:
    """A shown main window with its review part, error boxes silent (a module's `main_window`
    fixture yields it); after the test its review window and itself are closed, the page
    unsaved."""
    from editor_app.ui import dialogs
    from editor_app.ui.dialogs import Choice, UnsavedChangesDialog
    from editor_app.ui.review import install_review

    monkeypatch.setattr(dialogs, "show_error", lambda *_a: None)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    if getattr(w, "review", None) is None:  # the window installs it itself once wired in
        install_review(w)
    w.show()
    yield w
    monkeypatch.setattr(
        UnsavedChangesDialog, "ask", classmethod(lambda cls, p, n, **_: Choice.DISCARD)
    )
    if w.review.review_window is not None:
        w.review.review_window.close()
    w.close()
    qtbot.wait(100)


def send_draft(author: Path, old: str = "wet Tuesday", new: str = "windy Tuesday") -> None:
    """The author changes the page's words and sends it for review on its branch."""
    from editor_app.core import sync_drafts

    replace_in(author / POST, old, new)
    assert sync_drafts.send_for_review(author, author / POST).shared


def open_copy(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clone: Path,
    *,
    get_latest: bool = True,
    waiting: str | None = None,
) -> None:
    """The window opened on `clone`, then Get latest (unless not `get_latest`) and, with
    `waiting`, until the Sharing bar's line says it."""
    open_clone(qtbot, window, clone)
    bar = window.sync_bar
    if get_latest:
        bar.get_latest_action.trigger()
        wait_idle(qtbot, window)
    if waiting is not None:
        wait_for_status(qtbot, bar, waiting)


def open_drafts(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    clone: Path,
    *,
    get_latest: bool = True,
    waiting: str | None = None,
) -> DraftsDialog:
    """Drafts… of the Sharing bar, in the window opened on `clone` (as `open_copy`)."""
    open_copy(qtbot, window, clone, get_latest=get_latest, waiting=waiting)
    window.sync_bar.drafts_action.trigger()
    return window.sync_bar.drafts_dialog


def answer(monkeypatch: pytest.MonkeyPatch, question: str, reply: object) -> None:
    """The Drafts dialog's question (`ask_note_text`, `ask_send_back_note`, `ask_approval`,
    `ask_own_approval`) answered `reply` at once, without its box."""
    monkeypatch.setattr(DraftsDialog, question, classmethod(lambda cls, *args, **kw: reply))


def click_and_wait(qtbot, window: MainWindow, button, until) -> None:  # noqa: ANN001
    """Click `button`, wait until `until()` holds, then until the sharing step is done."""
    button.click()
    qtbot.waitUntil(until, timeout=20000)
    wait_idle(qtbot, window)


def count_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The pages Check runs on from now on, one entry per run (Approve's tests: run once)."""
    runs: list[Path] = []
    check = validate_module.validate_document

    def counted(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        runs.append(Path(doc.path).resolve())
        return check(doc, *args, **kwargs)

    monkeypatch.setattr(validate_module, "validate_document", counted)
    return runs


def add_note(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    dialog: DraftsDialog,
    text: str,
) -> None:
    """Add note… in the Drafts dialog, its question answered `text`; waits until the notes
    list holds one more note and the sharing step is done."""
    count = dialog.notes.count()
    answer(monkeypatch, "ask_note_text", text)
    click_and_wait(qtbot, window, dialog.note_button, lambda: dialog.notes.count() == count + 1)


def send_draft_with_suggestions(author: Path, *suggestions: tuple[str, str, str]) -> None:
    """The author's draft ("windy Tuesday") sent for review with suggested edits in its review
    record, each (words, new words, by whom), as one kept for the editor to weigh."""
    from editor_app.core import review, sync_drafts

    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    for words, new, by in suggestions:
        review.suggest(author / POST, words, new, author=by)
    assert sync_drafts.send_for_review(author, author / POST).shared


def open_sent_draft(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    author: Path,
    editor: Path,
    old: str = "wet Tuesday",
    new: str = "windy Tuesday",
) -> DraftsDialog:
    """The author's draft sent (`send_draft`, `old` words made `new`), and the editor's Drafts
    opened on it, once the Sharing bar says it waits and the dialog's own look at the server
    is done."""
    send_draft(author, old, new)
    dialog = open_drafts(qtbot, window, editor, waiting=DRAFT_WAITS)
    wait_idle(qtbot, window)
    return dialog


def approve_then_publish(
    qtbot,  # noqa: ANN001
    site_root: Path,
    page: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    meanwhile: Callable[[], None] = lambda: None,
) -> tuple[list[str], list[tuple[Path, Path]]]:
    """The review panel opened on the Jekyll draft `page`, which Approve approves and whose
    "Publish the draft?" is answered Publish, `meanwhile()` run while that question is open.
    Returns the errors the panel showed (each one line as shown) and the moves it made."""
    errors: list[str] = []
    monkeypatch.setattr(ReviewPanel, "show_error", classmethod(lambda cls, p, m: errors.append(m)))

    def publish(cls, parent, title, target) -> bool:  # noqa: ANN001
        meanwhile()
        return True

    monkeypatch.setattr(ReviewPanel, "ask_publish", classmethod(publish))
    panel = open_panel(qtbot, site_root, settings)
    assert panel.select_path(page)
    published: list[tuple[Path, Path]] = []
    panel.published.connect(lambda old, new: published.append((old, new)))
    panel.approve_current()
    return errors, published
