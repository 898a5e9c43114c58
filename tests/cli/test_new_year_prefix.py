"""A new page is named with the year (or day) its folder's pages start their names with:
connectedbydata's projects are all `2022-dpdib.md`, `2026-ending-well.md`, though the
collection is not dated; a new project was `housing-repairs.md`, alone among them without
its year. It is `2026-housing-repairs.md`. A folder where few pages start so (its resources:
7 of 50) names new pages by their slug alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from new_command_helpers import made_by_new_command, new_command_said

from editor_app.core.page_create import proposed_path
from editor_app.core.site import Site

DAY = dt.date(2026, 1, 2)


def _site(root: Path, stems: list[str]) -> Site:
    (root / "_config.yml").parent.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text("collections:\n  projects:\n    output: true\n", encoding="utf-8")
    folder = root / "_projects"
    folder.mkdir()
    for stem in stems:
        (folder / f"{stem}.md").write_text(f"---\ntitle: {stem}\n---\n", encoding="utf-8")
    return Site.open(root)


def test_pages_starting_with_their_year_give_the_new_one_this_year(tmp_path: Path) -> None:
    site = _site(tmp_path, ["2022-dpdib", "2023-glos-data-day", "2025-ford", "about-us"])
    path = proposed_path(site, "projects", "Housing repairs", today=DAY)
    assert path.name == "2026-housing-repairs.md"


def test_pages_starting_with_a_day_give_the_new_one_today(tmp_path: Path) -> None:
    site = _site(tmp_path, ["2022-03-01-a", "2023-04-05-b", "2024-06-07-c"])
    path = proposed_path(site, "projects", "Housing repairs", today=DAY)
    assert path.name == "2026-01-02-housing-repairs.md"


def test_few_pages_starting_with_a_year_leave_the_slug(tmp_path: Path) -> None:
    site = _site(tmp_path, ["2022-dpdib", "annual-report", "about-us", "theory-of-change"])
    path = proposed_path(site, "projects", "Housing repairs", today=DAY)
    assert path.name == "housing-repairs.md"


def test_a_taken_name_keeps_the_year(tmp_path: Path) -> None:
    site = _site(tmp_path, ["2022-a", "2023-b", "2026-housing-repairs"])
    path = proposed_path(site, "projects", "Housing repairs", today=DAY)
    assert path.name == "2026-housing-repairs-2.md"


def test_editor_app_new_names_a_connectedbydata_project_with_its_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "site"
    args = ["projects", "--title", "Housing repairs"]
    made = made_by_new_command("connectedbydata", root, args, capsys)
    assert made == (root / "_projects" / f"{dt.date.today().year}-housing-repairs.md").resolve()
    made = new_command_said(root, ["resources", "--title", "Housing repairs"], capsys)[0]
    assert made.name == "housing-repairs.md"
