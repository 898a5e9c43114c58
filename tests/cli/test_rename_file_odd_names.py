"""`editor-app rename-file --to-date` on pages with unusual file names: an upper-case name
(`2024-01-01-UPPER.MD`) is published in lower case, and links giving that address follow the
rename (they were missed: "no page links to it", the link left at the old address); a name
with a space is published with a hyphen (Hugo's path, Jekyll's slugified `:name`), the
address named to add by hand and the pages linking to it listed in that form (the space was
given, and no linking page was found)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

PAGE = "---\ntitle: Odd\ndate: 2024-02-02\n---\nHi\n"


def _copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def test_hugo_upper_case_name_links_follow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "hugo-docs") / "content/en/news"
    (news / "2024-01-01-UPPER.MD").write_text(PAGE, encoding="utf-8")
    other = news / "other.md"
    other.write_text("---\ntitle: O\n---\n[u](/news/2024-01-01-upper/)\n", encoding="utf-8")
    code, out, err = run(capsys, "rename-file", str(news / "2024-01-01-UPPER.MD"), "--to-date")
    assert (code, err) == (0, "")
    assert out.startswith("links changed: content/en/news/other.md\n")
    assert "[u](/news/2024-02-02-upper/)" in other.read_text(encoding="utf-8")
    assert "aliases:\n  - /news/2024-01-01-upper/\n" in (news / "2024-02-02-UPPER.MD").read_text(
        encoding="utf-8"
    )


def test_hugo_name_with_a_space_gives_its_address_with_a_hyphen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "hugo-docs") / "content/en/news"
    (news / "2024-01-01-my page.md").write_text(PAGE, encoding="utf-8")
    other = news / "other.md"
    linking = "---\ntitle: O\n---\n[m](/news/2024-01-01-my-page/)\n"
    other.write_text(linking, encoding="utf-8")
    code, out, err = run(
        capsys, "rename-file", str(news / "2024-01-01-my page.md"), "--to-date", "--dry-run"
    )
    assert (code, err) == (0, "")
    assert out.startswith("may still link to /news/2024-01-01-my-page/: content/en/news/other.md\n")
    assert out.endswith(
        "Its old address is not certain, so nothing is added to its aliases: add "
        "/news/2024-01-01-my-page/ there by hand if that is where it was published.\n"
    )
    assert other.read_text(encoding="utf-8") == linking


def test_jekyll_upper_case_name_links_follow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # connectedbydata publishes resources at /:collection/:name, :name in lower case.
    root = _copy(tmp_path, "connectedbydata")
    (root / "_resources/2024-01-01-UPPER.MD").write_text(PAGE, encoding="utf-8")
    person = root / "_people/anna-steere.md"
    person.write_text(
        person.read_text(encoding="utf-8") + "\n[u](/resources/2024-01-01-upper)\n",
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "rename-file", str(root / "_resources/2024-01-01-UPPER.MD"), "--to-date"
    )
    assert (code, err) == (0, "")
    assert "links changed: _people/anna-steere.md" in out
    assert "[u](/resources/2024-02-02-upper)" in person.read_text(encoding="utf-8")
