"""A group of fields in the page settings form (Eleventy's `eleventyNavigation`) gives its
boxes the form's width at 1024x700: its Parent box showed "Configure Template" of
"Configure Templates with Data", the group beside its name in the label column."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

PAGE = "src/docs/collections.md"  # eleventyNavigation: parent: Configure Templates with Data


@pytest.mark.parametrize("width", [1024, 1180])
def test_a_group_gives_its_boxes_the_form_width(qtbot, quiet_window, tmp_path: Path, width: int) -> None:  # noqa: ANN001
    """(The test platform's letters differ from a desktop's: the group lies beside its label
    there at a somewhat wider window.)"""
    site = copy_shared_site("eleventy-website", tmp_path)
    quiet_window.resize(width, 700)
    open_site(qtbot, quiet_window, site)
    click_document(qtbot, quiet_window, site / PAGE)
    group = quiet_window.form.widgets["eleventyNavigation"]
    qtbot.waitUntil(lambda: group.isVisible())
    qtbot.wait(500)
    parent = group.children_["parent"].focus_target()
    shown = parent.currentText() if hasattr(parent, "currentText") else parent.text()
    assert shown == "Configure Templates with Data"
    needed = parent.fontMetrics().horizontalAdvance(shown)
    form_width = quiet_window.form.width()
    assert parent.width() > needed + 40  # the whole title, and the drop-down's arrow
    # The group under its name, across the form (not in what the label column leaves).
    form = quiet_window.form
    assert group.mapTo(form, group.rect().topLeft()).x() <= 16
    assert group.width() >= form_width - 32
    for name in ("key", "parent", "order", "excerpt"):
        assert group.children_[name].width() >= form_width * 3 // 5, name


def test_the_pane_never_ends_between_a_group_and_its_label(qtbot, quiet_window, tmp_path: Path) -> None:  # noqa: ANN001
    """hugo-docs' Emojis page at 1024x700: the settings pane ended under "Params", its group
    below the edge. The places the pane's edge may fall (form_fit.row_gaps) pass over it."""
    from editor_app.ui.form_fit import row_gaps

    site = copy_shared_site("hugo-docs", tmp_path)
    quiet_window.resize(1024, 700)
    open_site(qtbot, quiet_window, site)
    click_document(qtbot, quiet_window, site / "content/en/quick-reference/emojis.md")
    form = quiet_window.form
    label, group = form.labels["params"], form.widgets["params"]
    qtbot.waitUntil(lambda: group.isVisible())
    label_bottom = label.mapTo(form, label.rect().bottomLeft()).y()
    group_top = group.mapTo(form, group.rect().topLeft()).y()
    assert label_bottom < group_top
    assert [cut for cut in row_gaps(form) if label_bottom - 2 <= cut <= group_top + 4] == []
