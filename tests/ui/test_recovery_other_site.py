"""Restoring unsaved work of a page from another site folder opens that site first, then
shows the words there, with its own list and form: it was shown inside the open site's
window, as one of its "Other pages", its settings as plain text boxes."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.ui.guard_wiring import restore_into


def _site(root: Path, title: str) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text(f"title: {title}\n", encoding="utf-8")
    for n in (1, 2, 3):
        (root / "_posts" / f"2024-01-0{n}-post-{n}.md").write_text(
            f"---\ntitle: Post {n}\ndate: 2024-01-0{n}\n---\nWords {n}.\n", encoding="utf-8"
        )
    return root


def test_a_page_of_another_site_is_restored_in_its_own_site(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    here = _site(tmp_path / "here", "Here")
    there = _site(tmp_path / "there", "There")
    window = quiet_window
    open_site(qtbot, window, here)
    page = there / "_posts" / "2024-01-02-post-2.md"
    recovered = page.read_text(encoding="utf-8").replace("Words 2.", "Words 2, not saved.")
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        assert restore_into(window, page, recovered) is False  # shown once its site is open
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    assert window.site.root == there.resolve()
    doc = window.current_document()
    assert doc.path == page.resolve() and doc.text == recovered and doc.is_modified
    assert window.library.current_collection() == "posts"
    assert page.read_text(encoding="utf-8").endswith("Words 2.\n")  # the file as it was


def test_a_page_of_the_open_site_is_restored_at_once(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    here = _site(tmp_path / "here", "Here")
    window = quiet_window
    open_site(qtbot, window, here)
    page = here / "_posts" / "2024-01-03-post-3.md"
    recovered = page.read_text(encoding="utf-8") + "More.\n"
    assert restore_into(window, page, recovered) is True
    assert window.current_document().text == recovered


def test_the_copy_restored_in_its_own_site_is_gone_once_saved(
    qtbot, tmp_path: Path, quiet_window, monkeypatch  # noqa: ANN001
) -> None:
    """Shown after its site opened, the copy is still this session's to settle: saved, it is
    not offered again (it was, as "the same as the file on disk")."""
    from editor_app.core.store import RecoveryStore
    from editor_app.ui.recovery import RecoveryDialog

    here = _site(tmp_path / "here", "Here")
    there = _site(tmp_path / "there", "There")
    page = there / "_posts" / "2024-01-02-post-2.md"
    data = page.read_bytes() + b"\nUnsaved paragraph.\n"
    RecoveryStore().save(page, data)  # left by a session that was killed
    window = quiet_window
    open_site(qtbot, window, here)
    monkeypatch.setattr(
        RecoveryDialog, "ask", classmethod(lambda cls, parent, waiting, store: waiting[0])
    )
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        assert window.guard.offer_recovery() is not None
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    assert window.current_document().to_bytes() == data
    assert window.save_document()
    assert page.read_bytes() == data
    assert [r for r in RecoveryStore().pending() if r.path == page.resolve()] == []


def test_copies_of_pages_of_one_name_in_two_sites_are_told_apart(qtbot, tmp_path: Path) -> None:
    from editor_app.core.store import RecoveryStore
    from editor_app.ui.recovery import RecoveryDialog

    pages = []
    for site in ("team", "jekyll-docs"):
        page = _site(tmp_path / site, site) / "_posts" / "2024-01-01-post-1.md"
        page = page.rename(page.with_name("2024-01-01-a-rather-long-name-for-a-post-" + "x" * 40 + ".md"))
        RecoveryStore().save(page, page.read_bytes() + b"\nMore.\n")
        pages.append(page)
    dialog = RecoveryDialog(RecoveryStore().pending(), RecoveryStore())
    qtbot.addWidget(dialog)
    shown = [dialog.pages.item(row).text() for row in range(dialog.pages.count())]
    assert len(shown) == 2 and len(set(shown)) == 2
    assert all(text.startswith(pages[0].name) for text in shown)
    assert any("team/_posts" in text for text in shown)
    # A long name wraps within the list: nothing runs off it behind a scroll bar.
    dialog.show()
    qtbot.waitExposed(dialog)
    room = dialog.pages.viewport().width()
    for row in range(dialog.pages.count()):
        assert dialog.pages.visualItemRect(dialog.pages.item(row)).right() <= room
