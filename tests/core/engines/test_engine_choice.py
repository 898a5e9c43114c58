"""Each site is previewed with its generator's engine; `engine=` overrides it."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.engines import detect_generator, make_engine
from editor_app.core.render import Renderer
from editor_app.core.site import Site


@pytest.mark.parametrize(
    ("files", "generator"),
    [
        (["_config.yml"], "jekyll"),
        (["hugo.toml"], "hugo"),
        (["config.toml", "content/"], "hugo"),
        (["eleventy.config.js"], "eleventy"),
        ([".eleventy.js"], "eleventy"),
        (["config.toml"], None),  # no content folder: not a Hugo site
        ([], None),
    ],
)
def test_generator_is_known_from_its_configuration(
    tmp_path: Path, files: list[str], generator: str | None
) -> None:
    for name in files:
        if name.endswith("/"):
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_text("")
    assert detect_generator(tmp_path) == generator


@pytest.mark.parametrize(
    ("config", "engine", "quotes"),
    [
        ("_config.yml", "kramdown", "<p>“Hi” – there</p>\n"),
        ("eleventy.config.js", "markdown-it", "<p>&quot;Hi&quot; -- there</p>\n"),
    ],
)
def test_each_site_renders_with_its_own_engine(
    tmp_path: Path, config: str, engine: str, quotes: str
) -> None:
    (tmp_path / config).write_text("")
    renderer = Renderer(Site.open(tmp_path))
    assert renderer.engine.name == engine
    assert renderer.render_body('"Hi" -- there\n') == quotes


def test_engine_named_overrides_the_site(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("")
    renderer = Renderer(Site.open(tmp_path), engine="markdown-it")
    assert renderer.engine.name == "markdown-it"
    assert renderer.render_body("a | b\n") == "<p>a | b</p>\n"


def test_a_loose_file_renders_as_kramdown() -> None:
    assert make_engine(None).name == "kramdown"


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        make_engine(None, "pandoc")


def test_template_tags_follow_the_generator(tmp_path: Path) -> None:
    hugo = tmp_path / "hugo"
    hugo.mkdir()
    (hugo / "hugo.toml").write_text("")
    out = Renderer(Site.open(hugo)).render_body("{{< note >}}Hi{{< /note >}} and {{ .Title }}\n")
    assert out.count('class="liquid"') == 2
    assert "{{ .Title }}" in out  # Go templates in a Hugo page are plain text
    eleventy = tmp_path / "eleventy"
    eleventy.mkdir()
    (eleventy / "eleventy.config.js").write_text("")
    out = Renderer(Site.open(eleventy)).render_body("{% set x %}{# note #} {{ y }}\n")
    assert out.count('class="liquid"') == 2  # a Nunjucks comment prints nothing
    assert "note" not in out
    jekyll = tmp_path / "jekyll"
    jekyll.mkdir()
    (jekyll / "_config.yml").write_text("baseurl: /blog\n")
    out = Renderer(Site.open(jekyll)).render_body("[a]({{ site.baseurl }}/x) {{< y >}}\n")
    assert 'href="/blog/x"' in out
