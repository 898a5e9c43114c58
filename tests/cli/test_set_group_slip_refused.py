"""`set params.x=1` on a page without `params` adds the group only when the collection holds
that very field: other pages having a `params` group is no reason to make one for a slip in
the field's name (hugo-docs' functions pages all have params, none has `retrunType`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main


def test_a_slip_in_a_field_others_hold_in_their_group_makes_no_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    page = root / "content/en/functions/strings/Contains.md"
    text = re.sub(r"params:\n(  .*\n)+", "", page.read_text(encoding="utf-8"), count=1)
    page.write_text(text, encoding="utf-8")
    before = page.read_bytes()
    code = main(["set", str(page), "params.functions_and_methods.retrunType=bool"])
    err = capsys.readouterr().err
    assert code == 2 and page.read_bytes() == before
    assert "no other page of functions has 'params.functions_and_methods.retrunType'" in err
