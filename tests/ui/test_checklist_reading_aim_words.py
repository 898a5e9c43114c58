"""The Checklist's reading ease says the site's aim as Check does, '40 or more' (higher is
easier): 'Reading ease 64 (fine; the site aims for 40)' read as if 64 overshot the aim. A
score shown equal to the aim is fine, never '40 (hard; the site aims for 40)'."""

from __future__ import annotations

import pytest

from editor_app.core.checks.checklist import Checklist
from editor_app.ui.checklist import ChecklistPanel


def _reading_line(qtbot, ease: float) -> str:  # noqa: ANN001 - qtbot
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.show_checklist(
        Checklist(reading_ease=ease, reading_grade=8.2, reading_target=40, words=300)
    )
    tree = panel.tree
    lines = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    return next(line for line in lines if line.startswith("Reading ease"))


@pytest.mark.parametrize(
    ("ease", "shown"),
    [
        (64.3, "Reading ease 64 (fine; the site aims for 40 or more), about grade 8"),
        (39.6, "Reading ease 40 (fine; the site aims for 40 or more), about grade 8"),
        (35.2, "Reading ease 35 (hard; the site aims for 40 or more), about grade 8"),
    ],
)
def test_the_reading_ease_line_says_the_aim_as_a_least(qtbot, ease: float, shown: str) -> None:  # noqa: ANN001
    assert _reading_line(qtbot, ease) == shown
