"""F7 on a page whose text shows two misspelt words does not say only "No problems found.":
the Problems line counts the underlined words and says how to fix them (spelling stays out
of Check's rules: `editor-app validate` says nothing of it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spelling_helpers import misspelt

from editor_app.cli import main
from editor_app.ui.spell import SpellService

PAGE = """---
layout: page
title: About us
---

We write about open data for everyone. This page has a speling mistake and anuther one.
"""


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: Test site\n", encoding="utf-8")
    (tmp_path / "about.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_f7_says_how_many_words_are_underlined_as_misspelt(
    qtbot,
    quiet_window,
    site: Path,
    capsys: pytest.CaptureFixture[str],  # noqa: ANN001
) -> None:
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"speling", "anuther"}, timeout=10000)
    window.validate_action.trigger()
    assert window.problems.summary.text() == (
        "This page: No problems found. 2 words are underlined as misspelt: right-click one "
        "for suggestions."
    )
    # Fixed: the next check says nothing of spelling.
    cursor = window.editor.document().find("speling")
    cursor.insertText("spelling")
    cursor = window.editor.document().find("anuther")
    cursor.insertText("another")
    qtbot.waitUntil(lambda: misspelt(window.editor) == set(), timeout=10000)
    window.validate_action.trigger()
    assert window.problems.summary.text() == "This page: No problems found."
    # The command line's Check knows no spelling.
    capsys.readouterr()
    main(["validate", "--format", "json", str(site)])
    assert json.loads(capsys.readouterr().out) == []


def test_the_count_goes_with_the_page_checked(qtbot, quiet_window, site: Path) -> None:  # noqa: ANN001
    """Closed, or another page opened: the Problems line names the checked page's file and
    keeps its problems, but no longer tells to right-click words the editor does not show."""
    (site / "contact.md").write_text("---\ntitle: Contact\n---\n\nWrite to us.\n", "utf-8")
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "about.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"speling", "anuther"}, timeout=10000)
    window.validate_action.trigger()
    assert "2 words are underlined" in window.problems.summary.text()
    assert window.open_document(site / "contact.md")
    assert window.problems.summary.text() == "about.md: No problems found."
    # Back, checked again, then closed.
    assert window.open_document(site / "about.md")
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"speling", "anuther"}, timeout=10000)
    window.validate_action.trigger()
    assert "right-click" in window.problems.summary.text()
    window.documents.close_document()
    assert window.problems.summary.text() == "about.md: No problems found."
