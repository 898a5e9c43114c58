"""`editor-app rename-file PAGE --to-date` on a Hugo or Eleventy page whose address is made
from its file name: links written as its address follow it (Hugo's own host too), and the
old address is kept where the site has a redirect field (Hugo `aliases`, Jekyll
`redirect_from` with jekyll-redirect-from), only that field's lines added; `--no-redirect`
leaves it out and says so. An address made otherwise (Eleventy's `page.fileSlug`, Hugo's
`url:`) does not move; one not certain (a JavaScript data file) is listed, not changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

NEWS_LINKS = (
    "---\ntitle: Other\n---\nSee [launch](/news/2024-03-01-launch/) and "
    "[full](https://gohugo.io/news/2024-03-01-launch/).\n"
)
LAUNCH = "---\ntitle: Launch\ndate: 2024-03-05\n---\nHi\n"


def _copy(tmp_path: Path, name: str) -> Path:
    root = copy_shared_site(name, tmp_path)
    return root


def _rename_launch(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    launch: str = LAUNCH,
    links_from: str | None = None,
    options: tuple[str, ...] = (),
) -> str:
    """2024-03-01-launch.md (dated 2024-03-05) written in `folder`, with NEWS_LINKS in the
    page `links_from` beside it, renamed to its date: what the command printed (it exits 0)."""
    folder.mkdir(exist_ok=True)
    (folder / "2024-03-01-launch.md").write_text(launch, encoding="utf-8")
    if links_from is not None:
        (folder / links_from).write_text(NEWS_LINKS, encoding="utf-8")
    page = str(folder / "2024-03-01-launch.md")
    code, out, _err = run(capsys, "rename-file", page, "--to-date", *options)
    assert code == 0
    return out


def test_a_hugo_page_moves_its_links_and_keeps_its_old_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "hugo-docs") / "content/en/news"
    out = _rename_launch(capsys, news, links_from="other.md")
    assert out.splitlines()[0] == "links changed: content/en/news/other.md"
    assert "Its address changes from /news/2024-03-01-launch/ to /news/2024-03-05-launch/" in out
    assert (
        "Its old address /news/2024-03-01-launch/ is added to its aliases, so it still leads "
        "to the page." in out
    )
    assert (news / "other.md").read_text(encoding="utf-8") == NEWS_LINKS.replace(
        "2024-03-01", "2024-03-05"
    )
    assert (news / "2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH.replace(
        "---\nHi", "aliases:\n  - /news/2024-03-01-launch/\n---\nHi"
    )


def test_no_redirect_leaves_the_old_address_out_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "hugo-docs") / "content/en/news"
    out = _rename_launch(capsys, news, options=("--no-redirect",))
    assert "is not added to its aliases (--no-redirect)" in out
    assert (news / "2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH


def test_a_hugo_page_published_at_its_url_does_not_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "hugo-docs") / "content/en/news"
    launch = LAUNCH.replace("date:", "url: /launch/\ndate:")
    out = _rename_launch(capsys, news, launch, links_from="other.md")
    assert "address" not in out
    assert (news / "other.md").read_text(encoding="utf-8") == NEWS_LINKS


def test_an_eleventy_page_moves_its_links_with_no_redirect_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "eleventy-website") / "src/news"
    out = _rename_launch(capsys, news, links_from="index.md")
    assert "links changed: src/news/index.md" in out
    assert "aliases" not in out and "redirect_from" not in out
    assert "[launch](/news/2024-03-05-launch/)" in (news / "index.md").read_text(encoding="utf-8")
    assert (news / "2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH


def test_an_eleventy_address_not_certain_is_listed_not_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news = _copy(tmp_path, "eleventy-website") / "src/news"
    news.mkdir()
    (news / "news.11tydata.js").write_text("export default { };\n", encoding="utf-8")
    out = _rename_launch(capsys, news, links_from="index.md")
    assert "may still link to /news/2024-03-01-launch/: src/news/index.md" in out
    assert (news / "index.md").read_text(encoding="utf-8") == NEWS_LINKS


def test_an_eleventy_blog_post_by_its_file_slug_does_not_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # blog.json: `permalink: /blog/{{ page.fileSlug }}/`, the name without its date.
    root = _copy(tmp_path, "eleventy-website")
    page = root / "src/blog/2023-11-03-mascot-david.md"
    before = page.read_bytes()
    page.write_bytes(before.replace(b"---\n", b"---\ndate: 2023-11-05\n", 1))
    code, out, _err = run(capsys, "rename-file", str(page), "--to-date")
    assert code == 0 and "address" not in out


def test_a_jekyll_document_keeps_its_old_address_in_redirect_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # connectedbydata: resources at /:collection/:name, jekyll-redirect-from in _config.yml.
    root = _copy(tmp_path, "connectedbydata")
    page = root / "_resources/2023-03-31-governance-board-minutes.md"
    before = page.read_text(encoding="utf-8")
    page.write_text(before.replace("status: final\n", "redirect_from: /gb-3\nstatus: final\n"))
    code, out, _err = run(capsys, "rename-file", str(page), "--to-date")
    assert code == 0
    assert (
        "Its old address /resources/2023-03-31-governance-board-minutes is added to its "
        "redirect_from" in out
    )
    after = page.with_name("2023-04-11-governance-board-minutes.md").read_text(encoding="utf-8")
    assert after == before.replace(
        "status: final\n",
        "redirect_from:\n  - /gb-3\n  - /resources/2023-03-31-governance-board-minutes\n"
        "status: final\n",
    )


def test_the_old_address_is_written_as_the_section_writes_its_aliases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # hugo-docs' getting-started pages write `aliases: [/old/]`, after the date.
    section = _copy(tmp_path, "hugo-docs") / "content/en/getting-started"
    _rename_launch(capsys, section)
    assert (section / "2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH.replace(
        "---\nHi", "aliases: [/getting-started/2024-03-01-launch/]\n---\nHi"
    )


def test_an_old_address_not_certain_is_not_added_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ugly URLs: the page may be at /news/2024-03-01-launch.html; nothing is guessed.
    root = _copy(tmp_path, "hugo-docs")
    config = root / "hugo.toml"
    config.write_text("uglyURLs = true\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    out = _rename_launch(capsys, root / "content/en/news")
    assert out.endswith(
        "Its old address is not certain, so nothing is added to its aliases: add "
        "/news/2024-03-01-launch/ there by hand if that is where it was published.\n"
    )
    news = root / "content/en/news"
    assert (news / "2024-03-05-launch.md").read_text(encoding="utf-8") == LAUNCH
