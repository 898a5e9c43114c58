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
        "This page: No problems found. 2 words are underlined as misspelt (“speling”, "
        "“anuther”): right-click one for suggestions."
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


def test_f7_names_the_words_underlined_below_the_part_on_screen(
    qtbot, quiet_window, site: Path
) -> None:  # noqa: ANN001
    """A long page's one underlined word (a name, as 'Lievesley' on connectedbydata's
    statistics resource) may be far below the part on screen: the line names it."""
    filler = "We write about open data for everyone.\n\n" * 60
    (site / "long.md").write_text(
        f"---\ntitle: Long\n---\n\n{filler}The Lievesley Review said so.\n", "utf-8"
    )
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "long.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"Lievesley"}, timeout=10000)
    window.validate_action.trigger()
    assert window.problems.summary.text() == (
        "This page: No problems found. 1 word is underlined as misspelt (“Lievesley”): "
        "right-click it for suggestions."
    )


def test_f7_names_five_words_and_counts_the_rest(qtbot, quiet_window, site: Path) -> None:  # noqa: ANN001
    slips = ["abcx", "bcdx", "cdex", "defx", "efgx", "fghx", "ghix"]
    (site / "slips.md").write_text(
        "---\ntitle: Slips\n---\n\n" + " ".join(slips) + " abcx.\n", "utf-8"
    )
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "slips.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == set(slips), timeout=10000)
    window.validate_action.trigger()
    assert window.problems.summary.text().endswith(
        "7 words are underlined as misspelt in 8 places (“abcx”, “bcdx”, “cdex”, “defx”, "
        "“efgx” and 2 more): right-click one for suggestions."
    )


def test_f7_counts_a_word_written_twice_once(qtbot, quiet_window, site: Path) -> None:  # noqa: ANN001
    """One slip written twice is one word to put right, underlined in two places."""
    (site / "api.md").write_text(
        "---\ntitle: API\n---\n\nWe serve graphql here.\n\nThe graphql schema is open.\n",
        "utf-8",
    )
    window = quiet_window
    SpellService.shared(window.editor.spelling_language).wait_until_ready()
    assert window.open_folder(site, then_open=site / "api.md")
    qtbot.waitUntil(lambda: window.current_document() is not None, timeout=10000)
    qtbot.waitUntil(lambda: misspelt(window.editor) == {"graphql"}, timeout=10000)
    window.validate_action.trigger()
    assert window.problems.summary.text() == (
        "This page: No problems found. 1 word is underlined as misspelt in 2 places "
        "(“graphql”): right-click it for suggestions."
    )


def test_the_note_counts_distinct_words_and_their_places() -> None:
    from editor_app.ui.check_spelling_note import misspelt_note

    assert misspelt_note([]) == ""
    assert misspelt_note(["speling", "anuther"]).startswith(
        "2 words are underlined as misspelt (“speling”, “anuther”)"
    )
    assert misspelt_note(["teh", "graphql", "teh"]).startswith(
        "2 words are underlined as misspelt in 3 places (“teh”, “graphql”): right-click one"
    )
