"""A status the review workflow itself writes (draft, final...) is no slip when one page is the
last to hold it: on connectedbydata (inferred schema), the last draft once the others are
approved. A real typo of a status (`fnal`) and a value of no workflow are still told."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.core.validate import validate_paths

BRAND = "_resources/brand-narrative.md"
BRIEFING = "_resources/legitimate-interests-briefing-paper.md"  # the other `status: draft`


@pytest.fixture
def site(tmp_path: Path) -> Path:
    copy = copy_shared_site("connectedbydata", tmp_path)
    # The other draft approved: the briefing paper is the last page still a draft.
    brand = copy / BRAND
    brand.write_text(brand.read_text().replace("status: draft", "status: final", 1))
    return copy


def status_problems(site: Path, value: str) -> list[str]:
    page = site / BRIEFING
    text = page.read_text()
    assert "\nstatus: draft\n" in text
    page.write_text(text.replace("\nstatus: draft\n", f"\nstatus: {value}\n", 1))
    found = validate_paths([page], cache=False)
    return [f"{p.severity}: {p.message}" for p in found if p.field == "status"]


def test_the_last_draft_is_not_told_its_status_is_a_slip(site: Path) -> None:
    assert status_problems(site, "draft") == []


def test_a_typo_of_a_status_is_still_an_error(site: Path) -> None:
    assert status_problems(site, "fnal") == [
        "error: 'fnal' is not used for Status anywhere else. Did you mean 'final'?"
    ]


def test_a_value_of_no_workflow_is_still_a_warning(site: Path) -> None:
    assert status_problems(site, "archived") == [
        "warning: 'archived' is not used for Status anywhere else; the others use 'final'. "
        "Check that it is not a slip."
    ]


def test_a_lone_draft_word_in_another_field_is_still_a_warning(site: Path) -> None:
    # Only the field the review workflow uses: `layout: draft` is not its value.
    page = site / BRIEFING
    page.write_text(page.read_text().replace("layout: resource", "layout: draft", 1))
    found = validate_paths([page], cache=False)
    assert [p.field for p in found if "is not used for" in p.message] == ["layout"]
