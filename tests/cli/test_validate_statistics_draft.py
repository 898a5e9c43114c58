"""The earlier draft of connectedbydata's statistics resource (public-stats-examples.md), put
beside the published page as its author would: `editor-app validate` tells the editor what
to do about it, each at its line, the page it clashes with named by its title."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.cli import main

# The draft's extra section (the published page ends before it).
DRAFT_TAIL = (
    "\n\n## **UK Statistics Assembly**\n"
    "This was recommended by [the Lievesley Review](https://www.gov.uk/) into the UK "
    "Statistics Authority in March 2024.\n\n"
    "The Review said that the Assembly should be triennial and ‘involve key organisations "
    "inside and outside Government and across the four nations, with the remit of "
    "determining the UK’s needs for statistics through a wide consultative process’.\n"
)


def test_the_statistics_draft_is_told_its_reference_clashes_with_the_published_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "connectedbydata"
    shutil.copytree(
        shared_site_path("connectedbydata"), site, ignore=shutil.ignore_patterns(".git")
    )
    published = site / "_resources" / "public-stats-examples.md"
    draft = site / "_resources" / "statistics-public-engagement.md"
    draft.write_text(published.read_text(encoding="utf-8") + DRAFT_TAIL, encoding="utf-8")
    stamp = published.stat().st_mtime
    os.utime(draft, (stamp + 60, stamp + 60))  # written after the published page
    capsys.readouterr()
    main(["validate", "--format", "json", "--no-cache", str(draft)])
    found = [
        (p["line"], p["field"], p["severity"], p["message"])
        for p in json.loads(capsys.readouterr().out)
    ]
    assert found[0] == (
        5,
        "reference",
        "warning",
        "The reference 'statistics-public-engagement' is already used by “Statistics and "
        "public engagement” (_resources/public-stats-examples.md). Each resource needs its "
        "own: change this one.",
    )
    assert [(line, severity) for line, _f, severity, _m in found[1:]] == [
        (23, "suggestion"),
        (30, "suggestion"),
    ]
    assert "'Indeed, the NDL case study - on the...' has 51 words" in found[1][3]
    assert "'The Review said that the Assembly should...' has 37 words" in found[2][3]
