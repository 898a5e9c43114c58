"""Where `image-not-found` looks for a published image (`checks/image_places.py`), pinned.

Each test builds a small site and reads its places: for each address, the files on disk it
would come from (`sources`) and whether it is left unjudged (`unknown`). These are the
answers behind which images the rule tells about and which it leaves alone.

Named as equivalent (no test can tell them apart):
- `_eleventy_texts`, `_local_imports`: the files read with `encoding="UTF-8"`, no encoding or
  no `errors=` (the configuration files read here are plain ASCII; Python's default is
  UTF-8 in this project's test runs), the comment blanked with other text (`XXXX`: a line
  comment's words reach no pattern either way), `break` for `continue` after the last file.
- X-spelt characters in sets and strips (`"XX([{XX"`, `"XX*?{[XX"`, `strip("XX/XX")`, ...):
  they add only `X`, which no configuration's marks or slashes are.
- A quote's end set to `None` rather than `""` (both false).
- `_add_copy`, a computed name (`[require.resolve(...)]: 'css/x.css'`): where its `]:` is
  found and how much of the key is kept (a computed key is never read as text: its target is
  unknown either way), the colon spelt otherwise (true either way); `dest` read when an entry
  has no colon (an empty value is no text either way); a glob's folder with a glob in it
  (never a folder on disk, so unknown either way); the folder of a glob joined with `/`
  split otherwise (`joinpath` reads `a/b` as two names on POSIX) or from an empty base (the
  site's folder either way); the unknown prefix of a glob at the top whose folder is missing
  (the site's folder is always there); `return True` when `_entries` gives None (it never
  does); an argument ending in `}` without starting with `{` (its entries are no text either
  way: unknown).
- `_eleventy`'s input folder as `"XXXX"` or always relative (no written path starts with
  either), the unknown mark when the input folder is outside the site (`Site` never gives one).
- `_glob_pattern`'s `end <= 0` and `end < 1`: a `}` found after a `{` is never at 0.
- `_hugo`: `unknown.append(None)` (`is_unknown` takes None as "" does), `getattr`'s default
  for `layout.config` (every layout has one), a mount's missing source or target read as
  `"XXXX"` (no such folder; no such top folder).
- `_jekyll`: `getattr` defaults every `Site` and collection fills (`collections`, `output`),
  `config` taken when it is no dict (it always is), drafts spelt otherwise (a site's
  collections never hold `drafts`: Jekyll reads `_drafts` as no collection).
- `places_for`: the generator's `getattr` default (every `Site` has the attribute), and
  `Places(None, ...)` for a generator of none of the three (it is None there).
- `_hugo`'s themes read no further after a theme not fetched (`break`): from then on nothing
  is judged anyway (`""` is unknown).
- `Places.sources`: a file's name taken with another split limit (the last name is the
  same), `>=` for `>` (an address never ends in `/`).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks.image_places import Places, places_for
from editor_app.core.site import Site


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _places(root: Path, files: dict[str, str]) -> Places:
    _write(root, files)
    return places_for(Site.open(root))


def _plain(places: Places, root: Path) -> dict[str, object]:
    """Places as plain text: folders below the site's folder, patterns as written."""

    def rel(p: Path) -> str:
        return p.relative_to(root).as_posix() if p != root else "."

    return {
        "folders": [(prefix, rel(f)) for prefix, f in places.folders],
        "files": {k: rel(v) for k, v in places.files.items()},
        "patterns": [(p.pattern, rel(f)) for p, f in places.patterns],
        "tree": [(p.pattern, rel(f)) for p, f in places.tree_patterns],
        "unknown": places.unknown,
        "plugin": places.image_plugin,
    }


def _sources(places: Places, root: Path, address: str) -> list[tuple[str, str]]:
    return [
        (f.relative_to(root).as_posix() if f != root else ".", r)
        for f, r in places.sources(address)
    ]


# -- Eleventy: passthrough copies written as text ---------------------------------------------


def _eleventy(root: Path, calls: str, files: dict[str, str] | None = None) -> Places:
    config = (
        f"module.exports = function (c) {{\n{calls}\n  return {{ dir: {{ input: 'src' }} }};\n}};\n"
    )
    return _places(
        root,
        {"eleventy.config.js": config, "src/index.md": "---\ntitle: x\n---\n", **(files or {})},
    )


def test_eleventy_copies_of_folders_files_and_missing_paths(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        '  c.addPassthroughCopy("src/img");\n'
        "  c.addPassthroughCopy('./favicon.png');\n"
        '  c.addPassthroughCopy("././src/robots.png");\n'
        '  c.addPassthroughCopy("src/built/later");\n'
        '  c.addPassthroughCopy("src");\n'
        "  // c.addPassthroughCopy('src/commented-out');\n",
        {"src/img/a.png": "", "favicon.png": "", "src/robots.png": ""},
    )
    assert _plain(places, tmp_path) == {
        "folders": [("img/", "src/img"), ("", "src")],
        "files": {"favicon.png": "favicon.png", "robots.png": "src/robots.png"},
        "patterns": [],
        "tree": [],
        "unknown": ["built/later"],
        "plugin": False,
    }
    assert _sources(places, tmp_path, "img/a.png") == [("src/img", "a.png"), ("src", "img/a.png")]
    assert _sources(places, tmp_path, "favicon.png") == [
        (".", "favicon.png"),
        ("src", "favicon.png"),
    ]
    assert places.is_unknown("built/later") and places.is_unknown("built/later/x.png")
    assert not places.is_unknown("built/laterx.png") and not places.is_unknown("built")


def test_eleventy_globs_of_one_folder_over_folders_and_unreadable(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        '  c.addPassthroughCopy("src/blog/*.png");\n'
        '  c.addPassthroughCopy("*.ico");\n'
        '  c.addPassthroughCopy("src/gone/*.png");\n'
        '  c.addPassthroughCopy("gone/deeper/*.png");\n'
        '  c.addPassthroughCopy("src/**/*.{jpg,gif}");\n'
        '  c.addPassthroughCopy("media/**/?.svg");\n'
        '  c.addPassthroughCopy("src/**");\n',
        {"src/blog/a.png": "", "media/x/a.svg": ""},
    )
    assert _plain(places, tmp_path) == {
        "folders": [],
        "files": {},
        "patterns": [("blog/[^/]*\\.png", "src/blog"), ("[^/]*\\.ico", ".")],
        # `src/**` copies the whole tree, each file keeping its folder.
        "tree": [
            ("(?:.*/)?[^/]*\\.(?:jpg|gif)", "src"),
            ("media/(?:.*/)?[^/]\\.svg", "."),
            (".*", "src"),
        ],
        "unknown": ["gone/", "gone/deeper/"],
        "plugin": False,
    }
    assert _sources(places, tmp_path, "blog/a.png")[0] == ("src/blog", "a.png")
    assert _sources(places, tmp_path, "a/b/c.gif")[-1] == ("src", "a/b/c.gif")
    assert (".", "media/x/b.svg") in _sources(places, tmp_path, "media/x/b.svg")
    assert _sources(places, tmp_path, "blog/deep/x.webp")[-1] == ("src", "blog/deep/x.webp")
    assert (".", "media/x/ab.svg") not in _sources(places, tmp_path, "media/x/ab.svg")  # `?`


def test_eleventy_globs_it_cannot_read_leave_everything_unjudged(tmp_path: Path) -> None:
    for glob in ("src/[ab].png", "src/{a,b.png"):
        root = tmp_path / glob[5]
        places = _eleventy(root, f'  c.addPassthroughCopy("{glob}");\n')
        assert places.unknown == [""] and places.patterns == []


def test_eleventy_copy_calls_read_to_their_first_argument(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        '  c.addPassthroughCopy("src/img", { expand: true });\n'
        "  c.addPassthroughCopy(\n    'src/it\\'s',\n  );\n"
        "  c.addPassthroughCopy(`src/tick`);\n"
        "  c.addPassthroughCopy(`src/${name}`);\n",
        {"src/img/a.png": "", "src/tick/c.png": ""},
    )
    assert _plain(places, tmp_path)["folders"] == [("img/", "src/img"), ("tick/", "src/tick")]
    # `'src/it\\'s'` read to its closing quote (a backslash is a folder's separator: no
    # such folder); the template's folder is built by code
    assert places.unknown == ["it/'s", ""]


def test_eleventy_copy_call_never_closed_is_unknown(tmp_path: Path) -> None:
    places = _eleventy(tmp_path, '  c.addPassthroughCopy("src/img"\n', {"src/img/a.png": ""})
    assert places.unknown == [""] and places.folders == []


def test_eleventy_copy_of_a_variable_is_unknown(tmp_path: Path) -> None:
    places = _eleventy(tmp_path, "  c.addPassthroughCopy(folder);\n")
    assert places.unknown == [""]


# -- Eleventy: passthrough copies to new names ------------------------------------------------


def test_eleventy_copies_to_new_names(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        "  c.addPassthroughCopy({\n"
        '    "assets/pics": "images",\n'
        '    "./assets/icons/*.svg": "/icons/",\n'
        '    "assets/top/*.png": "",\n'
        '    "vendor/not-here/*.png": "vendor/",\n'
        '    "vendor/not-here-either/*.png": "",\n'
        '    "assets/**/*.png": "deep",\n'
        '    "assets/**/*.gif": "",\n'
        '    "assets/one.png": "one.png",\n'
        "    [require.resolve('pkg/x.css')]: 'css/x.css',\n"
        "    [path.join(a, 'b')]: '',\n"
        "    \"it's, (odd)\": 'odd',\n"
        "  });\n",
        {
            "assets/pics/dog.png": "",
            "assets/icons/a.svg": "",
            "assets/top/t.png": "",
            "assets/one.png": "",
            "it's, (odd)/o.png": "",
        },
    )
    assert _plain(places, tmp_path) == {
        "folders": [("images/", "assets/pics"), ("odd/", "it's, (odd)")],
        "files": {"one.png": "assets/one.png"},
        "patterns": [("icons/[^/]*\\.svg", "assets/icons"), ("[^/]*\\.png", "assets/top")],
        "tree": [],
        "unknown": ["vendor/", "", "deep/", "", "css/x.css/", ""],
        "plugin": False,
    }


def test_eleventy_copy_object_it_cannot_read_is_unknown(tmp_path: Path) -> None:
    for i, argument in enumerate(
        ('{ "assets/pics": dest }', '{ "assets/pics" }', '{ "a": "b" ', "[1, 2]")
    ):
        places = _eleventy(
            tmp_path / str(i), f"  c.addPassthroughCopy({argument});\n", {"assets/pics/a.png": ""}
        )
        assert places.unknown == [""], argument
        assert places.folders == [], argument


def test_eleventy_copy_object_with_an_escaped_quote_and_a_later_entry(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        "  c.addPassthroughCopy({ 'a\\'b': 'ab', \"c\": \"cc\", });\n",
        {"c/y.png": ""},
    )
    assert _plain(places, tmp_path)["folders"] == [("cc/", "c")]
    assert places.unknown == ["ab"]  # `a\\'b` is a/'b, a folder not there


# -- Eleventy: the image plugin, image templates, imported files -------------------------------


def test_eleventy_image_plugin_and_image_templates_publish_the_input_folder(
    tmp_path: Path,
) -> None:
    places = _eleventy(tmp_path / "plugin", "  c.addPlugin(eleventyImageTransformPlugin);\n")
    assert _plain(places, tmp_path / "plugin")["folders"] == [("", "src")]
    assert places.image_plugin
    formats = _eleventy(tmp_path / "formats", '  c.setTemplateFormats(["md", "png"]);\n')
    assert _plain(formats, tmp_path / "formats")["folders"] == [("", "src")]
    assert not formats.image_plugin
    other = _eleventy(tmp_path / "other", '  c.setTemplateFormats(["md", "pngx"]);\n')
    assert other.folders == [] and not other.image_plugin


def test_eleventy_reads_the_local_files_its_configuration_imports(tmp_path: Path) -> None:
    config = (
        'const copies = require("./lib/copies");\n'
        'import images from "./lib/images.js";\n'
        'const gone = require("./lib/gone");\n'
        'const pkg = require("some-package");\n'
        "module.exports = function (c) { copies(c); images(c); "
        "return { dir: { input: 'src' } }; };\n"
    )
    places = _places(
        tmp_path,
        {
            "eleventy.config.js": config,
            "src/index.md": "---\ntitle: x\n---\n",
            "lib/copies.js": 'module.exports = (c) => c.addPassthroughCopy("src/img");\n',
            "lib/images.js": "export default (c) => c.addPlugin(eleventyImageTransformPlugin);\n",
            "src/img/a.png": "",
        },
    )
    assert _plain(places, tmp_path)["folders"] == [("img/", "src/img"), ("", "src")]
    assert places.image_plugin and places.unknown == []


def test_eleventy_site_with_its_input_at_the_top(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        {
            "eleventy.config.js": 'module.exports = (c) => { c.addPassthroughCopy("img"); };\n',
            "index.md": "---\ntitle: x\n---\n",
            "img/a.png": "",
        },
    )
    assert _plain(places, tmp_path)["folders"] == [("img/", "img")]


# -- Hugo ---------------------------------------------------------------------------------------

_HUGO_SETTINGS = """title = "x"
staticDir = ["static", "public_files"]
assetDir = "res"
theme = ["here"]
[languages.en]
weight = 1
[languages.fr]
staticDir = "static_fr"
[languages.de]
staticDir = ["static_de", "static_de2"]
[[module.mounts]]
source = "pictures"
target = "static/img/dogs/"
[[module.mounts]]
source = "logo.png"
target = "static/brand/logo.png"
[[module.mounts]]
source = "shared"
target = "assets"
[[module.mounts]]
source = "icons"
target = "assets/icons"
[[module.mounts]]
source = "gone"
target = "static/gone"
[[module.mounts]]
source = "gone"
target = "assets/gone2"
[[module.mounts]]
source = "layouts"
target = "layouts"
[[module.mounts]]
source = "logo.png"
target = "assets/logo.png"
[[module.mounts]]
source = "whole"
target = "/static/"
"""


def test_hugo_static_folders_mounts_themes_and_assets(tmp_path: Path) -> None:
    files = {
        "hugo.toml": _HUGO_SETTINGS,
        "content/a.md": "---\ntitle: a\n---\n",
        "logo.png": "",
        **{f"{name}/x.png": "" for name in ("pictures", "shared", "icons", "layouts", "whole")},
        "themes/here/static/t.png": "",
        "themes/here/assets/t.png": "",
    }
    places = _places(tmp_path, files)
    assert _plain(places, tmp_path) == {
        "folders": [
            ("", "static"),
            ("", "public_files"),
            ("", "static_fr"),
            ("", "static_de"),
            ("", "static_de2"),
            ("", "content"),
            ("img/dogs/", "pictures"),
            ("", "whole"),
            ("", "themes/here/static"),
            ("", "res"),
            ("", "shared"),
            ("", "themes/here/assets"),
        ],
        "files": {"brand/logo.png": "logo.png"},
        "patterns": [],
        "tree": [],
        "unknown": ["gone/"],
        "plugin": False,
    }
    assert places.resources == [
        tmp_path / "res",
        tmp_path / "shared",
        tmp_path / "themes/here/assets",
    ]
    assert places.elsewhere == [tmp_path]
    assert _sources(places, tmp_path, "brand/logo.png")[0] == (".", "logo.png")


def test_hugo_defaults_and_a_theme_not_fetched(tmp_path: Path) -> None:
    files = {
        "hugo.toml": 'title = "x"\ntheme = "gone"\n',
        "content/a.md": "---\ntitle: a\n---\n",
        "themes/gone/.keep": "",  # a theme's folder with a file is there ...
    }
    places = _places(tmp_path, files)
    assert _plain(places, tmp_path)["folders"] == [
        ("", "static"),
        ("", "content"),
        ("", "themes/gone/static"),
        ("", "assets"),
        ("", "themes/gone/assets"),
    ]
    assert places.unknown == []
    (tmp_path / "themes" / "gone" / ".keep").unlink()  # ... an empty one is not
    assert places_for(Site.open(tmp_path)).unknown == [""]


def test_hugo_mount_lists_that_are_no_tables_are_passed_over(tmp_path: Path) -> None:
    files = {
        "hugo.yaml": "title: x\nmodule:\n  mounts:\n    - static\n    - source: pics\n"
        "      target: static/p\n",
        "content/a.md": "---\ntitle: a\n---\n",
        "pics/a.png": "",
    }
    places = _places(tmp_path, files)
    assert ("p/", tmp_path / "pics") in places.folders and places.unknown == []


def test_eleventy_globs_with_stars_and_braces_inside_names(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        '  c.addPassthroughCopy("src/docs/a**.png");\n'
        '  c.addPassthroughCopy("src/x/{a,b}.{png,gif}");\n'
        '  c.addPassthroughCopy({ "assets/icons/*.svg": "deep/icons" });\n',
        {"src/docs/a.png": "", "src/x/a.png": "", "assets/icons/i.svg": ""},
    )
    assert _plain(places, tmp_path)["patterns"] == [
        ("docs/a.*\\.png", "src/docs"),
        ("x/(?:a|b)\\.(?:png|gif)", "src/x"),
        ("deep/icons/[^/]*\\.svg", "assets/icons"),
    ]
    assert _sources(places, tmp_path, "deep/icons/i.svg") == [("assets/icons", "i.svg")]


def test_eleventy_call_with_an_escaped_quote_before_its_end(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path, '  c.addPassthroughCopy("src/a\\"");\n  c.addPassthroughCopy("src/img");\n'
    )
    assert places.unknown == ['a/"', "img"]  # each read to its end: folders not there


def test_eleventy_escaped_quote_after_a_comment_with_an_apostrophe(tmp_path: Path) -> None:
    """An escaped quote inside a call's text, after a comment with an apostrophe: read to its
    closing quote."""
    places = _eleventy(
        tmp_path,
        "  /* don't copy the drafts */\n"
        '  c.addPassthroughCopy("src/a\\"b");\n  c.addPassthroughCopy("src/img");\n',
        {"src/img/x.png": ""},
    )
    assert places.unknown == ['a/"b']
    assert _plain(places, tmp_path)["folders"] == [("img/", "src/img")]


def test_eleventy_escaped_quote_is_read_on_from_there_not_from_the_files_start(
    tmp_path: Path,
) -> None:
    """After a backslash in a quoted text the call is read on from the next character. Read
    again from the file's start (still inside a quote), the quote of `"Notes, and more"` would
    close one, and its comma end the argument: an empty one, built by code (all unknown)."""
    places = _places(
        tmp_path,
        {
            "eleventy.config.js": 'const title = "Notes, and more";\n'
            "module.exports = function (c) {\n"
            '  c.addPassthroughCopy("src/a\\"b");\n  c.addPassthroughCopy("src/img");\n'
            '  return { dir: { input: "src" } };\n};\n',
            "src/index.md": "---\ntitle: x\n---\n",
            "src/img/x.png": "",
        },
    )
    assert places.unknown == ['a/"b']
    assert _plain(places, tmp_path)["folders"] == [("img/", "src/img")]


def test_eleventy_copies_written_without_spaces_and_with_marks_inside(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path,
        '  c.addPassthroughCopy({"assets/pics":"images","assets/one.png":"one.png"});\n'
        '  c.addPassthroughCopy({[path.join(a, "b:c")]: "lib"});\n'
        '  c.addPassthroughCopy("src/a,b(c)");\n',
        {"assets/pics/dog.png": "", "assets/one.png": "", "src/a,b(c)/x.png": ""},
    )
    assert _plain(places, tmp_path) == {
        "folders": [("images/", "assets/pics"), ("a,b(c)/", "src/a,b(c)")],
        "files": {"one.png": "assets/one.png"},
        "patterns": [],
        "tree": [],
        "unknown": ["lib/"],
        "plugin": False,
    }


def test_eleventy_copy_call_cut_off_at_the_end_of_the_file(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        {
            "eleventy.config.js": 'module.exports = (c) => c.addPassthroughCopy("src/img"',
            "src/img/a.png": "",
        },
    )
    assert places.unknown == [""] and places.folders == []


def test_eleventy_copy_to_a_name_holding_a_colon(tmp_path: Path) -> None:
    places = _eleventy(
        tmp_path, '  c.addPassthroughCopy({ "assets/pics": "a:b" });\n', {"assets/pics/x.png": ""}
    )
    assert _plain(places, tmp_path)["folders"] == [("a:b/", "assets/pics")]
    assert places.unknown == []


def test_a_folder_of_no_known_generator_judges_nothing(tmp_path: Path) -> None:
    places = _places(tmp_path, {"index.md": "---\ntitle: x\n---\n![a](/img/a.png)\n"})
    assert places == Places(None, unknown=[""])


def test_jekyll_source_folder_is_what_is_published(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        {"_config.yml": "title: x\nsource: site\n", "site/index.md": "---\ntitle: x\n---\n"},
    )
    assert _plain(places, tmp_path)["folders"] == [("", "site")]


def test_hugo_language_written_as_a_word_is_passed_over(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        {
            "hugo.yaml": "title: x\nlanguages:\n  en: English\n",
            "content/a.md": "---\ntitle: a\n---\n",
        },
    )
    assert _plain(places, tmp_path)["folders"] == [("", "static"), ("", "content"), ("", "assets")]
