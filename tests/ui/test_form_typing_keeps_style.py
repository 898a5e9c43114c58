"""Typing a longer title in the form keeps the file's own style: the title passes through
`Introduction ` (a trailing space, which needs quotes) on the way to `Introduction to Hugo`,
and the saved line is `title: Introduction to Hugo`, not `title: "Introduction to Hugo"`."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site
from window_helpers import click_document, open_site


def _typed(qtbot, window, site: Path, page: str, field: str, words: str) -> tuple[bytes, bytes]:  # noqa: ANN001
    path = site / page
    before = path.read_bytes()
    open_site(qtbot, window, site)
    click_document(qtbot, window, path)
    box = window.form.widgets[field]
    text = window.current_document().front_matter[field]
    for ch in words:  # one keystroke at a time, as the form sends them
        text += ch
        box.edited.emit(text)
    assert window.save_document()
    return before, path.read_bytes()


def _changed_lines(before: bytes, after: bytes) -> list[tuple[str, str]]:
    old, new = before.decode().splitlines(), after.decode().splitlines()
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def test_hugo_title_typed_word_by_word_stays_plain(qtbot, quiet_window, tmp_path: Path) -> None:
    site = _hugo_copy(tmp_path)
    before, after = _typed(
        qtbot, quiet_window, site, "content/en/about/introduction.md", "title", " to Hugo"
    )
    assert _changed_lines(before, after) == [
        ("title: Introduction", "title: Introduction to Hugo")
    ]


def test_two_fields_typed_both_keep_their_style(qtbot, quiet_window, site_copy: Path) -> None:
    page = "_resources/2023-03-31-governance-board-minutes.md"
    window = quiet_window
    path = site_copy / page
    before = path.read_bytes()
    open_site(qtbot, window, site_copy)
    click_document(qtbot, window, path)
    title = window.form.widgets["title"]
    text = window.current_document().front_matter["title"]
    for ch in " (final)":
        text += ch
        title.edited.emit(text)
    after_title = window.current_document().raw_front_matter
    assert "\ntitle: Governance Board Minutes 31st March 2023 (final)\n" in "\n" + after_title
    title.edited.emit(text + " ")  # a passing space, then the next field
    title.edited.emit(text)
    assert window.current_document().raw_front_matter == after_title
    assert window.save_document()
    changed = _changed_lines(before, path.read_bytes())
    assert changed == [
        (
            "title: Governance Board Minutes 31st March 2023",
            "title: Governance Board Minutes 31st March 2023 (final)",
        )
    ]


def test_a_value_that_needs_quotes_still_gets_them(qtbot, quiet_window, site_copy: Path) -> None:
    page = "_resources/2023-03-31-governance-board-minutes.md"
    before, after = _typed(qtbot, quiet_window, site_copy, page, "title", ": draft")
    (old, new), = _changed_lines(before, after)
    assert new == 'title: "Governance Board Minutes 31st March 2023: draft"'


def _hugo_copy(tmp_path: Path) -> Path:
    site = copy_shared_site("hugo-docs", tmp_path)
    return site


def _type_into(window, field: str, words: str) -> None:  # noqa: ANN001
    box = window.form.widgets[field]
    text = ""
    for ch in words:
        text += ch
        box.edited.emit(text)


def test_a_field_the_page_lacked_typed_in_stays_plain(
    qtbot, quiet_window, tmp_path: Path
) -> None:
    site = _hugo_copy(tmp_path)
    path = site / "content/en/about/introduction.md"
    before = path.read_bytes()
    open_site(qtbot, quiet_window, site)
    click_document(qtbot, quiet_window, path)
    _type_into(quiet_window, "linkTitle", "About Hugo")
    assert quiet_window.save_document()
    added = set(path.read_text().splitlines()) - set(before.decode().splitlines())
    assert added == {"linkTitle: About Hugo"}


def test_a_new_pages_description_typed_in_stays_plain(
    qtbot, quiet_window, tmp_path: Path, monkeypatch
) -> None:
    from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest

    site = _hugo_copy(tmp_path)
    window = quiet_window
    open_site(qtbot, window, site)
    monkeypatch.setattr(
        NewDocumentDialog, "ask", classmethod(lambda cls, *a, **k: NewPageRequest("about", "Pricing questions"))
    )
    window.new_document()
    _type_into(window, "description", "What things cost")
    assert window.save_document()
    text = Path(window.current_document().path).read_text()
    assert "\ndescription: What things cost\n" in text
    assert "\ntitle: Pricing questions\n" in text


def test_a_page_with_windows_line_ends_keeps_them(qtbot, quiet_window, site_copy: Path) -> None:
    page = "_resources/2023-03-31-governance-board-minutes.md"
    path = site_copy / page
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    before, after = _typed(qtbot, quiet_window, site_copy, page, "title", " (final)")
    assert after.count(b"\r\n") == before.count(b"\r\n")
    assert after.replace(b"\r\n", b"").count(b"\n") == 0
    assert b"\r\ntitle: Governance Board Minutes 31st March 2023 (final)\r\n" in after
