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
