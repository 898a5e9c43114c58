"""`editor-app sync drafts` on a site not kept in git says so in one line and exits 2, as
`sync status` does: it printed a note ending ".; these are the drafts known here" and then
the same words again as the error."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site


@pytest.mark.parametrize("options", [(), ("--no-fetch",), ("--json",)])
def test_drafts_outside_git_is_one_line_as_status(
    options: tuple[str, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("jekyll-docs", tmp_path, "site", without_git=True)
    status = run(capsys, "sync", "status", str(site))
    drafts = run(capsys, "sync", "drafts", *options, str(site))
    assert status[0] == 2 and status[2].count("\n") == 1
    assert drafts == (2, "", status[2])
    assert "not kept in git" in drafts[2] and ".;" not in drafts[2]
