"""The body rules that need a site (assets, images, links) on small planted sites in
`tmp_path`: each problem pinned by file, line, field, code, severity and words, and clean pages
giving none (mutation testing: `tools/mutation.py checks-body --part ...`).

Equivalent survivors (no test can tell them apart from the code as written):
- images: the cache keys of `_local_file` and `_image_fields` spelt otherwise (each cache is
  only read with the same key it is written with).
- assets: `severity_for(ctx, None)` for `False` (both false); `"\\"` spelt otherwise in the
  outside-the-site test (the site refuses a backslashed path all the same);
  `getattr(f, "folder")` without its default (every schema field has a `folder`);
  `label_of(f, None)` for `label_of(f, name)` (every schema field has a label, used first).
  In the folder listing shortcut, the `..` test's backslashes spelt otherwise (on this
  system a backslash is no separator: such a path is never listed, and the site refuses
  it); the shortcut itself is pinned by `test_checks_mutants_body_more.py` (a file found
  in its folder's listing asks nothing more of the disk). `rel = ""` or `resolve_inside(None)` for an
  address outside the site (both resolve to nothing); `"//"` spelt otherwise in the second
  test (a `//server` path is outside either way); `folder.strip(None)` (the folder's slashes
  are resolved away); `guess = ""` (no hint either way); the exact-case lookup of the file name
  skipped, looked up in capitals, or its test turned round (`closest_match` puts the same
  name ignoring case first).
- links: the `ctx.lock` around the index (never contended in one thread); the guess cutoff's
  key `0.7` in the memo key.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import ERROR, SUGGESTION, validate_site

SCHEMA = """\
collections:
  resources:
    fields:
      - {name: title, type: text}
      - {name: image, type: image, folder: assets/resources}
      - {name: image_alt, type: text}
      - {name: download, type: file}
      - {name: redirect_from, type: list}
"""


def _site(root: Path, pages: dict[str, str], files: dict[str, bytes] | None = None) -> Site:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text(
        "title: t\ncollections:\n  resources:\n    output: true\n    permalink: /resources/:name/\n",
        encoding="utf-8",
    )
    (root / "_schema.yml").write_text(SCHEMA, encoding="utf-8")
    base = {
        "_resources/annual-report.md": "---\ntitle: Annual report\nimage_alt: The team\n---\nHi.\n",
        "_posts/2024-01-02-hello.md": "---\ntitle: Hello\n---\nHi.\n",
        "about.md": "---\ntitle: About\n---\nHi.\n",
    }
    base.update(pages)
    for rel, text in base.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    for rel, data in (files or {}).items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return Site.open(root)


def _found(site: Site, rel: str, *codes: str) -> list[tuple]:
    return [
        (p.line, p.field, p.code, p.severity, p.message)
        for p in validate_site(site)
        if p.path == rel and p.code in codes
    ]


PAGE = "_resources/page.md"


# --- assets -------------------------------------------------------------------------------


def test_missing_file_in_the_declared_folder_with_a_guess(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {PAGE: "---\ntitle: P\nimage: tems.png\nimage_alt: A team\n---\nx\n"},
        {"assets/resources/team.png": b"x"},
    )
    assert _found(site, PAGE, "file-not-found", "path-outside-site") == [
        (3, "image", "file-not-found", ERROR,
         "There is no file 'tems.png' in assets/resources/. Did you mean 'team.png'?")
    ]


def test_missing_file_case_differs_and_no_guess(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            PAGE: "---\ntitle: P\nimage: Team.PNG\nimage_alt: A team\ndownload: /files/zzz.pdf\n"
            "---\nx\n",
        },
        {"assets/resources/team.png": b"x", "files/report.pdf": b"x"},
    )
    found = _found(site, PAGE, "file-not-found")
    assert found == [
        (3, "image", "file-not-found", ERROR,
         "There is no file 'Team.PNG' in assets/resources/. Did you mean 'team.png'?"),
        (5, "download", "file-not-found", ERROR,
         "There is no file 'zzz.pdf' in files/. Check the name, or add the file there."),
    ]


def test_files_that_are_there_give_nothing(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            PAGE: "---\ntitle: P\nimage: team%20photo.png?v=2#top\nimage_alt: A team\n"
            "download: [/files/report.pdf, '{{ site.x }}/a.pdf', '', https://e.org/a.pdf]\n---\nx\n",
        },
        {"assets/resources/team photo.png": b"x", "files/report.pdf": b"x"},
    )
    assert _found(site, PAGE, "file-not-found", "path-outside-site", "bad-url", "wrong-type") == []


def test_paths_outside_the_site(tmp_path: Path) -> None:
    msg = (
        "points outside the site folder, so it will not be published. Copy the file into the "
        "site's assets folder and use its name there."
    )
    for value in ("/../../etc/passwd", "C:/x.pdf", "~/x.pdf", "//server/x.pdf", "../../x.pdf"):
        site = _site(tmp_path / str(abs(hash(value))), {PAGE: f"---\ntitle: P\ndownload: '{value}'\n---\nx\n"})
        found = _found(site, PAGE, "path-outside-site", "file-not-found", "bad-url")
        assert found == [(3, "download", "path-outside-site", ERROR, f"'{value}' {msg}")], value


def test_a_file_field_holding_a_number_or_a_bad_address(tmp_path: Path) -> None:
    site = _site(tmp_path, {PAGE: "---\ntitle: P\ndownload: [12, 'https://']\n---\nx\n"})
    found = _found(site, PAGE, "wrong-type", "bad-url", "file-not-found")
    assert sorted((line, fld, code) for line, fld, code, _s, _m in found) == [
        (3, "download", "bad-url"),
        (3, "download", "wrong-type"),
    ]
    assert [m for *_x, code, _s, m in found if code == "wrong-type"] == ["Download must be a file name."]


# --- images -------------------------------------------------------------------------------


def _png(w: int, h: int, size: int) -> bytes:
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + w.to_bytes(4, "big") + h.to_bytes(4, "big")
    return head + bytes(size - len(head))


def test_heavy_images_in_the_body_and_the_header(tmp_path: Path) -> None:
    body = "![A big photo](/assets/big.png)\n\n![Small icon of a dog](/assets/wide.png)\n"
    site = _site(
        tmp_path,
        {PAGE: "---\ntitle: P\nimage: big.png\nimage_alt: The team\n---\n" + body},
        {
            "assets/big.png": _png(100, 100, 600 * 1024),
            "assets/resources/big.png": _png(5000, 10, 2 * 1048576),
            "assets/wide.png": _png(4001, 10, 101 * 1024),
        },
    )
    found = _found(site, PAGE, "image-heavy")
    tail = (
        ": it slows the page, most of all on phones. Save a smaller copy (about 1,600 pixels on "
        "its longer side is plenty) and use that."
    )
    compact = (
        ": it slows the page, most of all on phones. Its size in pixels is fine: save it more "
        "compactly (a photo or a scan as a JPEG; a drawing, a logo or a screenshot through a PNG "
        "optimiser) and use that."
    )
    assert found == [
        (3, "image", "image-heavy", SUGGESTION, f"The image 'big.png' is heavy (2.0 MB, 5000 x 10 pixels){tail}"),
        (6, None, "image-heavy", SUGGESTION, f"The image 'big.png' is heavy (600 KB, 100 x 100 pixels){compact}"),
        (8, None, "image-heavy", SUGGESTION, f"The image 'wide.png' is heavy (101 KB, 4001 x 10 pixels){tail}"),
    ]


def test_light_images_and_small_files_are_fine(tmp_path: Path) -> None:
    body = "![The team](/assets/a.png)\n\n![The dog](b.png)\n\n![The cat](https://e.org/c.png)\n"
    site = _site(
        tmp_path,
        {PAGE: "---\ntitle: P\n---\n" + body},
        {
            "assets/a.png": _png(4000, 10, 500 * 1024),
            "_resources/b.png": _png(9000, 9000, 100 * 1024),
        },
    )
    assert _found(site, PAGE, "image-heavy") == []


def test_site_limits_change_what_is_heavy(tmp_path: Path) -> None:
    _site(
        tmp_path,
        {PAGE: "---\ntitle: P\n---\n![The team](/assets/a.png)\n"},
        {"assets/a.png": _png(300, 10, 200 * 1024)},
    )
    (tmp_path / "_schema.yml").write_text(
        SCHEMA + "checks:\n  image_kb: 150\n  image_pixels: 200\n", encoding="utf-8"
    )
    found = _found(Site.open(tmp_path), PAGE, "image-heavy")
    assert [m.split(":")[0] for *_x, m in found] == ["The image 'a.png' is heavy (200 KB, 300 x 10 pixels)"]


def test_alt_text_fields_beside_an_image_field(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            PAGE: "---\ntitle: P\nimage: team.png\nimage_alt: ''\n---\nx\n",
            "_resources/b.md": "---\ntitle: B\nimage: team.png\nimage_alt: team-photo.png\n---\nx\n",
            "_resources/c.md": "---\ntitle: C\nimage: team.png\nimage_alt: Ann at her desk\n---\nx\n",
            "_resources/d.md": "---\ntitle: D\nimage: '  '\nimage_alt: ''\n---\nx\n",
        },
        {"assets/resources/team.png": b"x"},
    )
    assert _found(site, PAGE, "alt-text-missing", "alt-text-poor") == [
        (4, "image_alt", "alt-text-missing", SUGGESTION,
         "The image 'team.png' has no alt text in 'image_alt'. Describe what it shows in a few words."),
    ]
    assert _found(site, "_resources/b.md", "alt-text-missing", "alt-text-poor") == [
        (4, "image_alt", "alt-text-poor", SUGGESTION,
         "The alt text 'team-photo.png' looks like a file name. Say what the image shows."),
    ]
    assert _found(site, "_resources/c.md", "alt-text-missing", "alt-text-poor") == []
    assert _found(site, "_resources/d.md", "alt-text-missing", "alt-text-poor") == []


def test_body_images_alt_text(tmp_path: Path) -> None:
    body = (
        "![](/a.png)\n\n<img src=\"/a.png\">\n\n<img src=\"/a.png\" alt=\"\">\n\n"
        "![Photo of a dog](/a.png)\n\n![Ann at her desk](/a.png)\n"
    )
    site = _site(tmp_path, {PAGE: "---\ntitle: P\n---\n" + body}, {"a.png": b"x"})
    found = _found(site, PAGE, "alt-text-missing", "alt-text-poor")
    assert found == [
        (4, None, "alt-text-missing", SUGGESTION,
         "This image has no alt text, so people who cannot see it miss what it shows. Describe it "
         "in a few words (in the brackets: ![what it shows](...))."),
        (6, None, "alt-text-missing", SUGGESTION,
         "This image (an <img> tag) has no alt text, so people who cannot see it miss what it "
         'shows. Describe it in a few words (as its alt: <img src="..." alt="what it shows">).'),
        (10, None, "alt-text-poor", SUGGESTION,
         "The alt text 'Photo of a dog' starts by saying it is an image (screen readers say so "
         "already). Say what the image shows, for someone who cannot see it."),
    ]


def test_poor_alt_reasons() -> None:
    from editor_app.core.checks.images import poor_alt

    assert poor_alt("team_photo") == "looks like a file name"
    assert poor_alt("teamphoto") is None
    assert poor_alt(" Logo. ") == "only says it is an image"
    assert poor_alt("A picture of Ann") == "starts by saying it is an image (screen readers say so already)"
    assert poor_alt("Pictures of Ann") is None
    assert poor_alt("Ann and Bo.", "ann and bo") == "repeats the caption"
    assert poor_alt("Ann and Bo", "") is None


# --- links --------------------------------------------------------------------------------


def test_links_to_posts_and_files(tmp_path: Path) -> None:
    body = (
        "{% post_url 2024-01-02-hello %} {% post_url 2024-01-02-helo %}\n"
        "{% link about.md %}\n{%- link nothing.md -%}\n"
        "`{% post_url nope %}`\n"
    )
    site = _site(tmp_path, {"about2.md": "---\ntitle: A\n---\n" + body})
    found = _found(site, "about2.md", "broken-link")
    assert found == [
        (4, None, "broken-link", ERROR,
         "The link to the post '2024-01-02-helo' points at no post of this site, and the site "
         "cannot be built with it. Did you mean '2024-01-02-hello'?"),
        (6, None, "broken-link", ERROR,
         "The link to 'nothing.md' points at no file of this site, and the site cannot be built "
         "with it."),
    ]


def test_links_to_collection_pages(tmp_path: Path) -> None:
    body = (
        "[a](/resources/annual-report/) [b](/resources/anual-report)\n"
        '<a href="{{ site.baseurl }}/resources/zzzzzz-qqq/">c</a>\n'
        "[d]: /resources/old-name\n"
        "`[e](/resources/nope)`\n"
        "[f](/resources/annual-report.html) [g](/assets/resources/x.pdf) [h](//resources/x)\n"
    )
    site = _site(
        tmp_path,
        {
            "about2.md": "---\ntitle: A\n---\n" + body,
            "_resources/moved.md": "---\ntitle: M\nredirect_from: /resources/old-name/\n---\nx\n",
        },
    )
    found = _found(site, "about2.md", "broken-link")
    assert found == [
        (4, None, "broken-link", ERROR,
         "The link to '/resources/anual-report' points at no resource of this site. Did you mean "
         "'/resources/annual-report/'?"),
        (5, None, "broken-link", ERROR,
         "The link to '/resources/zzzzzz-qqq/' points at no resource of this site."),
    ]
    assert _found(site, "_resources/annual-report.md", "broken-link") == []


def test_normalised_urls() -> None:
    from editor_app.core.site_urls import normal_url

    assert normal_url(" resources/a/index.html") == "/resources/a/"[:-1]
    assert normal_url("/a.html") == "/a"
    assert normal_url("/") == "/"
    assert normal_url("/a/b/") == "/a/b"
    assert normal_url("index.html") == "/"


def test_may_link_to_pages() -> None:
    import re

    from editor_app.core.checks.links import _may_link_to_pages

    pre = [("/resources/", "resources")]
    any_pre = re.compile("/resources/")
    for text, want in (
        ("see [x](/resources/a)", True),
        ('<a href="/resources/a">', True),
        ("<a href='/resources/a'>", True),
        ("[x]: /resources/a", True),
        ("{{ site.baseurl }}/resources/a", True),
        ("[x](< /resources/a>)", True),
        ("/assets/resources/x.pdf and /resources/", False),
        ("plain", False),
    ):
        assert _may_link_to_pages(text, pre, None) is want, text
        assert _may_link_to_pages(text, pre, any_pre) is want, text
    # the second place counts when the first does not
    assert _may_link_to_pages("x /resources/ y [a](/resources/b)", pre, any_pre) is True
    assert _may_link_to_pages("x /resources/ y [a](/resources/b)", pre, None) is True


def test_every_item_of_a_file_list_is_checked(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {
            PAGE: "---\ntitle: P\ndownload: ['', 'https://e.org/a.pdf', '{% asset x.pdf %}', "
            "'/files/zzz.pdf', 'c:/x.pdf', 'https://']\n---\nx\n",
        },
        {"files/report.pdf": b"x"},
    )
    found = _found(site, PAGE, "file-not-found", "path-outside-site", "bad-url", "wrong-type")
    assert sorted((line, fld, code, sev) for line, fld, code, sev, _m in found) == [
        (3, "download", "bad-url", ERROR),
        (3, "download", "file-not-found", ERROR),
        (3, "download", "path-outside-site", ERROR),
    ]
    words = {code: m for _l, _f, code, _s, m in found}
    assert words["file-not-found"] == (
        "There is no file 'zzz.pdf' in files/. Check the name, or add the file there."
    )
    assert words["path-outside-site"].startswith("'c:/x.pdf' points outside the site folder")
    assert words["bad-url"] and "https://" in words["bad-url"]


def test_a_number_in_an_inferred_image_field_is_only_a_warning(tmp_path: Path) -> None:
    from editor_app.core.validate import WARNING

    pages = {
        f"_resources/r{i}.md": f"---\ntitle: R{i}\nimage: /assets/r{i}.png\n---\nx\n"
        for i in range(6)
    }
    pages[PAGE] = "---\ntitle: P\nimage: 12\n---\nx\n"
    site = _site(tmp_path, pages, {f"assets/r{i}.png": b"x" for i in range(6)})
    (tmp_path / "_schema.yml").unlink()
    site = Site.open(tmp_path)
    found = _found(site, PAGE, "wrong-type")
    assert [(line, fld, sev) for line, fld, _c, sev, _m in found] == [(3, "image", WARNING)]


def test_file_lists_go_on_after_each_verdict(tmp_path: Path) -> None:
    values = [
        "/files/report.pdf",  # found by the folder's listing
        "'../../x.pdf'",  # outside
        "files/../files/report.pdf",  # found on the disk
        "'/files/report.pdf#page=2'",
        "/Xray.pdf",
        "files/report.pdf",  # no folder: from the site's root
        "'\\server\\x.pdf'",
        "/BOX/a.pdf",
        "/files/zzz.pdf",
    ]
    site = _site(
        tmp_path,
        {PAGE: "---\ntitle: P\ndownload: [" + ", ".join(values) + "]\n---\nx\n"},
        {"files/report.pdf": b"x", "Xray.pdf": b"x", "BOX/a.pdf": b"x"},
    )
    found = _found(site, PAGE, "file-not-found", "path-outside-site")
    assert sorted((code, m.split(" ")[0]) for _l, _f, code, _s, m in found) == [
        ("file-not-found", "There"),
        ("path-outside-site", "'../../x.pdf'"),
        ("path-outside-site", "'\\server\\x.pdf'"),
    ]
    assert [m for _l, _f, code, _s, m in found if code == "file-not-found"] == [
        "There is no file 'zzz.pdf' in files/. Check the name, or add the file there."
    ]


def test_a_fields_folder_is_joined_whole(tmp_path: Path) -> None:
    site = _site(
        tmp_path,
        {PAGE: "---\ntitle: P\nimage: a.png\nimage_alt: Ann\n---\nx\n"},
        {"assets/BOX/a.png": b"x"},
    )
    (tmp_path / "_schema.yml").write_text(
        SCHEMA.replace("folder: assets/resources", "folder: /assets/BOX/"), encoding="utf-8"
    )
    site = Site.open(tmp_path)
    assert _found(site, PAGE, "file-not-found", "path-outside-site") == []


def test_a_guess_must_be_close(tmp_path: Path) -> None:
    # 'ab.pdf' and 'xy.pdf' are two thirds alike: below the 0.7 a guess needs
    site = _site(tmp_path, {PAGE: "---\ntitle: P\ndownload: /files/ab.pdf\n---\nx\n"},
                 {"files/xy.pdf": b"x"})
    assert [m for *_x, m in _found(site, PAGE, "file-not-found")] == [
        "There is no file 'ab.pdf' in files/. Check the name, or add the file there."
    ]
