"""`editor-app review`'s actions are kept by what they do: decisions in cli/review_decide.py,
suggested edits in cli/review_suggest.py, each well under the house's 500 lines, and the help
lists every action in the same order as before the split."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_helpers import run

from editor_app.cli import review, review_decide, review_suggest

ACTIONS_IN_ORDER = [
    "queue", "diff", "mark-reviewed", "versions", "notes", "note", "resolve", "delete-note",
    "approve", "send-back", "publish", "undo", "history",
    "suggest", "suggestions", "accept", "reject", "report",
]  # fmt: skip


def test_each_module_holds_the_actions_of_one_kind() -> None:
    assert set(review_decide.ACTIONS) == {"approve", "send-back", "publish", "undo", "history"}
    assert set(review_suggest.ACTIONS) == {"suggest", "suggestions", "accept", "reject"}
    for module in (review, review_decide, review_suggest):
        lines = Path(module.__file__).read_text(encoding="utf-8").count("\n")
        assert lines < 500 if module is review else lines < 400, (module.__name__, lines)


def test_the_help_lists_every_action_in_order(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "review", "--help")
    out = capsys.readouterr().out
    listed = re.findall(r"^    ([a-z-]+)", out, re.MULTILINE)
    assert listed == ACTIONS_IN_ORDER
