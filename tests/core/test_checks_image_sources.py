"""`image-not-found` on the images read beyond `![..](..)` and `<img src>`, and on where
files are published beyond a generator's folders.

- Hugo's figure shortcode (`{{< figure src= >}}`, `{{% %}}`) and a site's own shortcode that
  takes a page or global resource by `src` (hugo-docs' `img`);
- each candidate of a `srcset` (`<img>`, `<source>`);
- Jekyll's `exclude:` (and its own list when the site names none; `include:` wins);
- Eleventy's `pathPrefix`.

On copies of the shared sites where they have the case (skipped without `../shared`), and on
small planted sites.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from shared_sites import shared_site_path
from site_copy_helpers import append_lines, writable_copy

from editor_app.core.checks.image_addresses import srcset_urls
from editor_app.core.checks.problem import WARNING, Problem
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CODE = "image-not-found"


def _copy(name: str, tmp_path: Path) -> Path:
    return writable_copy(shared_site_path(name), tmp_path)


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _found(root: Path, rel: str) -> dict[int, str]:
    """The page's `image-not-found` warnings, by line."""
    problems: list[Problem] = validate_site(Site.open(root), only=[root / rel], content=False)
    told = [p for p in problems if p.code == CODE]
    assert all(p.severity == WARNING and p.field is None for p in told)
    assert len({p.line for p in told}) == len(told)
    return {p.line: p.message for p in told}


# -- Hugo: figure and the site's image shortcodes ----------------------------------------------


def test_hugo_docs_figures_and_img_shortcodes_in_a_bundle(tmp_path: Path) -> None:
    root = _copy("hugo-docs", tmp_path)
    rel = "content/en/getting-started/external-learning-resources/index.md"
    first = append_lines(
        root / rel,
        [
            '{{< figure src="hugo-in-action.png" alt="Cover" >}}',  # the bundle's own file
            '{{< figure src="hugo-in-acton.png" alt="Cover" >}}',
            "{{% figure src=/images/examples/zion-national-park.jpg %}}",  # assets/ (global)
            "{{< figure",
            '  alt="Zion"',
            '  src="/images/examples/zion-national-prk.jpg"',  # told on its own line
            ">}}",
            '{{< figure src="https://example.com/nowhere.png" >}}',  # remote
            '{{< figure "nowhere.png" >}}',  # positional: Hugo's figure reads src by name only
            '{{</* figure src="nowhere.png" */>}}',  # an example
            '{{< img src="build-websites-with-hugo.png" alt="Cover" >}}',  # the site's own
            '{{< img src="./build-website-with-hugo.png" alt="Cover" filter="process" >}}',
            '{{< imgproc path="nowhere.png" spec="resize 300x" >}}',  # takes no src
            '{{< figure alt="src=nowhere.png" src="hugo-in-action.png" >}}',
            '`{{< figure src="nowhere.png" >}}` in a code span',
        ],
    )
    found = _found(root, rel)
    assert sorted(found) == [first + 1, first + 5, first + 11]
    assert found[first + 1] == (
        "The image 'hugo-in-acton.png' will be missing from the page: there is no file "
        "'hugo-in-acton.png' in content/en/getting-started/external-learning-resources/. "
        "Did you mean 'hugo-in-action.png'?"
    )
    assert "in assets/images/examples/" in found[first + 5]
    assert "Did you mean '/images/examples/zion-national-park.jpg'?" in found[first + 5]
    assert "Did you mean './build-websites-with-hugo.png'?" in found[first + 11]


def test_hugo_docs_figure_on_a_page_that_is_no_bundle(tmp_path: Path) -> None:
    root = _copy("hugo-docs", tmp_path)
    rel = "content/en/methods/resource/Fit.md"
    first = append_lines(
        root / rel,
        [
            '{{< figure src="nowhere.png" >}}',  # relative: depends on the page's address
            '{{< figure src="/images/gopher-hero.svg" >}}',  # static/images/
            '{{< figure src="/images/gopher-hreo.svg" >}}',
            # hugo-docs' img takes only a page or global resource (else the build stops):
            # on a page that is no bundle, a file of assets/
            '{{< img src="images/examples/zion-national-park.jpg" alt="Zion" >}}',
            '{{< img src="images/examples/zion-national-prk.jpg" alt="Zion" >}}',
            '{{< figure src="images/examples/zion-national-prk.jpg" >}}',  # else as written
        ],
    )
    found = _found(root, rel)
    assert sorted(found) == [first + 2, first + 4]
    assert "in static/images/. Did you mean '/images/gopher-hero.svg'?" in found[first + 2]
    assert found[first + 4] == (
        "The image 'images/examples/zion-national-prk.jpg' will be missing from the page: "
        "there is no file 'zion-national-prk.jpg' in assets/images/examples/. "
        "Did you mean 'images/examples/zion-national-park.jpg'?"
    )


def test_untouched_hugo_docs_img_shortcodes_on_pages_that_are_no_bundle() -> None:
    root = shared_site_path("hugo-docs")
    pages = sorted((root / "content" / "en" / "functions" / "images").glob("[A-Z]*.md"))
    assert len(pages) > 20
    texts = [p.read_text(encoding="utf-8") for p in pages]
    assert sum(t.count("{{< img") for t in texts) > 20  # each judged: all in assets/
    problems = validate_site(Site.open(root), only=pages, content=False)
    assert [p for p in problems if p.code == CODE] == []


def test_untouched_hugo_docs_figures_and_img_shortcodes_are_all_found() -> None:
    root = shared_site_path("hugo-docs")
    pages = [
        "content/en/shortcodes/figure.md",  # src="/images/examples/...": a global resource
        "content/en/getting-started/external-learning-resources/index.md",  # bundle's files
    ]
    problems = validate_site(Site.open(root), only=[root / p for p in pages], content=False)
    assert [p for p in problems if p.code == CODE] == []


def _hugo_site(root: Path, settings: str, body: str, files: dict[str, str]) -> None:
    _write(
        root,
        {
            "hugo.toml": settings,
            "static/img/cat.png": "png",
            "content/posts/first/index.md": "---\ntitle: First\n---\n\n" + body,
            **files,
        },
    )


def test_hugo_figure_from_static_mounts_and_the_bundle(tmp_path: Path) -> None:
    _hugo_site(
        tmp_path,
        'title = "x"\n[[module.mounts]]\nsource = "pictures"\ntarget = "static/dogs"\n'
        '[[module.mounts]]\nsource = "static"\ntarget = "static"\n',
        "{{< figure src=/img/cat.png >}}\n"
        "{{< figure src=/img/catt.png >}}\n"
        '{{< figure src="/dogs/rex.png" caption="Rex" >}}\n'
        '{{< figure src="/dogs/rx.png" caption="Rex" >}}\n'
        '{{< figure src="bird.png" >}}{{< figure src="brid.png" >}}\n'
        "{{< figure src=`bird.png` >}}\n",
        {"pictures/rex.png": "png", "content/posts/first/bird.png": "png"},
    )
    found = _found(tmp_path, "content/posts/first/index.md")
    assert sorted(found) == [6, 8, 9]
    assert "in static/img/. Did you mean '/img/cat.png'?" in found[6]
    assert "in pictures/. Did you mean '/dogs/rex.png'?" in found[8]
    assert "Did you mean 'bird.png'?" in found[9]


def test_hugo_resource_only_shortcodes_on_a_page_that_is_no_bundle(tmp_path: Path) -> None:
    strict = (
        '{{ with or (.Page.Resources.Get (.Get "src")) (resources.Get (.Get "src")) }}'
        '<img src="{{ .RelPermalink }}">{{ else }}{{ errorf "no %s" (.Get "src") }}{{ end }}'
    )
    lenient = (
        '{{ with resources.Get (.Get "src") }}<img src="{{ .RelPermalink }}">'
        '{{ else }}<img src="{{ .Get "src" }}">{{ end }}'
    )
    _write(
        tmp_path,
        {
            "hugo.toml": 'title = "x"\ntheme = "plain"\n[[module.mounts]]\nsource = "assets"\n'
            'target = "assets"\n[[module.mounts]]\nsource = "node_modules/icons"\n'
            'target = "assets/icons"\n',
            "assets/img/cat.png": "png",
            "content/posts/first.md": "---\ntitle: First\n---\n\n"
            '{{< strict src="img/cat.png" >}}\n{{< strict src="img/catt.png" >}}\n'
            '{{< lenient src="img/catt.png" >}}\n{{< strict src="icons/a.svg" >}}\n'
            '{{< themed src="img/catt.png" >}}\n{{< overridden src="img/catt.png" >}}\n',
            "layouts/shortcodes/strict.html": strict,
            "layouts/shortcodes/lenient.html": lenient,
            "layouts/shortcodes/overridden.html": lenient,
            "themes/plain/layouts/shortcodes/themed.html": strict,
            "themes/plain/layouts/shortcodes/overridden.html": strict,
        },
    )
    # lenient prints the address as written when no resource has it; icons/ comes from a
    # folder not there; the site's own overridden is lenient, whatever the theme's is.
    found = _found(tmp_path, "content/posts/first.md")
    assert sorted(found) == [6, 9]
    assert "in assets/img/. Did you mean 'img/cat.png'?" in found[6]


def test_hugo_themes_own_image_shortcode_is_read_and_others_are_not(tmp_path: Path) -> None:
    photo = '{{ with .Page.Resources.Get (.Get "src") }}<img src="{{ .RelPermalink }}">{{ end }}'
    video = '<video src="{{ .Get "src" }}"></video>'  # no resource looked up: not judged
    _hugo_site(
        tmp_path,
        'title = "x"\ntheme = "plain"\n',
        '{{< photo src="cat.png" >}}\n{{< photo src="catt.png" >}}\n'
        '{{< video src="nowhere.mp4" >}}\n{{< picture src="nowhere.png" >}}\n',
        {
            "content/posts/first/cat.png": "png",
            "themes/plain/layouts/shortcodes/photo.html": photo,
            "themes/plain/layouts/shortcodes/video.html": video,
            "layouts/_shortcodes/picture.html": photo.replace("Page.Resources", "resources"),
        },
    )
    found = _found(tmp_path, "content/posts/first/index.md")
    assert sorted(found) == [6, 8]
    assert "Did you mean 'cat.png'?" in found[6]


# -- srcset ------------------------------------------------------------------------------------


def test_srcset_candidates_of_img_and_source_on_a_jekyll_site(tmp_path: Path) -> None:
    root = _copy("connectedbydata", tmp_path)
    rel = "_resources/2024-02-29-governance-board-minutes.md"
    first = append_lines(
        root / rel,
        [
            '<img src="/assets/resources/2024-01-wales-tuc.png" alt="Wales TUC"',
            '     srcset="/assets/resources/2024-01-wales-tuc.png 1x,',
            '             /assets/resources/2024-01-wales-tc.png 2x">',
            "<picture>",
            '  <source media="(min-width: 800px)" '
            "srcset='/assets/resources/2023-03-31-governance-board.jpg 800w, "
            "/assets/resources/nowhere.jpg 1600w'>",
            '  <SOURCE SRCSET="https://example.com/a.png 1x, data:image/png;base64,AAAA 2x">',
            '  <source srcset="{{ site.baseurl }}/assets/resources/2024-01-wales-tuc.png 2x,'
            ' {{ page.image }} 3x">',
            '  <img src="/assets/resources/2024-01-wales-tuc.png" alt="Wales TUC">',
            "</picture>",
            '`<img srcset="/assets/nowhere.png 2x">` in a code span',
            '<img alt="TUC" srcset="{{ site.baseurl }}/assets/resources/2024-01-wales-tuc.pn">',
        ],
    )
    found = _found(root, rel)
    # a candidate is told on its tag's srcset line
    assert sorted(found) == [first + 1, first + 4, first + 10]
    assert "Did you mean '/assets/resources/2024-01-wales-tuc.png'?" in found[first + 1]
    assert found[first + 4].startswith("The image '/assets/resources/nowhere.jpg' will be")
    assert "Did you mean '/assets/resources/2024-01-wales-tuc.png'?" in found[first + 10]


def test_untouched_eleventy_page_with_remote_srcsets_and_a_planted_local_one(
    tmp_path: Path,
) -> None:
    root = _copy("eleventy-website", tmp_path)
    rel = "src/blog/2021-10-08-11ties.md"
    assert _found(root, rel) == {}  # its <source srcset> are remote
    first = append_lines(
        root / rel, ['<img srcset="/img/logo.svg 1x, /img/lgo.svg 2x" alt="11ty">']
    )
    found = _found(root, rel)
    assert list(found) == [first]
    assert "in src/img/. Did you mean '/img/logo.svg'?" in found[first]


@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[a-z0-9/._%-]{1,12}", fullmatch=True).filter(
                lambda u: not u.endswith(",")
            ),
            st.sampled_from(["", " 1x", " 2x", " 1.5x", " 480w", "  800w ", " 1x 2y"]),
        ),
        min_size=1,
        max_size=5,
    ),
    # (a comma right before the next address would make one address of both)
    st.sampled_from([", ", " ,\n  ", ",\t", " , "]),
)
def test_srcset_gives_each_candidates_address_without_its_descriptors(
    candidates: list[tuple[str, str]], between: str
) -> None:
    value = between.join(url + descriptor for url, descriptor in candidates)
    assert srcset_urls(" " + value + " ") == [url for url, _ in candidates]


def test_srcset_edges_as_the_html_standard_splits_them() -> None:
    assert srcset_urls("a.png,b.png 2x") == ["a.png,b.png"]  # no space: one address
    assert srcset_urls("a.png, b.png") == ["a.png", "b.png"]
    assert srcset_urls("a.png,, b.png 2x,") == ["a.png", "b.png"]
    assert srcset_urls("a.png 1x (x, y), b.png") == ["a.png", "b.png"]  # a comma in brackets
    assert srcset_urls(",,  ") == []


# -- Jekyll's exclude: -------------------------------------------------------------------------


def test_opensource_guide_excluded_folders_and_globs_are_not_published(tmp_path: Path) -> None:
    root = _copy("opensource-guide", tmp_path)
    _write(
        root,
        {"docs/shot.png": "png", "Gemfile-shot.png": "png", "documents/shot.png": "png"},
    )
    rel = "_articles/how-to-contribute.md"
    first = append_lines(
        root / rel,
        [
            "![Shot](/docs/shot.png)",  # exclude: docs
            "![Shot](/Gemfile-shot.png)",  # exclude: Gemfile*
            "![Shot](/documents/shot.png)",  # a folder whose name only starts like it
            "![Shot](/docs/shto.png)",
        ],
    )
    found = _found(root, rel)
    assert sorted(found) == [first, first + 1, first + 3]
    assert found[first] == (
        "The image '/docs/shot.png' will be missing from the page: the site's settings leave "
        "'docs' out of the published site (exclude: in _config.yml). Move the file to a "
        "folder that is published and change the address, or take it off that list."
    )
    assert "leave 'Gemfile*' out of the published site" in found[first + 1]
    # A near miss in an excluded folder is no address to advise.
    assert found[first + 3].endswith(
        "there is no file 'shto.png' in docs/. Check the name, or add the file there."
    )


def _jekyll_site(root: Path, settings: str, body: str, files: dict[str, str]) -> None:
    _write(
        root,
        {"_config.yml": settings, "index.md": "---\ntitle: Home\n---\n\n" + body, **files},
    )


def test_jekyll_include_wins_over_exclude(tmp_path: Path) -> None:
    _jekyll_site(
        tmp_path,
        'title: x\nexclude: [drafts, "*.psd", shared]\ninclude: [logo.psd, shared]\n',
        "![A](/img/cat.psd)\n![B](/img/logo.psd)\n![C](/shared/a.png)\n"
        "![D](/drafts/logo.psd)\n![E](/img/dog.png)\n",
        {
            "img/cat.psd": "x",
            "img/logo.psd": "x",
            "shared/a.png": "x",
            "drafts/logo.psd": "x",
            "img/dog.png": "x",
        },
    )
    found = _found(tmp_path, "index.md")
    # *.psd leaves cat.psd out, not logo.psd (include: names it); shared is on both lists;
    # drafts/ is left out as a whole, logo.psd inside it too.
    assert sorted(found) == [5, 8]
    assert "leave '*.psd' out" in found[5]
    assert "leave 'drafts' out" in found[8]


def test_jekyll_own_excludes_apply_when_the_site_names_none(tmp_path: Path) -> None:
    files = {"node_modules/pkg/logo.png": "x", "vendor/bundle/a.png": "x", "vendor/b.png": "x"}
    body = "![A](/node_modules/pkg/logo.png)\n![B](/vendor/bundle/a.png)\n![C](/vendor/b.png)\n"
    _jekyll_site(tmp_path, "title: x\n", body, files)
    found = _found(tmp_path, "index.md")
    assert sorted(found) == [5, 6]
    assert found[5] == (
        "The image '/node_modules/pkg/logo.png' will be missing from the page: Jekyll leaves "
        "'node_modules' out of the published site. Move the file to a folder such as assets/ "
        "and change the address."
    )
    # The site's own list replaces Jekyll's (as Jekyll 3 reads it): not judged then.
    _jekyll_site(tmp_path, "title: x\nexclude: [docs]\n", body, files)
    assert _found(tmp_path, "index.md") == {}


def test_jekyll_excluded_collection_file(tmp_path: Path) -> None:
    _jekyll_site(
        tmp_path,
        "title: x\ncollections:\n  projects:\n    output: true\nexclude: [_projects/raw]\n",
        "![A](/projects/raw/a.png)\n![B](/projects/ok/a.png)\n",
        {"_projects/raw/a.png": "x", "_projects/ok/a.png": "x"},
    )
    found = _found(tmp_path, "index.md")
    assert list(found) == [5]
    assert "leave '_projects/raw' out" in found[5]


# -- Eleventy's pathPrefix ---------------------------------------------------------------------


def test_eleventy_website_with_a_path_prefix(tmp_path: Path) -> None:
    root = _copy("eleventy-website", tmp_path)
    config = root / "eleventy.config.js"
    text = config.read_text(encoding="utf-8")
    assert "export const config = {\n" in text
    config.write_text(
        text.replace(
            "export const config = {\n", 'export const config = {\n\tpathPrefix: "/docs/",\n'
        ),
        encoding="utf-8",
    )
    rel = "src/blog/2019-12-19-logo-homage.md"
    first = append_lines(
        root / rel,
        [
            "![Possum](/docs/img/possum-balloon-original.png)",
            "![Possum](/docs/img/possum-baloon-original.png)",
            "![Possum](/img/possum-balloon-original.png)",  # as written without it: still there
        ],
    )
    found = _found(root, rel)
    assert list(found) == [first + 1]
    assert "in src/img/. Did you mean '/docs/img/possum-balloon-original.png'?" in found[first + 1]


def test_eleventy_path_prefix_in_the_returned_settings(tmp_path: Path) -> None:
    body = "![Cat](/blog/img/cat.png)\n![Cat](/blog/img/catt.png)\n![Cat](/img/catt.png)\n"
    files = {"src/img/cat.png": "x", "src/index.md": "---\ntitle: Home\n---\n\n" + body}
    config = (
        'module.exports = function (c) {\n  c.addPassthroughCopy("src/img");\n'
        "  return { pathPrefix: '/blog/', dir: { input: \"src\" } };\n};\n"
    )
    _write(tmp_path, {"eleventy.config.js": config, **files})
    found = _found(tmp_path, "src/index.md")
    assert sorted(found) == [6, 7]
    assert "Did you mean '/blog/img/cat.png'?" in found[6]
    # Without it, /blog/img/... is copied by nothing known: not judged.
    _write(tmp_path, {"eleventy.config.js": config.replace("pathPrefix: '/blog/', ", "")})
    assert sorted(_found(tmp_path, "src/index.md")) == [7]
