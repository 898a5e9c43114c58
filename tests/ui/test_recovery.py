"""Recovered work is offered page by page with its difference; nothing restored or lost silently."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from editor_app.core.document import Document
from editor_app.core.store import RecoveryStore
from editor_app.ui.recovery import RecoveryDialog
from editor_app.ui.safety import DocumentGuard

PAGES = ["_resources/case-study-cag.md", "_resources/case-study-dfe.md"]


@pytest.fixture
def crashed(site_copy: Path) -> list[tuple[Path, bytes]]:
    """Two pages with unsaved edits kept by a session that was killed."""
    earlier = RecoveryStore()
    kept = []
    for i, rel in enumerate(PAGES):
        page = site_copy / rel
        os.chmod(page, 0o644)
        data = page.read_bytes() + f"\nUnsaved paragraph number {i}.\n".encode()
        earlier.save(page, data)
        kept.append((page, data))
    return kept


def test_the_dialog_shows_each_page_with_its_difference(qtbot, crashed) -> None:
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    assert dialog.pages.count() == 2
    # Each page by its name, its folder on the line below.
    names = {dialog.pages.item(i).text().splitlines()[0] for i in range(2)}
    assert names == {p.name for p, _ in crashed}
    for row in range(2):
        dialog.pages.setCurrentRow(row)
        rec = dialog.selected()
        shown = dialog.difference.toPlainText()
        n = [p for p, _ in crashed].index(rec.path)
        assert f"+ Unsaved paragraph number {n}." in shown
        assert "only in the recovered text" in shown
        assert "never saved" in dialog.state.text()


def test_discard_deletes_only_that_copy_and_only_when_confirmed(
    qtbot, crashed, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    dialog.pages.setCurrentRow(0)
    first = dialog.selected()
    monkeypatch.setattr(RecoveryDialog, "confirm_discard", classmethod(lambda *a: False))
    dialog.discard_button.click()
    assert len(RecoveryStore().pending()) == 2, "not confirmed: nothing deleted"
    monkeypatch.setattr(RecoveryDialog, "confirm_discard", classmethod(lambda *a: True))
    dialog.discard_button.click()
    left = RecoveryStore().pending()
    assert [r.path for r in left] == [p for p, _ in crashed if p != first.path]
    assert dialog.pages.count() == 1
    # The page on disk is never touched by discarding.
    assert first.path.read_bytes() != first.data


def test_decide_later_keeps_everything(qtbot, crashed) -> None:
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    dialog.later_button.click()
    assert dialog.chosen is None
    assert len(RecoveryStore().pending()) == 2


def test_restore_puts_the_text_back_unsaved_and_keeps_the_copy_until_saved(
    qtbot, crashed, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, data = crashed[1]
    holder: dict[str, Document] = {}
    guard = DocumentGuard(lambda: holder.get("doc"))

    def restore(path: Path, text: str) -> None:
        doc = Document.load(path)
        doc.set_text(text)
        holder["doc"] = doc
        guard.watch(path)

    guard.restoreRequested.connect(restore)

    def pick(cls, parent, recoveries, store):
        assert {r.path for r in recoveries} == {p for p, _ in crashed}
        return next(r for r in recoveries if r.path == page)

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(pick))
    assert guard.offer_recovery() is not None
    doc = holder["doc"]
    assert doc.is_modified and doc.to_bytes() == data, "restored, not saved"
    assert page.read_bytes() != data
    assert len(RecoveryStore().pending()) == 2, "the copy stays until the page is saved"
    assert guard.save_document(doc) == page
    assert page.read_bytes() == data
    (other,) = RecoveryStore().pending()
    assert other.path == crashed[0][0], "the page not chosen is still waiting"


def test_no_dialog_when_nothing_was_left_behind(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert DocumentGuard(lambda: None, parent).offer_recovery() is None


# -- end to end: the real app killed with unsaved edits, then started again ---------------

E2E = Path(__file__).resolve().parent / "e2e"
TYPED = "Words typed just before the power cut."


def _run_app(site: Path, page: Path, start: Path | None = None, **env: str) -> subprocess.Popen:
    """`python -m editor_app SITE` (or START: a page), driven by tests/ui/e2e/sitecustomize.py."""
    environ = dict(os.environ)
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_DISABLE_SANDBOX="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(E2E), os.environ.get("PYTHONPATH")])),
        EDITOR_APP_E2E_PAGE=str(page),
        **env,
    )
    return subprocess.Popen(
        [sys.executable, "-m", "editor_app", str(start or site)],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _read_line(proc: subprocess.Popen, timeout: float = 60) -> str:
    """The next line the driven app prints (the app is killed if it says nothing in time)."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    if not ready:
        proc.kill()
        proc.wait()
        pytest.fail("the app did not answer in time")
    return proc.stdout.readline().strip()


def _crash_with_unsaved_edits(site: Path, page: Path) -> None:
    proc = _run_app(site, page, EDITOR_APP_E2E_TYPE=TYPED)
    try:
        assert _read_line(proc) == "ready", "the recovery copy was written"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def _start_and_answer(site: Path, page: Path, answer: str, start: Path | None = None) -> dict:
    proc = _run_app(site, page, start, EDITOR_APP_E2E_ANSWER=answer)
    try:
        return json.loads(_read_line(proc))
    finally:
        proc.send_signal(signal.SIGKILL)  # its state was read; how it ends does not matter
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()


def _listed(page: Path) -> str:
    """How the recovery dialog lists a page: its name, its folder below (then the time)."""
    return f"{page.name}\n{page.parent.parent.name}/{page.parent.name} · "


@pytest.fixture
def killed(site_copy: Path) -> tuple[Path, Path, bytes]:
    """The real app, killed after typing into a page without saving."""
    page = site_copy / PAGES[0]
    os.chmod(page, 0o644)
    original = page.read_bytes()
    _crash_with_unsaved_edits(site_copy, page)
    assert page.read_bytes() == original, "the page itself was never written"
    (rec,) = RecoveryStore().pending()
    assert rec.path == page and TYPED.encode() in rec.data
    return site_copy, page, original


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_after_a_kill_the_next_start_offers_the_text_and_restore_brings_it_back(killed) -> None:
    site, page, original = killed
    state = _start_and_answer(site, page, "restore")
    assert [p[: len(_listed(page))] for p in state["dialog"]["pages"]] == [_listed(page)]
    assert f"+ {TYPED}" in state["dialog"]["difference"], "the difference is shown"
    assert state["path"] == str(page)
    assert TYPED in state["editor"], "the text is back in the editor"
    assert state["modified"] and state["window_modified"], "restored as unsaved"
    assert page.read_bytes() == original, "nothing was written to the page"
    assert len(RecoveryStore().pending()) == 1, "the copy stays until the page is saved"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_after_a_kill_discard_deletes_the_copy_only_then(killed) -> None:
    site, page, original = killed
    later = _start_and_answer(site, page, "later")
    assert [p[: len(_listed(page))] for p in later["dialog"]["pages"]] == [_listed(page)]
    assert later["path"] is None and len(RecoveryStore().pending()) == 1, "kept for later"
    state = _start_and_answer(site, page, "discard")
    listed = [p[: len(_listed(page))] for p in state["dialog"]["pages"]]
    assert listed == [_listed(page)], "offered again"
    assert state["path"] is None
    assert RecoveryStore().pending() == []
    assert page.read_bytes() == original


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_started_on_the_page_again_it_is_shown_behind_the_question(killed) -> None:
    """`editor-app PAGE` after the kill: the page is shown, then the question is asked (it was
    asked first, the page held back until it was answered)."""
    site, page, original = killed
    state = _start_and_answer(site, page, "later", start=page)
    assert [p[: len(_listed(page))] for p in state["dialog"]["pages"]] == [_listed(page)]
    assert state["dialog"]["page_behind"] == str(page)
    assert state["path"] == str(page) and not state["modified"], "as on disk: decided later"
    state = _start_and_answer(site, page, "restore", start=page)
    assert state["dialog"]["page_behind"] == str(page)
    assert TYPED in state["editor"] and state["modified"], "the text is back, unsaved"
    assert page.read_bytes() == original
