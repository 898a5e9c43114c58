"""`rename` lists each page it could not save; the system's words were passed on as they
came ("cannot be saved (Permission denied)"), with no word of what to do. Now in the plain
words `fail` uses, and what to do said once after the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def test_pages_that_cannot_be_saved_are_listed_in_plain_words_and_the_advice_said_once(
    guide: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(self: Document, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Document, "save", refused)
    assert main(["rename", "related", "beginners", "starting", "."]) == 1
    err = capsys.readouterr().err.splitlines()
    refusals = [line for line in err if line.startswith("editor-app: not changed: ")]
    assert len(refusals) > 1
    assert all(line.endswith(": cannot be saved (permission denied)") for line in refusals), err
    advice = [line for line in err if "Ask whoever manages that folder" in line]
    assert advice == [
        "editor-app: Ask whoever manages that folder for access, or copy the site into a "
        "folder of your own."
    ]
