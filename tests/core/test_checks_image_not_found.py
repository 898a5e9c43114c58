"""`image-not-found`: a body image whose file the site does not publish at its address.

Planted on copies of the five shared sites (each generator's own layout: Jekyll's site root
and collections, Hugo's static/ and page bundles, Eleventy's passthrough copies and image
plugin), and on small sites of layouts they lack. Skips when `../shared/sites` is absent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from site_copy_helpers import append_lines, writable_copy

from editor_app.cli import main
from editor_app.core.checks.problem import WARNING, Problem
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site

SITES = Path(__file__).resolve().parents[3] / "shared" / "sites"
CODE = "image-not-found"

# What the untouched sites give, each checked by hand: a file missing from the folder.
REAL = {
    "connectedbydata": {
        # a near miss of the one image of that name in the folder
        ("_resources/case-study-cag.md", 27),
        # no such file in assets/projects/ (its other 23 images are there)
        ("_projects/2023-catalysing-communities.md", 84),
        # no folder assets/projects/peoplespanel/ at all
        ("_projects/2023-peoples-panel-on-ai.md", 22),
    },
    # the two images over 900 KB left out of the copy (sites/README.md)
    "eleventy-website": {
        ("src/blog/2023-07-04-six-million.md", 11),
        ("src/blog/2023-10-23-seven-million.md", 16),
    },
    "opensource-guide": set(),
    "jekyll-docs": set(),
    "hugo-docs": set(),
}


def _site(name: str) -> Path:
    folder = SITES / name
    if not folder.is_dir():
        pytest.skip(f"shared site not found at {folder}")
    return folder


def _copy(name: str, tmp_path: Path) -> Path:
    return writable_copy(_site(name), tmp_path)


def _found(root: Path, rel: str) -> list[Problem]:
    site = Site.open(root)
    problems = validate_site(site, only=[root / rel], content=False)
    return [p for p in problems if p.code == CODE]


def _by_line(problems: list[Problem]) -> dict[int, str]:
    assert all(p.severity == WARNING and p.field is None for p in problems)
    return {p.line: p.message for p in problems}


# -- the untouched sites ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(REAL))
def test_untouched_sites_tell_only_files_really_missing(name: str) -> None:
    root = _site(name)
    problems = validate_site(Site.open(root), content=False)
    told = [p for p in problems if p.code == CODE]
    assert {(p.path, p.line) for p in told} == REAL[name]
    for p in told:  # each file or folder named is missing from the site's folder, as said
        m = re.search(r"there is no (?:file '([^']+)' in|folder) (\S+)/\.", p.message)
        assert m is not None, p.message
        assert not (root / m.group(2) / (m.group(1) or "")).exists()


# -- Jekyll -------------------------------------------------------------------------------------


def test_jekyll_root_absolute_images_with_the_line_and_the_near_miss(tmp_path: Path) -> None:
    root = _copy("connectedbydata", tmp_path)
    (root / "_private").mkdir()
    (root / "_private" / "pic.png").write_bytes(b"png")
    rel = "_resources/brand-narrative.md"
    first = append_lines(
        root / rel,
        [
            "![Chart](/assets/projects/frod.png)",  # 0: a letter swapped
            '<img src="/assets/projects/Ford.png" alt="Ford">',  # 1: capitals differ
            "![Chart]({{ site.baseurl }}/assets/projcts/ford.png)",  # 2: the folder misspelt
            "![Chart]({{ '/assets/projects/lga.pgn' | relative_url }})",  # 3
            "![Chart](/assets/projects/ford.png) ![ok](/assets/projects/lga.png)",  # 4: there
            "![Private](/_private/pic.png)",  # 5: Jekyll does not publish _private/
            "![Nothing like it](/assets/projects/zzzzqqqq.png)",  # 6: no near miss
            "![Query](/assets/projects/ford.png?v=2#top)",  # 7: there, query and anchor aside
        ],
    )
    found = _by_line(_found(root, rel))
    assert sorted(found) == [first, first + 1, first + 2, first + 3, first + 5, first + 6]
    assert found[first] == (
        "The image '/assets/projects/frod.png' will be missing from the page: there is no "
        "file 'frod.png' in assets/projects/. Did you mean '/assets/projects/ford.png'?"
    )
    assert "Did you mean '/assets/projects/ford.png'?" in found[first + 1]
    assert "there is no folder assets/projcts/" in found[first + 2]
    assert "Did you mean '/assets/projects/ford.png'?" in found[first + 2]
    assert "Did you mean '/assets/projects/lga.png'?" in found[first + 3]
    assert "does not publish files or folders whose names start with '_'" in found[first + 5]
    assert found[first + 6].endswith("Check the name, or add the file there.")


def test_examples_remote_data_templates_and_anchors_are_not_judged(tmp_path: Path) -> None:
    root = _copy("connectedbydata", tmp_path)
    rel = "_resources/brand-narrative.md"
    append_lines(
        root / rel,
        [
            "```markdown",
            "![In a fence](/assets/nowhere/a.png)",
            "```",
            "Write `![In a span](/assets/nowhere/b.png)` for a picture.",
            "{% raw %}",
            "![Raw](/assets/nowhere/c.png)",
            "{% endraw %}",
            "<!-- ![Commented out](/assets/nowhere/d.png) -->",
            "",
            "    ![Indented code](/assets/nowhere/e.png)",
            "",
            "![Remote](https://example.org/nowhere/f.png)",
            "![Other server](//example.org/nowhere/g.png)",
            "![Data](data:image/png;base64,iVBORw0KGgo=)",
            "![Template]({{ page.image }})",
            "![Built]({{ site.baseurl }}/assets/{{ page.slug }}.png)",
            "![Anchor](#figure-1)",
            '<img src="" alt="empty">',
            "![Folder](/assets/projects/)",
        ],
    )
    assert _found(root, rel) == []


def test_reference_style_images_are_told_on_their_address_line(tmp_path: Path) -> None:
    root = _copy("connectedbydata", tmp_path)
    rel = "_resources/brand-narrative.md"
    first = append_lines(
        root / rel,
        [
            "![The logo][logo] and ![Lga] and a [link][doc].",
            "",
            "[logo]: /assets/projects/cwu-logoo.png",
            "[lga]: /assets/projects/lga.png",
            "[doc]: /assets/projects/missing.pdf",
        ],
    )
    found = _by_line(_found(root, rel))
    assert list(found) == [first + 2]  # the address's line; a link to a file is not judged
    assert "Did you mean '/assets/projects/cwu-logo.png'?" in found[first + 2]


def test_jekyll_page_relative_images_from_the_pages_address(tmp_path: Path) -> None:
    root = _copy("jekyll-docs", tmp_path)
    rel = "_tutorials/convert-site-to-jekyll.md"  # published at /tutorials/convert-site-to-jekyll/
    first = append_lines(
        root / rel,
        [
            "![Layout](../../img/jekylllayoutconcept.png)",  # /img/...: there
            "![Layout](../../img/jekylllayoutconcpt.png)",
            "![Layout](../img/jekylllayoutconcept.png)",  # /tutorials/img/...: not there
        ],
    )
    found = _by_line(_found(root, rel))
    assert sorted(found) == [first + 1, first + 2]
    assert "Did you mean '../../img/jekylllayoutconcept.png'?" in found[first + 1]
    assert "there is no folder tutorials/img/." in found[first + 2]


def test_jekyll_page_relative_image_of_an_unknown_address_is_not_judged(tmp_path: Path) -> None:
    root = _copy("connectedbydata", tmp_path)
    # A collection of the site's settings that is not published (`output: false`): its
    # documents have no address, so neither has an image relative to one.
    (root / "_funders").mkdir()
    page = root / "_funders" / "acme.md"
    page.write_text(
        "---\ntitle: Acme\n---\n\n![Logo](acme-logo.png)\n![Logo](/assets/acme-logo.png)\n",
        encoding="utf-8",
    )
    assert [p.line for p in _found(root, "_funders/acme.md")] == [6]


def test_opensource_guide_translations_share_the_images(tmp_path: Path) -> None:
    root = _copy("opensource-guide", tmp_path)
    rel = "_articles/fr/best-practices.md"
    first = append_lines(
        root / rel,
        [
            "![Céleri](/assets/images/best-practices/celery.png)",
            "![Céleri](/assets/images/best-practices/celery.jpg)",
            "![Céleri](../../assets/images/best-practices/celery.png)",  # from /fr/best-practices/
        ],
    )
    found = _by_line(_found(root, rel))
    assert list(found) == [first + 1]
    assert "Did you mean '/assets/images/best-practices/celery.png'?" in found[first + 1]


def test_jekyll_address_written_with_the_sites_base_path(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text('title: x\nbaseurl: "/docs"\n', encoding="utf-8")
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "cat.png").write_bytes(b"png")
    (tmp_path / "index.md").write_text(
        "---\ntitle: Home\n---\n\n![Cat](/docs/img/cat.png)\n![Cat](/docs/img/catt.png)\n"
        "![Cat]({{ site.baseurl }}/img/cat.png)\n",
        encoding="utf-8",
    )
    found = _by_line(_found(tmp_path, "index.md"))
    assert list(found) == [6]
    assert "no file 'catt.png' in img/. Did you mean '/docs/img/cat.png'?" in found[6]


def test_jekyll_theme_assets_are_not_judged(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\nremote_theme: pages-themes/minimal\n")
    (tmp_path / "index.md").write_text(
        "---\ntitle: Home\n---\n\n![Logo](/assets/img/logo.png)\n![Cat](/img/cat.png)\n",
        encoding="utf-8",
    )
    # The theme may bring assets/img/logo.png; nothing brings img/cat.png.
    assert [p.line for p in _found(tmp_path, "index.md")] == [6]


def test_jekyll_include_publishes_an_underscore_folder(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: x\ninclude: [_shared]\n", encoding="utf-8")
    for folder in ("_shared", "_private"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pic.png").write_bytes(b"png")
    (tmp_path / "index.md").write_text(
        "---\ntitle: Home\n---\n\n![A](/_shared/pic.png)\n![B](/_private/pic.png)\n",
        encoding="utf-8",
    )
    found = _by_line(_found(tmp_path, "index.md"))
    assert list(found) == [6]
    assert "Jekyll does not publish files or folders whose names start with '_'" in found[6]


def test_an_image_added_after_a_check_is_no_longer_told(tmp_path: Path) -> None:
    # The window checks the open page after each pause in typing, with the site's facts (and
    # folder listings) kept: a file added meanwhile must not stay "missing".
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (tmp_path / "img").mkdir()
    text = "---\ntitle: Home\n---\n\n![Dog](/img/dog.png)\n"
    (tmp_path / "index.md").write_text(text, encoding="utf-8")
    site = Site.open(tmp_path)

    def told() -> list[int]:
        doc = Document.from_text(text, tmp_path / "index.md")
        return [p.line for p in validate_document(doc, site, content=False) if p.code == CODE]

    assert told() == [5]
    (tmp_path / "img" / "dog.png").write_bytes(b"png")
    assert told() == []


# -- Hugo ---------------------------------------------------------------------------------------


def test_hugo_bundle_and_static_images(tmp_path: Path) -> None:
    root = _copy("hugo-docs", tmp_path)
    (root / "assets" / "images" / "only-in-assets.png").write_bytes(b"png")
    rel = "content/en/functions/strings/Diff/index.md"
    first = append_lines(
        root / rel,
        [
            "![Diff](diff-screen-capture.png)",  # the bundle's own file
            "![Diff](diff-screen-captur.png)",
            "![Gopher](/images/gopher-hero.svg)",  # static/images/
            "![Gopher](/images/gopher-hreo.svg)",
            "![Screenshot](images/hugo-github-screenshot.png)",  # assets/: the render hook's
            "![Assets](/assets/images/only-in-assets.png)",  # not-published's to tell
        ],
    )
    site = Site.open(root)
    problems = validate_site(site, only=[root / rel], content=False)
    found = _by_line([p for p in problems if p.code == CODE])
    assert sorted(found) == [first + 1, first + 3]
    assert found[first + 1] == (
        "The image 'diff-screen-captur.png' will be missing from the page: there is no file "
        "'diff-screen-captur.png' in content/en/functions/strings/Diff/. "
        "Did you mean 'diff-screen-capture.png'?"
    )
    assert "in static/images/. Did you mean '/images/gopher-hero.svg'?" in found[first + 3]
    assert [p.line for p in problems if p.code == "not-published"] == [first + 5]


def test_hugo_page_that_is_no_bundle_leaves_relative_images_alone(tmp_path: Path) -> None:
    root = _copy("hugo-docs", tmp_path)
    pages = sorted((root / "content" / "en" / "functions" / "strings").glob("[A-Z]*.md"))
    rel = pages[0].relative_to(root).as_posix()
    first = append_lines(root / rel, ["![A](nowhere.png)", "![B](/images/nowhere.png)"])
    assert list(_by_line(_found(root, rel))) == [first + 1]


def _hugo_site(root: Path, settings: str) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(settings, encoding="utf-8")
    (root / "static" / "img").mkdir(parents=True)
    (root / "static" / "img" / "cat.png").write_bytes(b"png")
    page = root / "content" / "posts" / "first.md"
    page.write_text("---\ntitle: First\n---\n\n![Cat](/img/cat.png)\n![Cat](/img/catt.png)\n")
    return page


def test_hugo_mount_into_static_is_published(tmp_path: Path) -> None:
    page = _hugo_site(
        tmp_path,
        'title = "x"\n[[module.mounts]]\nsource = "pictures"\ntarget = "static/img/dogs"\n',
    )
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "rex.png").write_bytes(b"png")
    page.write_text(page.read_text() + "![Rex](/img/dogs/rex.png)\n![Rex](/img/dogs/rx.png)\n")
    found = _by_line(_found(tmp_path, "content/posts/first.md"))
    assert sorted(found) == [6, 8]
    assert "in pictures/. Did you mean '/img/dogs/rex.png'?" in found[8]


def test_hugo_theme_or_module_outside_the_folder_is_not_judged(tmp_path: Path) -> None:
    _hugo_site(tmp_path, 'title = "x"\ntheme = "somewhere-else"\n')
    assert _found(tmp_path, "content/posts/first.md") == []
    (tmp_path / "themes" / "somewhere-else").mkdir(parents=True)  # a submodule not fetched
    assert _found(tmp_path, "content/posts/first.md") == []
    (tmp_path / "themes" / "somewhere-else" / "static").mkdir()
    assert [p.line for p in _found(tmp_path, "content/posts/first.md")] == [6]


def test_hugo_language_static_folder_is_published(tmp_path: Path) -> None:
    page = _hugo_site(
        tmp_path, 'title = "x"\n[languages.fr]\nstaticDir = ["static", "static_fr"]\n'
    )
    (tmp_path / "static_fr").mkdir()
    (tmp_path / "static_fr" / "chien.png").write_bytes(b"png")
    page.write_text(page.read_text() + "![Chien](/chien.png)\n![Chien](/chein.png)\n")
    found = _by_line(_found(tmp_path, "content/posts/first.md"))
    assert sorted(found) == [6, 8]


def test_hugo_modules_from_elsewhere_leave_every_image_unjudged(tmp_path: Path) -> None:
    _hugo_site(tmp_path, 'title = "x"\n[[module.imports]]\npath = "github.com/x/theme"\n')
    assert _found(tmp_path, "content/posts/first.md") == []


# -- Eleventy -----------------------------------------------------------------------------------


def test_eleventy_passthrough_copies_and_image_plugin(tmp_path: Path) -> None:
    root = _copy("eleventy-website", tmp_path)
    rel = "src/blog/2019-12-19-logo-homage.md"
    first = append_lines(
        root / rel,
        [
            "![Possum](/img/possum.jpgg)",  # addPassthroughCopy("src/img")
            "![Two million](/blog/twomilion.png)",  # addPassthroughCopy("src/blog/*.png")
            "![Logo](/img/logo-github.png)",  # copied from a package: not in the folder
            "![Awesome](/static/web-awesome/nowhere.png)",  # a package's folder
            "![Font Awesome](./fa-3.png)",  # the image plugin reads it beside the page
            "![Font Awesome](./fa-2.png)",
        ],
    )
    found = _by_line(_found(root, rel))
    assert sorted(found) == [first, first + 1, first + 4]
    assert "in src/img/. Did you mean '/img/possum.jpg'?" in found[first]
    assert "in src/blog/. Did you mean '/blog/twomillion.png'?" in found[first + 1]
    assert "Did you mean './fa-2.png'?" in found[first + 4]


def _eleventy_site(root: Path, config: str) -> Path:
    (root / "src" / "img").mkdir(parents=True)
    (root / "src" / "img" / "cat.png").write_bytes(b"png")
    (root / "eleventy.config.js").write_text(config, encoding="utf-8")
    page = root / "src" / "index.md"
    page.write_text(
        "---\ntitle: Home\n---\n\n![Cat](/img/cat.png)\n![Cat](/img/catt.png)\n"
        "![Other](/pictures/x.png)\n![Beside](cat.png)\n",
        encoding="utf-8",
    )
    return page


def test_eleventy_without_image_plugin_judges_only_what_passthrough_names(
    tmp_path: Path,
) -> None:
    _eleventy_site(
        tmp_path,
        'module.exports = function (c) {\n  c.addPassthroughCopy("src/img");\n'
        '  return { dir: { input: "src" } };\n};\n',
    )
    # /pictures/ is copied by nothing known, and a relative address depends on the page's
    # address: neither is judged.
    found = _by_line(_found(tmp_path, "src/index.md"))
    assert list(found) == [6]
    assert "in src/img/. Did you mean '/img/cat.png'?" in found[6]


def test_eleventy_passthrough_built_by_code_is_not_judged(tmp_path: Path) -> None:
    _eleventy_site(
        tmp_path,
        'const dirs = ["src/img"];\nmodule.exports = function (c) {\n'
        "  dirs.forEach((d) => c.addPassthroughCopy(d));\n"
        '  return { dir: { input: "src" } };\n};\n',
    )
    assert _found(tmp_path, "src/index.md") == []


def test_eleventy_passthrough_of_folders_and_globs_to_new_names(tmp_path: Path) -> None:
    _eleventy_site(
        tmp_path,
        "export default function (c) {\n"
        '  c.addPassthroughCopy({ "assets/pics": "images", "assets/icons/*.svg": "icons/" });\n'
        '  c.addPassthroughCopy({ "vendor/not-here/*.png": "vendor/" });\n'
        "}\n"
        'export const config = { dir: { input: "src" } };\n',
    )
    for name in ("pics/dog.png", "icons/a.svg"):
        (tmp_path / "assets" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "assets" / name).write_bytes(b"img")
    page = tmp_path / "src" / "index.md"
    page.write_text(
        "---\ntitle: Home\n---\n\n![Dog](/images/dog.png)\n![Dog](/images/dgo.png)\n"
        "![A](/icons/a.svg)\n![B](/icons/aa.svg)\n![V](/vendor/x.png)\n",
        encoding="utf-8",
    )
    found = _by_line(_found(tmp_path, "src/index.md"))
    assert list(found) == [6, 8]
    assert "no file 'dgo.png' in assets/pics/. Did you mean '/images/dog.png'?" in found[6]
    assert "no file 'aa.svg' in assets/icons/. Did you mean '/icons/a.svg'?" in found[8]


def test_eleventy_passthrough_glob_over_folders_keeps_each_files_folder(tmp_path: Path) -> None:
    page = _eleventy_site(
        tmp_path,
        'module.exports = function (c) {\n  c.addPassthroughCopy("src/**/*.{png,jpg}");\n'
        '  return { dir: { input: "src" } };\n};\n',
    )
    (tmp_path / "src" / "blog").mkdir()
    (tmp_path / "src" / "blog" / "dog.jpg").write_bytes(b"jpg")
    page.write_text(
        "---\ntitle: Home\n---\n\n![Dog](/blog/dog.jpg)\n![Dog](/blog/dgo.jpg)\n"
        "![Cat](/img/cat.png)\n![Cat](/img/cat.gif)\n",
        encoding="utf-8",
    )
    found = _by_line(_found(tmp_path, "src/index.md"))
    assert list(found) == [6]  # (a .gif is copied by nothing known)
    assert "no file 'dgo.jpg' in src/blog/. Did you mean '/blog/dog.jpg'?" in found[6]


def test_eleventy_passthrough_of_a_whole_tree_keeps_each_files_folder(tmp_path: Path) -> None:
    """`src/**` copies every file with its folder: /blog/dog.jpg is src/blog/dog.jpg (it was
    looked for at src/dog.jpg, a false alarm); `{"assets/**": "x"}` is not judged."""
    page = _eleventy_site(
        tmp_path,
        'module.exports = function (c) {\n  c.addPassthroughCopy("src/**");\n'
        '  c.addPassthroughCopy({"assets/**": "static"});\n'
        '  return { dir: { input: "src" } };\n};\n',
    )
    (tmp_path / "src" / "blog").mkdir()
    (tmp_path / "src" / "blog" / "dog.jpg").write_bytes(b"jpg")
    (tmp_path / "assets").mkdir()
    page.write_text(
        "---\ntitle: Home\n---\n\n![Dog](/blog/dog.jpg)\n![Dog](/blog/dgo.jpg)\n"
        "![Any](/static/any/where.png)\n",
        encoding="utf-8",
    )
    found = _by_line(_found(tmp_path, "src/index.md"))
    assert list(found) == [6]
    assert "no file 'dgo.jpg' in src/blog/. Did you mean '/blog/dog.jpg'?" in found[6]


# -- the command line ---------------------------------------------------------------------------


def test_validate_command_shows_it_and_strict_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy("connectedbydata", tmp_path)
    page = root / "_resources" / "brand-narrative.md"
    first = append_lines(page, ["![Chart](/assets/projects/frod.png)"])
    code = main(["validate", "--no-content", "--strict", str(page)])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert f"  line {first} " in out
    assert "warning: The image '/assets/projects/frod.png' will be missing" in out
    # A warning: the site still builds, so without --strict the exit code stays 0.
    assert main(["validate", "--no-content", str(page)]) == 0


# -- any text ---------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "![a](",
        "](",
        "<img src=",
        '"',
        "'",
        ")",
        "/img/",
        "cat.png",
        "../",
        "{{ site.baseurl }}",
        "{{ '/img/c.png' | relative_url }}",
        "%20",
        "?v=1",
        "#x",
        "\n",
        "`",
        "```\n",
        "[r]: ",
        "![r]",
        " ",
        "_x/",
        "//",
        "data:",
        "\\",
        "\x00",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@example(body="![a](/img/cat.png) <img src='/img/cat.png'> ![b](/img/cat.png?v=1#x)")
@example(body="![a](/img/\x00.png) ![b](/img/%00.png) ![c](/img/..%2F..%2Fx.png)")
@given(body=st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30).map("".join))
def test_any_body_is_checked_without_fault_and_told_on_its_own_lines(
    tmp_path: Path, body: str
) -> None:
    root = tmp_path / "site"
    if not root.exists():
        (root / "img").mkdir(parents=True)
        (root / "img" / "cat.png").write_bytes(b"png")
        (root / "_config.yml").write_text("title: x\n", encoding="utf-8")
    text = "---\ntitle: Any\n---\n" + body
    site = Site.open(root)
    problems = validate_document(Document.from_text(text, root / "page.md"), site, content=False)
    lines = text.count("\n") + 1
    for p in problems:
        if p.code == CODE:
            assert p.severity == WARNING and 4 <= p.line <= lines
            assert not p.message.startswith("The image '/img/cat.png' ")  # it is there
