"""`set` refuses what Check calls wrong, by the same rule (checks.types.fits_kind): on
Eleventy a `permalink` is false (not published) or an address, so an address is no wrong
value even where inference calls the field true/false."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.checks.types import fits_kind

PAGE = "src/speedlify/link-leaderboards.md"


def test_a_permalink_address_is_set_where_check_takes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("eleventy-website", tmp_path, without_git=True)
    page = site / PAGE
    assert main(["set", str(page), "permalink=/speed/"]) == 0, capsys.readouterr()
    assert "permalink: /speed/" in page.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", str(page)]) == 0, capsys.readouterr()


def test_the_rule_set_and_check_share() -> None:
    assert fits_kind("boolean", "permalink", "/speed/", "eleventy")
    assert fits_kind("boolean", "permalink", False, "eleventy")
    assert not fits_kind("boolean", "draft", "yes please", "hugo")
    assert not fits_kind("number", "weight", True, "hugo")
    assert fits_kind("number", "weight", 1.5, "hugo")
    assert not fits_kind("date", "date", "tomorrow", "hugo")
    assert fits_kind("date", "date", "Last Modified", "eleventy")
    assert fits_kind("text", "title", 3, None)
