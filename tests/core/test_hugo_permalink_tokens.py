"""Hugo reads a `permalinks` placeholder as `:\\w+` in its own capitals, and a name that is
none of its own as a layout of Go's time package for the page's date (`:2006/:Jan`, its
documented "layout string components"); editor-app read letters only, in any capitals, so
`/:year2/` was the year then '2', `/:Title/` the title (Hugo refuses it) and `/:2006/` no
address. Each template's address is compared with the one `hugo` builds, when it is there."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import validate_site

# (template, the page's address; None: not known here, as hugo refuses the template or the
# placeholder is one not filled here)
TEMPLATES = [
    ("/:year/:month/:slug/", "/2024/03/the-slug/"),
    ("/:year2/", "/year5/"),  # `year` is no layout part, `2` the day
    ("/:2006/:Jan/:slug/", "/2024/mar/the-slug/"),
    ("/:06/:1/:2/:title/", "/24/3/5/hello-world/"),
    ("/:January_2006/:Monday/", "/march_2024/tuesday/"),
    ("/:yearday/:002/", "/65/065/"),
    ("/Posts-:year:month/", "/posts-202403/"),  # Hugo lowers the whole path
    ("/:filename/", "/a/"),
    ("/:Title/", None),  # hugo: permalink ill-formed
    ("/:section_name/", None),  # hugo: permalink ill-formed
    ("/:15/:slug/", None),  # an hour: the date read here has none
]


def _site(root: Path, template: str) -> Path:
    (root / "content" / "posts").mkdir(parents=True, exist_ok=True)
    (root / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .RelPermalink }}")
    (root / "hugo.toml").write_text(
        f'baseURL = "https://example.org/"\ntitle = "T"\n[permalinks]\nposts = "{template}"\n'
    )
    page = root / "content" / "posts" / "a.md"
    page.write_text("---\ntitle: Hello World\ndate: 2024-03-05\nslug: the-slug\n---\nText.\n")
    return page


def _broken_links(root: Path, links: list[str]) -> list[str]:
    """The links of `links` a page of the site's root is told are broken."""
    body = " ".join(f"[link]({link})" for link in links)
    (root / "content" / "b.md").write_text(f"---\ntitle: B\n---\n{body}\n")
    found = validate_site(Site.open(root), content=False)
    return [p.message.split("'")[1] for p in found if p.code == "broken-link"]


def _built(root: Path) -> str | None:
    """The page's address as `hugo` builds it, or None when hugo refuses the site."""
    shutil.rmtree(root / "public", ignore_errors=True)
    done = subprocess.run(
        [shutil.which("hugo") or "hugo", "--quiet", "-s", str(root)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        assert "permalink ill-formed" in done.stderr
        return None
    pages = [  # (the single pages: their address alone; b.md is the linking page)
        p.read_text()
        for p in (root / "public").rglob("index.html")
        if p.read_text().startswith("/") and "<" not in p.read_text() and p.read_text() != "/b/"
    ]
    assert len(pages) == 1
    return pages[0]


@pytest.mark.parametrize(("template", "address"), TEMPLATES)
def test_a_permalinks_template_places_the_page_as_hugo_does(
    tmp_path: Path, template: str, address: str | None
) -> None:
    root = tmp_path / "site"
    page = _site(root, template)
    if address is None:
        # The page's address is unknown here: no link to a page is judged.
        assert _broken_links(root, ["/nowhere-at-all/"]) == []
    else:
        assert Site.open(root).url_for(page) == address
        assert _broken_links(root, [address, "/posts/a/"]) == ["/posts/a/"]
    if shutil.which("hugo") is not None and address is not None:
        assert _built(root) == address
    elif shutil.which("hugo") is not None and template != "/:15/:slug/":
        assert _built(root) is None


# (template, the address of content/posts/sub/deeper/a.md, whose folders hold an `_index.md`
# each, or only `posts/sub` does)
SECTIONS = [
    ("/x/:sections/:slug/", "/x/posts/sub/deeper/the-slug/", "/x/posts/sub/the-slug/"),
    ("/x/:sections[1:]/:slug/", "/x/sub/deeper/the-slug/", "/x/sub/the-slug/"),
    ("/x/:sections[:last]/:slug/", "/x/posts/sub/the-slug/", "/x/posts/the-slug/"),
    ("/x/:sections[last]/:slug/", "/x/deeper/the-slug/", "/x/sub/the-slug/"),
    ("/x/:sections[0]/:slug/", "/x/posts/the-slug/", "/x/posts/the-slug/"),
    ("/x/:sections[1:2]/:slug/", "/x/sub/the-slug/", "/x/sub/the-slug/"),
    ("/x/:sections[5]/:slug/", None, None),  # hugo: index out of range
    # A bound past the sections is trimmed to them, as hugo 0.111 trims it (the address was
    # unknown): fewer sections than asked, the ones there are; a low bound past them, none.
    ("/x/:sections[0:4]/:slug/", "/x/posts/sub/deeper/the-slug/", "/x/posts/sub/the-slug/"),
    ("/x/:sections[2:9]/:slug/", "/x/deeper/the-slug/", "/x/the-slug/"),
    ("/x/:sections[5:]/:slug/", "/x/the-slug/", "/x/the-slug/"),
]


@pytest.mark.parametrize(("template", "deep", "shallow"), SECTIONS)
def test_sections_are_hugo_s_folders_with_an_index_page(
    tmp_path: Path, template: str, deep: str | None, shallow: str | None
) -> None:
    root = tmp_path / "site"
    _site(root, template)
    (root / "content" / "posts" / "a.md").unlink()
    folder = root / "content" / "posts" / "sub" / "deeper"
    folder.mkdir(parents=True)
    page = folder / "a.md"
    page.write_text("---\ntitle: Hello World\ndate: 2024-03-05\nslug: the-slug\n---\nText.\n")
    (root / "content" / "posts" / "sub" / "_index.md").write_text("---\ntitle: Sub\n---\n")
    def check(address: str | None) -> None:
        if address is None:
            assert _broken_links(root, ["/nowhere-at-all/"]) == []
            return
        assert Site.open(root).url_for(page) == address
        if shutil.which("hugo") is not None:
            assert _built(root) == address

    check(shallow)  # only posts/sub is a section of its own
    (folder / "_index.md").write_text("---\ntitle: Deeper\n---\n")
    check(deep)


def test_a_template_without_sections_lists_no_folder(tmp_path: Path, monkeypatch) -> None:
    """Hugo's sections are looked for on the disk (each of a page's folders listed, the
    more pages beside it the dearer) only for a template holding `:sections`."""
    from editor_app.core import hugo_addresses

    listed: list[Path] = []
    sections = hugo_addresses._sections

    def counted(folders: tuple[str, ...], content_folder: object) -> str:
        if content_folder is not None:
            listed.append(content_folder)
        return sections(folders, content_folder)

    monkeypatch.setattr(hugo_addresses, "_sections", counted)
    root = tmp_path / "site"
    page = _site(root, "/:year/:slug/")
    (root / "content" / "posts" / "sub").mkdir()
    page = page.rename(root / "content" / "posts" / "sub" / "a.md")
    assert Site.open(root).url_for(page) == "/2024/the-slug/"
    assert _broken_links(root, ["/2024/the-slug/", "/nowhere-at-all/"]) == ["/nowhere-at-all/"]
    assert listed == []


def test_a_check_lists_no_page_s_folders_for_sections(tmp_path: Path, monkeypatch) -> None:
    """Under `/:sections/:slug/`, Hugo's sections (the folders holding an `_index` page) are
    read from the site's index once, not by listing each page's folders (three times a page
    in a Check: 1,000 pages took 3.5 s of a 6.1 s Check listing them); an `_index` page the
    site is told of still makes its folder a section."""
    root = tmp_path / "site"
    _site(root, "/:sections/:slug/")
    sub = root / "content" / "posts" / "sub"
    sub.mkdir()
    for i in range(20):
        (sub / f"p{i}.md").write_text(f"---\ntitle: P{i}\nslug: s{i}\n---\nText.\n")
    listed: list[Path] = []
    glob = Path.glob

    def counted(self: Path, pattern: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if pattern == "_index.*":
            listed.append(self)
        return glob(self, pattern, *args, **kwargs)

    monkeypatch.setattr(Path, "glob", counted)
    assert _broken_links(root, ["/posts/s3/", "/posts/sub/s3/"]) == ["/posts/sub/s3/"]
    assert listed == []
    site = Site.open(root)
    site.entries()
    assert site.url_for(sub / "p3.md") == "/posts/s3/"
    (sub / "_index.md").write_text("---\ntitle: Sub\n---\n")
    site.update_entry(sub / "_index.md")
    assert site.url_for(sub / "p3.md") == "/posts/sub/s3/"
    assert listed == []
