"""`editor-app schema SITE` checks the whole site once (against the schema as it would be
declared); only the pages that would then have an error are checked again as they are today
(a second whole Check was half its time on hugo-docs). What it says is unchanged: the
'Careful' line still names the pages that saving it would make errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.core import validate


@pytest.mark.parametrize("name", ["connectedbydata", "opensource-guide"])
def test_the_site_is_checked_whole_once(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = shared_site_path(name)
    real = validate.validate_site
    calls: list[Any] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("only"))
        return real(*args, **kwargs)

    monkeypatch.setattr(validate, "validate_site", counted)
    assert main(["schema", str(site)]) == 0
    out = capsys.readouterr().out
    assert calls.count(None) == 1, calls
    if name == "connectedbydata":  # its inferred schema declared makes errors of 4 pages
        assert "# Careful: saved as it is, this makes 4 pages errors" in out
        again = [only for only in calls if only is not None]
        assert len(again) == 1 and 0 < len(again[0]) <= 4
        assert all(isinstance(p, Path) and p.is_relative_to(site.resolve()) for p in again[0])
