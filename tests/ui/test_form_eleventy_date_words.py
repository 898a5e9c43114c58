"""The window on an Eleventy page dated `date: Last Modified` (Eleventy's own date): the form
shows the words in the date field, and Check finds nothing wrong with them; it said "'Last
Modified' is not a real date" on the field."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site
from window_helpers import open_site

PAGE = "src/docs/quicktips/draft-posts.md"


def test_last_modified_is_a_date_to_the_window(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    root = copy_shared_site("eleventy-website", tmp_path)
    page = root / PAGE
    text = page.read_text(encoding="utf-8")
    assert "\ndate: 2023-01-24\n" in text
    page.write_text(text.replace("\ndate: 2023-01-24\n", "\ndate: Last Modified\n"), "utf-8")
    window = quiet_window
    open_site(qtbot, window, root)
    assert window.open_document(page)
    with qtbot.waitSignal(window.problemsShown, timeout=20000):
        window.validate_current()
    tree = window.problems.tree
    shown = [tree.topLevelItem(i).text(3) for i in range(tree.topLevelItemCount())]
    assert not [s for s in shown if "date" in s.lower()], shown
    date = window.form.widgets["date"].focus_target()
    assert date.text() == "Last Modified"
    assert "not a real date" not in date.toolTip()
