"""The site's own words are not underlined as misspelt: "frobnicators" on three pages of the
site is its jargon; a slip ("recieve", "teh") still is, and F7's count says only the slips."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from spelling_helpers import misspelt

from editor_app.ui.spell import SpellService


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: Test site\n", encoding="utf-8")
    for n in range(3):
        (tmp_path / f"guide{n}.md").write_text(
            f"---\ntitle: Guide {n}\n---\n\nOur frobnicators run at night.\n", encoding="utf-8"
        )
    (tmp_path / "about.md").write_text(
        "---\ntitle: About us\n---\n\n"
        "Frobnicators are what we make. We recieve teh orders by post; the wibblers ship them.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_the_sites_jargon_is_not_underlined_and_slips_are(qtbot, quiet_window, site: Path) -> None:
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(
        lambda: misspelt(window.editor) == {"recieve", "teh", "wibblers"}, timeout=10000
    )
    window.validate_action.trigger()
    assert window.problems.summary.text().endswith(
        "3 words are underlined as misspelt (“recieve”, “teh”, “wibblers”): right-click one "
        "for suggestions."
    )


def test_hugo_docs_shortcodes_page_keeps_only_its_own_slips(
    qtbot, quiet_window, tmp_path: Path
) -> None:
    copy = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = copy / "content/en/content-management/shortcodes.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nWe recieve teh shortcodes.\n", "utf-8")
    window = quiet_window
    assert window.open_folder(copy, then_open=page)
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=20000)
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    qtbot.waitUntil(lambda: {"recieve", "teh"} <= misspelt(window.editor), timeout=20000)
    qtbot.waitUntil(lambda: "shortcodes" not in misspelt(window.editor), timeout=20000)
    assert len(misspelt(window.editor)) <= 4


def test_a_window_closed_while_its_site_words_are_read_is_no_error(
    qtbot, quiet_window, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import shiboken6

    from editor_app.ui import spell

    release, started, failures = threading.Event(), threading.Event(), []

    readers: list[threading.Thread] = []

    def slow(pages: object) -> spell.SiteVocabulary:
        readers.append(threading.current_thread())
        started.set()
        release.wait(10)
        return spell.SiteVocabulary()

    monkeypatch.setattr(spell, "read_vocabulary", slow)
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    window = quiet_window
    hook = window.spelling_language
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(started.is_set, timeout=10000)
    reader = readers[0]
    shiboken6.delete(hook)
    release.set()
    reader.join(10)
    assert failures == []


def test_a_word_written_on_a_third_page_is_known_once_that_page_is_saved(
    qtbot, quiet_window, site: Path
) -> None:
    from PySide6.QtCore import Qt

    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "guide0.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    # The site's words are read: frobnicators (three pages) is not underlined.
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    for n, name in enumerate(("guide0.md", "guide1.md", "guide2.md")):
        assert window.open_document(site / name)
        qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
        editor = window.editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor, "Our zorblaxes glow.")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "zorblaxes" in misspelt(window.editor), timeout=10000)
        assert window.save_document()
        assert "Our zorblaxes glow." in (site / name).read_text(encoding="utf-8")
        if n < 2:  # on one page, then two: still underlined
            qtbot.wait(200)
            assert "zorblaxes" in misspelt(window.editor)
    # The third save makes it the site's word: no longer underlined, without a restart.
    qtbot.waitUntil(lambda: "zorblaxes" not in misspelt(window.editor), timeout=10000)
    assert "frobnicators" not in misspelt(window.editor)


def test_a_page_removed_or_renamed_outside_the_editor_takes_its_words_along(
    qtbot, quiet_window, site: Path
) -> None:
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    assert "Frobnicators" not in misspelt(window.editor)  # on 4 pages
    # Get latest removes one page and renames another (the index is told, as it does).
    (site / "guide2.md").unlink()
    window.site.update_entry(site / "guide2.md")
    (site / "guide1.md").rename(site / "guide9.md")
    window.site.update_entry(site / "guide1.md")
    window.site.update_entry(site / "guide9.md")
    qtbot.wait(300)
    assert "Frobnicators" not in misspelt(window.editor)  # guide0, guide9, about: still 3
    (site / "guide9.md").unlink()
    window.site.update_entry(site / "guide9.md")
    # Now on two pages only: underlined again, without opening the site again.
    qtbot.waitUntil(lambda: "Frobnicators" in misspelt(window.editor), timeout=10000)


def test_a_page_saved_while_the_sites_words_are_read_is_counted(
    qtbot, quiet_window, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import Qt

    from editor_app.ui import spell

    for name in ("guide0.md", "guide1.md"):
        with (site / name).open("a", encoding="utf-8") as page:
            page.write("Our zorblaxes glow.\n")
    real_read, release = spell.read_vocabulary, threading.Event()

    def slow(pages: object) -> spell.SiteVocabulary:
        vocabulary = real_read(pages)  # the pages as they are before the save
        release.wait(10)
        return vocabulary

    monkeypatch.setattr(spell, "read_vocabulary", slow)
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Our zorblaxes glow.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.save_document()  # while the site's words are still being read
    release.set()
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    # The saved page is the third to write it: not underlined.
    qtbot.waitUntil(lambda: "zorblaxes" not in misspelt(window.editor), timeout=10000)


def test_a_site_opened_again_still_follows_pages_removed_from_it(
    qtbot, quiet_window, site: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The site's words are read once, but the site opened a second time (its index anew)
    is heard too: a page Get latest removes then takes its words out of the counts."""
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    first = window.site
    other = tmp_path_factory.mktemp("other")
    (other / "_config.yml").write_text("title: Another site\n", encoding="utf-8")
    (other / "index.md").write_text("---\ntitle: Home\n---\n\nHello.\n", encoding="utf-8")
    assert window.open_folder(other, then_open=other / "index.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    assert window.open_folder(site, then_open=site / "about.md")
    assert window.site is not first  # opened again: another index
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    assert "Frobnicators" not in misspelt(window.editor)  # on 4 pages
    for name in ("guide1.md", "guide2.md"):
        (site / name).unlink()
        window.site.update_entry(site / name)
    # Now on two pages only: underlined again.
    qtbot.waitUntil(lambda: "Frobnicators" in misspelt(window.editor), timeout=10000)


def test_a_save_reads_the_page_once(qtbot, quiet_window, site: Path) -> None:
    """A page saved is read once into the site's counts (through the site's index), not
    again for the save itself."""
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    hook = window.spelling_language
    read, real = [], hook._read_again
    hook._read_again = lambda *args: read.append(args[-1]) or real(*args)
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "More words.")
    assert window.save_document()
    qtbot.waitUntil(lambda: bool(read), timeout=5000)
    qtbot.wait(200)
    assert [Path(p).name for p in read] == ["about.md"]  # not twice


@pytest.fixture
def unread_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dictionaries not read yet, as at the program's start (set before the window)."""
    monkeypatch.setattr(SpellService, "_instances", {})


def test_the_sites_words_are_read_with_the_dictionary_after_the_page_is_painted(
    qtbot, unread_dictionary: None, quiet_window, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the site does not start reading its words (that would slow the first page's
    paint): they are read with the dictionary, and known when it says ready, so no word of
    the site is underlined for a moment."""
    import time

    from editor_app.ui import spell

    reads: list[object] = []
    real_read = spell.read_vocabulary
    monkeypatch.setattr(spell, "read_vocabulary", lambda pages: reads.append(1) or real_read(pages))
    window = quiet_window
    reads_at_open: list[int] = []

    def opened(_root: object) -> None:  # after the window's own handling of the site opened
        time.sleep(0.3)  # a reading started with the site would have begun by now
        reads_at_open.append(len(reads))

    window.siteOpened.connect(opened)
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: bool(reads_at_open), timeout=10000)
    assert reads_at_open == [0], "the site's words were read while the site was opening"
    service = SpellService.shared(window.editor.spelling_language, start=False)
    assert not service.is_ready
    site_words_when_ready: list[frozenset[str]] = []
    service.ready.connect(lambda: site_words_when_ready.append(window.editor.highlighter.site_words))
    qtbot.waitUntil(lambda: bool(site_words_when_ready), timeout=20000)
    assert reads and "frobnicators" in site_words_when_ready[0]
    qtbot.waitUntil(
        lambda: misspelt(window.editor) == {"recieve", "teh", "wibblers"}, timeout=10000
    )


def test_a_site_opened_after_the_dictionary_underlines_none_of_its_words_meanwhile(
    qtbot, quiet_window, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dictionary already read, the site's words are read after the site opens: until
    they are known no word is underlined ("Frobnicators" was, for a moment)."""
    import threading

    from editor_app.ui import spell

    real_read, release = spell.read_vocabulary, threading.Event()

    def slow(pages: object) -> spell.SiteVocabulary:
        release.wait(10)
        return real_read(pages)

    monkeypatch.setattr(spell, "read_vocabulary", slow)
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.wait(500)
    assert misspelt(window.editor) == set()
    release.set()
    qtbot.waitUntil(
        lambda: misspelt(window.editor) == {"recieve", "teh", "wibblers"}, timeout=10000
    )


def test_pages_deleted_by_another_program_leave_the_counts_when_the_window_is_back(
    qtbot, quiet_window, site: Path
) -> None:
    """No index hears of a page another program deletes; once the window is active again,
    its words are out: a word now on two pages is underlined, without opening the site again."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"recieve", "teh", "wibblers"})
    (site / "guide1.md").unlink()
    (site / "guide2.md").unlink()
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: "Frobnicators" in misspelt(window.editor), timeout=10000)


def test_the_window_back_looks_at_the_pages_once_and_only_when_their_folders_changed(
    qtbot, quiet_window, site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each time the window is active again the pages counted are looked for on disk once
    (not once a dictionary), and not at all while no folder of theirs changed."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from editor_app.core.site_words import FoldersSeen
    from editor_app.ui import spell

    looked: list[int] = []
    real = spell.gone_pages

    def counted(pages):  # noqa: ANN001, ANN202
        pages = list(pages)
        looked.append(len(pages))
        return real(pages)

    monkeypatch.setattr(spell, "gone_pages", counted)
    monkeypatch.setattr(FoldersSeen, "RACY_NS", 0)  # the pages were written a moment ago
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: bool(window.spelling_language.vocabularies), timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"recieve", "teh", "wibblers"})
    app = QGuiApplication.instance()

    def back() -> None:
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)

    back()
    assert looked == [4]  # the first time: each page once
    back()
    back()
    assert looked == [4]  # nothing changed in the site's folder
    qtbot.wait(20)  # past the folder's clock tick
    (site / "guide1.md").unlink()
    (site / "guide2.md").unlink()
    back()
    assert looked == [4, 4]
    qtbot.waitUntil(lambda: "Frobnicators" in misspelt(window.editor), timeout=10000)
