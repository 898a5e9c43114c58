"""`editor-app new` with a title another page of the same kind already has: the page is
made (its file named -2), and a warning says pages naming the first by its title could no
longer tell the two apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_new_page_with_a_title_already_taken_is_warned(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "people", "--title", "Jeni Tennison", str(site_copy)]) == 0
    out, err = capsys.readouterr()
    assert out.strip().endswith("_people/jeni-tennison-2.md")
    assert err == (
        "editor-app: warning: _people/jeni-tennison.md already has the title 'Jeni Tennison'; "
        "pages naming it by its title cannot tell the two apart\n"
    )
    assert main(["new", "people", "--title", "Ann Other", str(site_copy)]) == 0
    assert capsys.readouterr().err == ""
