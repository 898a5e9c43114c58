"""`image-not-found` on the images `checks/image_addresses.py` reads (srcset, Hugo's image
shortcodes) and on Jekyll's `exclude:`, Hugo's resource-only shortcodes and Eleventy's
`pathPrefix`, pinned on small planted sites: each way of writing them, and each page whose
only image is of one kind (the rule reads no page that seems to hold none).

Surviving mutants named as equivalent (no test can tell them apart):
- `Places.exclusion`: `or` for `and` in its first screen (no pattern: nothing is left out
  either way; a Jekyll site always has a source), the path below the folder split with
  another character or none (`joinpath` reads `a/b` as two names on POSIX).
- `_eleventy`: the `pathPrefix`'s slashes stripped with X-spelt characters (no prefix has
  an `X` at its ends).
- `image_addresses._text`: the template read with another encoding spelling or no `errors=`
  (templates are ASCII here; UTF-8 is the default in the test runs), `"XXXX"` for an
  unreadable one (no `src` lookup in it either way).
- `image_shortcodes`: a template's name split at its dots with another limit (the first
  part is the same).
- `srcset_images`, `shortcode_images`: newlines counted from `None` (the start, as from 0);
  `shortcode_images` reading `None` when the examples' blanking changed the body's length
  (it keeps lengths: never).
- `body_images._message`: `getattr`'s default for the site's `config` (every site has one).
- `body_images._wanted`: screens that let more pages be read (`or` for `and`, `not in`):
  only slower.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.image_addresses import image_shortcodes, srcset_urls
from editor_app.core.checks.problem import WARNING
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CODE = "image-not-found"


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _told(root: Path, rel: str) -> dict[int, str]:
    problems = validate_site(Site.open(root), only=[root / rel], content=False)
    found = [p for p in problems if p.code == CODE]
    assert all(p.severity == WARNING for p in found)
    return {p.line: p.message for p in found}


def _hugo(root: Path, body: str, files: dict[str, str] | None = None, settings: str = "") -> str:
    rel = "content/posts/first/index.md"
    _write(
        root,
        {
            "hugo.toml": 'title = "x"\n' + settings,
            "static/img/cat.png": "png",
            "content/posts/first/dog.png": "png",
            rel: "---\ntitle: First\n---\n\n" + body,
            **(files or {}),
        },
    )
    return rel


# -- pages whose only image is of one kind -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # (a <picture> whose only image is a <source>: no <img> to show the page holds one)
        '<picture><source srcset="/img/catt.png 2x"></picture>\n',
        '<picture><source srcSet="/img/catt.png 2x"></picture>\n',
        '<PICTURE><SOURCE SRCSET="/img/catt.png 2x"></PICTURE>\n',
        "{{< figure src=/img/catt.png >}}\n",
        "{{% figure src=/img/catt.png %}}\n",
    ],
)
def test_a_page_whose_only_image_is_a_srcset_or_a_figure_is_read(tmp_path: Path, body: str) -> None:
    rel = _hugo(tmp_path, body)
    found = _told(tmp_path, rel)
    assert list(found) == [5]
    assert found[5] == (
        "The image '/img/catt.png' will be missing from the page: there is no file "
        "'catt.png' in static/img/. Did you mean '/img/cat.png'?"
    )


# -- srcset written each way -------------------------------------------------------------------


def test_srcset_quoted_each_way_or_not_told_on_its_line(tmp_path: Path) -> None:
    rel = _hugo(
        tmp_path,
        "<img srcset=/img/cat.png alt=a>\n<img srcset=/img/catt.png alt=b>\n"
        "<img srcset='/img/cat.png 1x, /img/catt.png 2x' alt=c>\n"
        '<img alt="d"\n  srcset="dog.png 1x,\n  dgo.png 2x">\n'
        '<img alt="e" src="/img/cat.png">\n'  # no srcset
        '<img alt="f" srcset="{{ .Site.Params.pic }} 2x">\n'  # built by a template
        '<img alt="g" srcset="{% asset pic %} 2x">\n'
        '<img alt="h" srcset="">\n'
        # a template's comma is no separator: `2` and `b.png` are no candidates
        '<img alt="i" srcset="{{ pic | size: 1, 2 }} 2x">\n'
        '<img alt="j" srcset="{% pic a, b.png %}">\n',
    )
    found = _told(tmp_path, rel)
    assert sorted(found) == [6, 7, 9]
    assert "Did you mean 'dog.png'?" in found[9]


def test_srcset_brackets_in_descriptors() -> None:
    # A bracket closed before one opens counts nothing: the next comma ends the candidate.
    assert srcset_urls("a.png 1x) (x, y), b.png") == ["a.png", "b.png"]
    assert srcset_urls("a.png (1x, 2x) b.png, c.png") == ["a.png", "c.png"]
    assert srcset_urls("a.png (1x (2, 3), 4), b.png") == ["a.png", "b.png"]  # nested
    assert srcset_urls("a.png (1x) (2x, 3x), b.png") == ["a.png", "b.png"]  # one after another


def test_srcset_commas_right_after_a_descriptor_and_in_names() -> None:
    assert srcset_urls("a.png 1x,b.png 2x") == ["a.png", "b.png"]
    assert srcset_urls("logo-X, b.png") == ["logo-X", "b.png"]
    assert srcset_urls("") == []


# -- Hugo's shortcodes written each way --------------------------------------------------------


def test_figure_src_written_each_way(tmp_path: Path) -> None:
    _write(tmp_path, {'content/posts/first/say "hi".png': "png"})
    rel = _hugo(
        tmp_path,
        "{{< figure src='dgo.png' >}}\n"
        '{{< figure src="sy \\"hi\\".png" >}}\n'
        '{{< figure src="say \\"hi\\".png" >}}\n'
        '{{< figure "dgo.png" src = "dog.png" >}}\n'
        '{{< figure title="a" src=`dgo.png` >}}\n'
        '{{<figure src="dgo.png">}}\n'
        '{{< figure src="dgo.png" />}}\n'
        '{{< figures src="dgo.png" >}}\n'  # another shortcode
        '{{< figure src=`sy \\"hi\\".png` >}}\n'  # raw: its backslashes are in the name
        "{{< figure alt=x\n  src=dgo.png >}}\n",  # told on the line of its src
    )
    found = _told(tmp_path, rel)
    assert sorted(found) == [5, 6, 9, 10, 11, 15]
    assert "Did you mean 'say \"hi\".png'?" in found[6]


def test_image_shortcodes_of_a_folders_layouts(tmp_path: Path) -> None:
    resource = '{{ with .Page.Resources.Get (.Get "src") }}{{ .RelPermalink }}{{ end }}'
    _write(
        tmp_path,
        {
            "layouts/shortcodes/pic.en.html": resource,  # a language's own template
            "layouts/shortcodes/strict.html": resource + '{{ errorf "none" }}',
            "layouts/shortcodes/notes.txt": resource,
            "layouts/_shortcodes/global.html": "{{ with resources.Get (.Get `src`) }}{{ end }}",
            "layouts/_shortcodes/video.html": '<video src="{{ .Get "src" }}">',
        },
    )
    assert image_shortcodes(tmp_path) == {"pic": False, "strict": True, "global": False}
    assert image_shortcodes(tmp_path / "nowhere") == {}


def test_resource_only_shortcode_with_mounts_into_assets(tmp_path: Path) -> None:
    strict = (
        '{{ with resources.Get (.Get "src") }}{{ .RelPermalink }}'
        '{{ else }}{{ errorf "none" }}{{ end }}'
    )
    files = {
        "assets/a/cat.png": "png",
        "layouts/shortcodes/strict.html": strict,
        "stats.json": "{}",
    }
    body = (
        '{{< strict src="a/catt.png" >}}\n{{< strict src="notes/stats.json" >}}\n'
        '{{< strict src="notes/stats.jsn" >}}\n'
    )
    mounts = (
        '[[module.mounts]]\nsource = "assets"\ntarget = "assets"\n'
        '[[module.mounts]]\nsource = "built/stats.json"\ntarget = "assets/notes/stats.json"\n'
    )
    _write(tmp_path, {"content/posts/second.md": "---\ntitle: Second\n---\n\n" + body})
    _hugo(tmp_path, "", files, mounts)
    # the mounted file's path is not known to hold nothing; the folder beside it is
    assert sorted(_told(tmp_path, "content/posts/second.md")) == [5, 7]
    folder = '[[module.mounts]]\nsource = "pictures"\ntarget = "assets/pics"\n'
    _write(tmp_path, {"pictures/x.png": "png"})
    _write(
        tmp_path,
        {
            "content/posts/second.md": "---\ntitle: Second\n---\n\n"
            + body
            + '{{< strict src="pics/y.png" >}}\n'
        },
    )
    _hugo(tmp_path, "", files, mounts + folder)
    assert sorted(_told(tmp_path, "content/posts/second.md")) == [5, 7]  # pics/ not judged
    missing = '[[module.mounts]]\nsource = "not-there"\ntarget = "assets"\n'
    _hugo(tmp_path, "", files, mounts + missing)
    assert _told(tmp_path, "content/posts/second.md") == {}  # assets/ itself from elsewhere


# -- Jekyll's exclude: and include: ------------------------------------------------------------


def test_jekyll_include_by_path_and_by_name(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_config.yml": 'title: x\nexclude: ["*.psd", "notes[1]"]\n'
            "include: [img/keep.psd, logo.psd, img]\n",  # img: its files are read on
            "img/keep.psd": "x",
            "img/logo.psd": "x",
            "img/cut.psd": "x",
            "notes[1]/a.png": "x",
            "index.md": "---\ntitle: Home\n---\n\n"
            "![A](/img/keep.psd)\n![B](/img/logo.psd)\n![C](/img/cut.psd)\n"
            '<img alt="D" src="/notes[1]/a.png">\n',
        },
    )
    found = _told(tmp_path, "index.md")
    assert sorted(found) == [7, 8]
    assert "leave 'notes[1]' out" in found[8]


# -- Eleventy's pathPrefix ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "setting",
    [
        'export const config = { pathPrefix: "/docs/" };\n',
        "module.exports.config = { 'pathPrefix': '/docs' };\n",
        "export const config = { pathPrefix: `docs/` };\n",
    ],
)
def test_eleventy_path_prefix_written_each_way(tmp_path: Path, setting: str) -> None:
    _write(
        tmp_path,
        {
            "eleventy.config.js": 'export default function (c) {\n  c.addPassthroughCopy("img");\n}\n'
            + setting,
            "img/cat.png": "png",
            "index.md": "---\ntitle: Home\n---\n\n![A](/docs/img/cat.png)\n![B](/docs/img/catt.png)\n",
        },
    )
    found = _told(tmp_path, "index.md")
    assert list(found) == [6]
    assert found[6].endswith("in img/. Did you mean '/docs/img/cat.png'?")


def test_jekyll_file_excluded_in_the_source_but_published_by_a_collection(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_config.yml": "title: x\ncollections:\n  projects:\n    output: true\n"
            "exclude: [projects]\n",
            "projects/a.png": "x",  # left out
            "_projects/a.png": "x",  # published at /projects/a.png all the same
            "projects/b.png": "x",
            "index.md": "---\ntitle: Home\n---\n\n![A](/projects/a.png)\n![B](/projects/b.png)\n",
        },
    )
    assert list(_told(tmp_path, "index.md")) == [6]


def test_a_bundle_image_added_after_a_check_is_no_longer_told(tmp_path: Path) -> None:
    rel = _hugo(tmp_path, "![Bird](bird.png)\n")
    site = Site.open(tmp_path)

    def told() -> list[int]:
        problems = validate_site(site, only=[tmp_path / rel], content=False)
        return [p.line for p in problems if p.code == CODE]

    assert told() == [5]
    _write(tmp_path, {"content/posts/first/bird.png": "png"})  # the listing kept is older
    assert told() == []
