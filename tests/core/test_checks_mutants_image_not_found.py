"""`image-not-found` on small planted sites (`checks/body_images.py`), pinned line by line.

Each test writes a page of image addresses on a tiny site and pins which lines are told,
with their exact message: the addresses judged and those left alone, the near miss offered,
the folder named.

Surviving mutants named as equivalent (no test can tell them apart):
- Memo keys and caches: the names of `ctx.fact`'s memos ("image_places",
  "body_image_lookups", any spelling keeps one memo a site) and the lookups' memo asked for
  `None` (each address only worked out again: slower, same answer).
- `_base_path`'s `getattr` defaults and its generator test: only a Jekyll site's `config`
  holds settings (a Hugo or Eleventy site's is empty), and every site has a generator.
- `_label` joining a label's words with another separator: the definitions and the images
  are read by the same function, so they match the same.
- `_path_of`: `<>` stripped with other characters (the readers already remove them), an
  address starting with `#` or `?` (the split leaves an empty path: not judged either way),
  `split` with another or no limit (the first part is the same).
- `_page_images` reading a page with `url` but no `{{` the second way too (the same images).
- `_tries`: `..` spelt otherwise and `not wanted and ...` (an absolute address, normalised,
  never starts with `..`; an empty one has no place, so is not judged either way).
- `_Finder.has`, `_Finder.missing`, `_message`: a folder path split with another character or
  none (`os.path.join` and `joinpath` read `a/b` as two names on POSIX), `or True` before an
  empty parent (`folder/""` lists the same folder); the relative folder stripped of other
  characters (`ctx.rel` gives no `/` at its ends).
- `_Finder.closest` answering a path identical to the one written: it is asked only when
  that path is missing, so some name differs.
- `_fixed`'s last name taken with another limit (`rsplit("/", 2)`, none, index `+1`): the
  last name is the same.
- `_wanted`'s `or` for `and`: screens that let more pages be read (only slower).
- `_look`: `first` starting as None (`first or ...` treats None as the empty list). (Its
  `break` after a file left out is caught since `exclude:` is read: a file left out of the
  source folder may be published by a collection, `test_checks_mutants_image_not_found_sources`.)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks.problem import WARNING
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site

CODE = "image-not-found"
GONE = "will be missing from the page"


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _told(root: Path, rel: str) -> dict[int, str]:
    problems = validate_site(Site.open(root), only=[root / rel], content=False)
    found = [p for p in problems if p.code == CODE]
    assert all(p.severity == WARNING and p.field is None for p in found)
    assert len({p.line for p in found}) == len(found)  # one report a line
    return {p.line: p.message for p in found}


def _jekyll(root: Path, body: list[str], config: str = "title: x\n") -> dict[int, str]:
    """The page's told lines, numbered from the body's first line (1)."""
    _write(
        root,
        {
            "_config.yml": config,
            "img/cat.png": "png",
            "img/dog.png": "png",
            "top.png": "png",
            "index.md": "---\ntitle: Home\n---\n" + "\n".join(body) + "\n",
        },
    )
    return {line - 3: message for line, message in _told(root, "index.md").items()}


def test_addresses_as_written_are_read_as_the_server_reads_them(tmp_path: Path) -> None:
    told = _jekyll(
        tmp_path,
        [
            "![a]( /img/cat.png )",  # 1 spaces inside the brackets: there
            "![a](</img/cat.png>)",  # 2 in <>: there
            "![a](/img/c%61t.png)",  # 3 escaped: there
            "![a](/img/cat.png#top)",  # 4
            "![a](?v=1)",  # 5 a query alone: not judged
            "![a](C:\\pics\\cat.png)",  # 6 a computer path: not judged
            "![a](/img/)",  # 7 a folder: not judged
            "![a](/img/%00.png)",  # 8 a null character: not judged
            "![a](/img/catt.png)",  # 9
            "![a](/top.pgn)",  # 10 the site's own folder
            "![a](/nowhere/deeper/cat.png)",  # 11 no such folder
            "![a](/img/zzzzqqqq.png)",  # 12 nothing near
            '<IMG SRC="/img/cta.png">',  # 13 HTML in capitals
            "![a](/img/catt.png) ![b](/img/catt.png)",  # 14 the same twice: told once
            "![a](/img/Cat.png)",  # 15 capitals differ (published sites are case-sensitive)
            "![a](/img/cat.png?/x)",  # 16
            "![a](/..)",  # 17 above the site
            "![a](/.)",  # 18 the site itself
        ],
    )
    assert told == {
        9: f"The image '/img/catt.png' {GONE}: there is no file 'catt.png' in img/. "
        "Did you mean '/img/cat.png'?",
        10: f"The image '/top.pgn' {GONE}: there is no file 'top.pgn' in the site's folder. "
        "Did you mean '/top.png'?",
        11: f"The image '/nowhere/deeper/cat.png' {GONE}: there is no folder "
        "nowhere/deeper/. Check the name, or add the file there.",
        12: f"The image '/img/zzzzqqqq.png' {GONE}: there is no file 'zzzzqqqq.png' in img/. "
        "Check the name, or add the file there.",
        13: f"The image '/img/cta.png' {GONE}: there is no file 'cta.png' in img/. "
        "Did you mean '/img/cat.png'?",
        14: f"The image '/img/catt.png' {GONE}: there is no file 'catt.png' in img/. "
        "Did you mean '/img/cat.png'?",
        15: f"The image '/img/Cat.png' {GONE}: there is no file 'Cat.png' in img/. "
        "Did you mean '/img/cat.png'?",
    }


def test_site_templates_around_addresses(tmp_path: Path) -> None:
    told = _jekyll(
        tmp_path,
        [
            "![a]({{ site.url }}{{ site.baseurl }}/img/catt.png)",  # 1
            "![a]({{- site.baseurl -}}/img/cat.png)",  # 2 there
            '![a]({{ "/img/dgo.png" | absolute_url }})',  # 3
            "![a]({{ '/img/cat.png' | relative_url }})",  # 4 there
            '<img src="{{ site.baseurl }}/img/dgo.png">',  # 5
            '<img src="{{ page.pic }}">',  # 6 built by the page: not judged
            "Text {{ site.title }} and ![a](/img/cta.png)",  # 7 a template elsewhere
        ],
    )
    assert sorted(told) == [1, 3, 5, 7]
    assert told[1].startswith("The image '/img/catt.png' ")  # as the template prints it
    assert told[1].endswith("Did you mean '/img/cat.png'?")
    assert told[3].endswith("no file 'dgo.png' in img/. Did you mean '/img/dog.png'?")
    assert told[5].endswith("no file 'dgo.png' in img/. Did you mean '/img/dog.png'?")
    assert told[7].endswith("Did you mean '/img/cat.png'?")


def test_reference_style_images_by_their_label(tmp_path: Path) -> None:
    told = _jekyll(
        tmp_path,
        [
            "![The  Cat][Big CAT] ![dog] ![Pup][]",  # 1
            "",
            "[big cat]: /img/catt.png",  # 3 labels match whatever their case and spaces
            "[dog]: </img/dgo.png>",  # 4
            "[pup]: /img/pup.png",  # 5
            "[big cat]: /img/cat.png",  # 6 a second definition: the first counts
            "[unused]: /img/nothing.png",  # 7 no image uses it
            "```",
            "[dog]: /img/dog.png",  # 9 in an example: no definition
            "```",
        ],
    )
    assert sorted(told) == [3, 4, 5]
    assert "'/img/dgo.png'" in told[4]


def test_jekyll_include_and_hidden_names(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_shared/pic.png": "png",
            "_pics/one.png": "png",
            "_pics/two.png": "png",
            ".well/pic.png": "png",
            "_private/pic.png": "png",
            "assets/_inner/pic.png": "png",
        },
    )
    told = _jekyll(
        tmp_path,
        [
            "![a](/_shared/pic.png)",  # 1 included by its folder
            "![a](/_pics/one.png)",  # 2 a file named, in a folder left out: left out
            "![a](/_pics/two.png)",  # 3
            "![a](/.well/pic.png)",  # 4
            "![a](/_private/pic.png)",  # 5
            "![a](/_private/pics.png)",  # 6 hidden and not there: a near miss
            "![a](/assets/_inner/pic.png)",  # 7 included by its path
        ],
        config="title: x\ninclude: [/_shared/, _pics/one.png, assets/_inner]\n",
    )
    hidden = (
        "Jekyll does not publish files or folders whose names start with '_' or '.'. "
        "Move the file to a folder such as assets/ and change the address."
    )
    assert told == {
        2: f"The image '/_pics/one.png' {GONE}: {hidden}",
        3: f"The image '/_pics/two.png' {GONE}: {hidden}",
        4: f"The image '/.well/pic.png' {GONE}: {hidden}",
        5: f"The image '/_private/pic.png' {GONE}: {hidden}",
        6: f"The image '/_private/pics.png' {GONE}: there is no file 'pics.png' in _private/. "
        "Did you mean '/_private/pic.png'?",
    }


def test_jekyll_page_relative_addresses(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_config.yml": "title: x\n",
            "docs/guide.md": "---\ntitle: Guide\npermalink: /guide/\n---\n"
            "![a](../img/cat.png)\n"  # 5 /img/cat.png: there
            "![a](../img/catt.png)\n"  # 6
            "![a](pic.png)\n"  # 7 /guide/pic.png: beside the page on disk, not told
            "![a](../../../img/cat.png)\n"  # 8 above the site: /img/cat.png all the same
            "![a](sub/../pics.png)\n",  # 9
            "docs/pic.png": "png",
            "img/cat.png": "png",
        },
    )
    told = _told(tmp_path, "docs/guide.md")
    assert sorted(told) == [6, 9]
    assert told[6].endswith("no file 'catt.png' in img/. Did you mean '../img/cat.png'?")
    assert told[9].endswith("there is no folder guide/. Check the name, or add the file there.")


def test_jekyll_base_path_read_from_the_settings(tmp_path: Path) -> None:
    told = _jekyll(
        tmp_path,
        ["![a](/docs/img/cat.png)", "![a](/docs/img/catt.png)", "![a](/img/catt.png)"],
        config='title: x\nbaseurl: " /docs/ "\n',
    )
    assert told == {
        2: f"The image '/docs/img/catt.png' {GONE}: there is no file 'catt.png' in img/. "
        "Did you mean '/docs/img/cat.png'?",
        3: f"The image '/img/catt.png' {GONE}: there is no file 'catt.png' in img/. "
        "Did you mean '/img/cat.png'?",
    }


def test_near_miss_folder_by_folder(tmp_path: Path) -> None:
    _write(tmp_path, {"assets/Photos/2024/cat.png": "png"})
    told = _jekyll(
        tmp_path,
        [
            "![a](/assets/photos/2024/cat.png)",  # 1 a folder's capitals
            "![a](/assets/Photos/zzzzqqqq/cat.png)",  # 2 no near folder
            "![a](/assets/Photoss/2024/catt.png)",  # 3 two misses
        ],
    )
    assert told[1].endswith(
        "there is no folder assets/photos/2024/. Did you mean '/assets/Photos/2024/cat.png'?"
    )
    assert told[2].endswith(
        "there is no folder assets/Photos/zzzzqqqq/. Check the name, or add the file there."
    )
    assert told[3].endswith("Did you mean '/assets/Photos/2024/cat.png'?")


# -- Hugo and Eleventy ------------------------------------------------------------------------


def test_hugo_bundle_images_and_render_hook_resources(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "hugo.toml": 'title = "x"\n',
            "assets/images/chart.png": "png",
            "static/img/cat.png": "png",
            "content/posts/trip/cover.png": "png",
            "content/posts/trip/index.md": "---\ntitle: Trip\n---\n"
            "![a](cover.png)\n"  # 4 the bundle's own
            "![a](covr.png)\n"  # 5
            "![a](images/chart.png)\n"  # 6 assets/: the render hook finds it
            "![a](./images/chrt.png)\n"  # 7
            "![a](../x.png)\n"  # 8 out of the bundle: not judged
            "![a](.)\n"  # 9
            "![a](/img/cat.png)\n",  # 10
        },
    )
    told = _told(tmp_path, "content/posts/trip/index.md")
    assert told == {
        5: f"The image 'covr.png' {GONE}: there is no file 'covr.png' in content/posts/trip/. "
        "Did you mean 'cover.png'?",
        7: f"The image './images/chrt.png' {GONE}: there is no folder content/posts/trip/images/. "
        "Check the name, or add the file there.",
    }


def test_eleventy_image_plugin_reads_beside_the_page(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "eleventy.config.js": "module.exports = (c) => { c.addPlugin(eleventyImageTransformPlugin);"
            " return { dir: { input: 'src' } }; };\n",
            "src/blog/cat.png": "png",
            "src/blog/post.md": "---\ntitle: Post\n---\n"
            "![a](cat.png)\n![a](catt.png)\n![a](../blog/cat.png)\n![a](/blog/catt.png)\n",
        },
    )
    told = _told(tmp_path, "src/blog/post.md")
    assert told == {
        5: f"The image 'catt.png' {GONE}: there is no file 'catt.png' in src/blog/. "
        "Did you mean 'cat.png'?",
        7: f"The image '/blog/catt.png' {GONE}: there is no file 'catt.png' in src/blog/. "
        "Did you mean '/blog/cat.png'?",
    }


def test_pages_with_only_html_images_in_capitals_are_read(tmp_path: Path) -> None:
    _write(tmp_path, {"_config.yml": "title: x\n", "img/cat.png": "png"})
    for n, tag in enumerate(("<IMG SRC", "<Img src", "<img src")):
        _write(tmp_path, {f"p{n}.md": f'---\ntitle: P\n---\n{tag}="/img/catt.png">\n'})
        assert list(_told(tmp_path, f"p{n}.md")) == [4], tag


def test_more_addresses_the_server_reads_its_own_way(tmp_path: Path) -> None:
    _write(tmp_path, {"Xrays/scan.png": "png"})
    told = _jekyll(
        tmp_path,
        [
            '<img src="img\\catt.png">',  # 1 a backslash: a computer path, not judged
            "![a](/img/cat.png?a=1?b=2)",  # 2 the query is all after the first '?'
            "![a](/img/cat.png#a#b)",  # 3 the anchor is all after the first '#'
            "![a](/nofolder/)",  # 4 a folder: not judged
            "![a](/Xrays/scan.png)",  # 5 there
            "![a](/Xrays/scn.png)",  # 6
        ],
    )
    assert told == {
        6: f"The image '/Xrays/scn.png' {GONE}: there is no file 'scn.png' in Xrays/. "
        "Did you mean '/Xrays/scan.png'?",
    }


def test_near_miss_prefers_the_same_name_in_other_capitals(tmp_path: Path) -> None:
    _write(tmp_path, {"assets/Photos/2024/cat.png": "png", "assets/photo/.keep": ""})
    told = _jekyll(tmp_path, ["![a](/assets/photos/2024/cat.png)"])
    assert told[1].endswith("Did you mean '/assets/Photos/2024/cat.png'?")


def test_reference_definition_after_a_blank_line(tmp_path: Path) -> None:
    told = _jekyll(tmp_path, ["", "![The cat][cat]", "", "[cat]: /img/catt.png"])
    assert list(told) == [4]


def test_jekyll_page_relative_addresses_from_a_page_address_ending_in_a_file(
    tmp_path: Path,
) -> None:
    _write(
        tmp_path,
        {
            "_config.yml": "title: x\n",
            "top.png": "png",
            "guide/deep/pic.png": "png",
            "docs/a.md": "---\ntitle: A\npermalink: /guide/page.html\n---\n![a](pic.pgn)\n",
            "docs/b.md": "---\ntitle: B\npermalink: /page.html\n---\n![a](top.pgn)\n",
            "docs/c.md": "---\ntitle: C\npermalink: /guide/deep/\n---\n![a](pic.pgn)\n",
        },
    )
    assert _told(tmp_path, "docs/a.md") == {
        5: f"The image 'pic.pgn' {GONE}: there is no file 'pic.pgn' in guide/. "
        "Check the name, or add the file there."
    }
    assert _told(tmp_path, "docs/b.md") == {
        5: f"The image 'top.pgn' {GONE}: there is no file 'top.pgn' in the site's folder. "
        "Did you mean 'top.png'?"
    }
    # The near miss of a path below the page's address: its own last name, put right.
    assert _told(tmp_path, "docs/c.md") == {
        5: f"The image 'pic.pgn' {GONE}: there is no file 'pic.pgn' in guide/deep/. "
        "Did you mean 'pic.png'?"
    }


def test_jekyll_output_collections_publish_their_files(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_projects/pic.png": "png",
            "_people/pic.png": "png",
            "_posts/pic.png": "png",
            "_drafts/pic.png": "png",
        },
    )
    told = _jekyll(
        tmp_path,
        [
            "![a](/projects/pic.png)",  # 1 published from _projects/
            "![a](/projects/pics.png)",  # 2
            "![a](/people/pic.png)",  # 3 not an output collection
            "![a](/posts/pic.png)",  # 4 posts are published by date, not below /posts/
            "![a](/drafts/pic.png)",  # 5
        ],
        config="title: x\ncollections:\n  projects:\n    output: true\n  people:\n"
        "    output: false\n",
    )
    assert sorted(told) == [2, 3, 4, 5]
    assert told[2].startswith(f"The image '/projects/pics.png' {GONE}: ")
    # The near miss is the collection's published address, not '/_projects/pic.png'.
    assert told[2].endswith("Did you mean '/projects/pic.png'?")
    assert "there is no folder people/." in told[3]
    assert "there is no folder posts/." in told[4]


def test_jekyll_theme_named_by_theme_leaves_assets_unjudged(tmp_path: Path) -> None:
    told = _jekyll(
        tmp_path, ["![a](/assets/logo.png)", "![a](/img/catt.png)"], config="theme: minima\n"
    )
    assert list(told) == [2]


def test_hugo_branch_bundle_and_a_theme_not_fetched(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "hugo.toml": 'title = "x"\n',
            "content/posts/cover.png": "png",
            "content/posts/_index.md": "---\ntitle: Posts\n---\n![a](cover.png)\n![a](covr.png)\n",
        },
    )
    assert list(_told(tmp_path, "content/posts/_index.md")) == [5]
    _write(tmp_path, {"hugo.toml": 'title = "x"\ntheme = "elsewhere"\n'})
    assert _told(tmp_path, "content/posts/_index.md") == {}  # the theme's files are not known


def test_liquid_tags_and_page_addresses_it_cannot_follow(tmp_path: Path) -> None:
    told = _jekyll(tmp_path, ['<img src="{% link img/catt.png %}">', "![a](/img/catt.png)"])
    assert list(told) == [2]  # a Liquid tag builds the address: not judged
    _write(
        tmp_path,
        {"odd.md": "---\ntitle: Odd\npermalink: /a:b/\n---\n![a](catt.png)\n![a](/img/catt.png)\n"},
    )
    assert list(_told(tmp_path, "odd.md")) == [6]  # an address with ':' is not followed


def test_an_unsaved_page_leaves_relative_images_alone(tmp_path: Path) -> None:
    _write(tmp_path, {"_config.yml": "title: x\n", "img/cat.png": "png"})
    text = "---\ntitle: New\n---\n![a](img/catt.png)\n![a](/img/catt.png)\n"
    problems = validate_document(Document.from_text(text), Site.open(tmp_path), content=False)
    assert [p.line for p in problems if p.code == CODE] == [5]


def test_a_hidden_file_of_an_output_collection_is_told_as_hidden(tmp_path: Path) -> None:
    _write(tmp_path, {"_projects/_draft.png": "png"})
    told = _jekyll(
        tmp_path,
        ["![a](/projects/_draft.png)"],
        config="title: x\ncollections:\n  projects:\n    output: true\n",
    )
    assert told == {
        1: f"The image '/projects/_draft.png' {GONE}: Jekyll does not publish files or folders "
        "whose names start with '_' or '.'. Move the file to a folder such as assets/ and "
        "change the address."
    }
