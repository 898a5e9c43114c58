"""Content checks (suggestions): each planted problem is found with its code at the right file
and line, untouched case studies get no more than a handful, and none changes the exit code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from content_helpers import CASE, content_of, plant

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


@pytest.fixture
def cases(shared_site: Path, tmp_path: Path) -> Path:
    """A writable copy of the real site, to plant problems in its case studies."""
    dest = tmp_path / "site"
    shutil.copytree(shared_site, dest)
    return dest


def test_untouched_case_studies_get_no_more_than_a_handful(shared_site: Path) -> None:
    found = content_of(validate_site(Site.open(shared_site)))  # as Check runs by default
    for name in ("cag", "dfe", "legal-aid-agency", "procurement-camden"):
        mine = [f for f in found if f[0] == f"_resources/case-study-{name}.md"]
        assert len(mine) <= 6, mine


def test_suggestions_come_by_default_and_can_be_left_out(shared_site: Path) -> None:
    site = Site.open(shared_site)
    assert content_of(validate_site(site)) == content_of(validate_site(site, content=True))
    assert content_of(validate_site(site))  # the real site has a few
    assert content_of(validate_site(site, content=False)) == []


@pytest.mark.parametrize(
    ("planted", "code"),
    [
        ("![](/assets/resources/2025-03-10-cag.png)", "alt-text-missing"),
        ('<img src="/assets/resources/2025-03-10-cag.png">', "alt-text-missing"),
        ("![2025-03-10-cag.png](/assets/resources/2025-03-10-cag.png)", "alt-text-poor"),
        ("To find out more, [click here](https://example.org/report).", "link-text-unclear"),
        ("See [the register](http://example.org/register).", "link-insecure"),
        ("## The process\n\nText.\n\n#### In detail\n\nMore text.", "heading-skipped"),
        (
            "This sentence goes on and on with one clause after another, because the author "
            "wanted to say everything at once, including the history of the group, the names "
            "of its members, the dates of its meetings, the rules it follows and the reasons "
            "for each of them, which is far too much for one sentence to carry for a reader.",
            "sentence-long",
        ),
    ],
)
def test_a_planted_problem_is_found_at_its_file_and_line(
    cases: Path, planted: str, code: str
) -> None:
    line = plant(cases, CASE, 24, planted)
    found = content_of(validate_site(Site.open(cases)))  # as Check runs by default
    expected_line = line + 4 if code == "heading-skipped" else line
    assert (CASE, expected_line, code) in found


def test_a_site_switches_a_content_check_off(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text("checks:\n  off: [link-text-unclear]\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "a.md").write_text("---\ntitle: A\n---\n[click here](/x)\n")
    assert content_of(validate_site(Site.open(tmp_path), content=True)) == []
