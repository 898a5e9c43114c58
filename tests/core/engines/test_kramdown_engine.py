"""The kramdown engine follows the site's `kramdown:` options (checked against kramdown 2.4)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.engines.kramdown import KramdownEngine, read_kramdown_options
from editor_app.core.render import Renderer
from editor_app.core.site import Site


def test_jekylls_defaults_without_options() -> None:
    assert read_kramdown_options({}) == {}
    out = KramdownEngine().render('"Hi" it\'s\nnext\n\n## Head\n')
    assert out == '<p>“Hi” it’s\nnext</p>\n<h2 id="head">Head</h2>\n'


def test_smart_quotes_hard_wrap_and_auto_ids_as_kramdown_prints_them() -> None:
    engine = KramdownEngine(
        {"smart_quotes": "apos,apos,quot,quot", "hard_wrap": True, "auto_ids": False}
    )
    assert engine.render('"Hi" it\'s\nnext\n\n## Head\n') == (
        '<p>"Hi" it\'s<br />\nnext</p>\n<h2>Head</h2>\n'
    )
    guillemets = KramdownEngine({"smart_quotes": ["laquo", "raquo", "bdquo", "ldquo"]})
    assert guillemets.render("\"Hi\" 'x'\n") == "<p>„Hi“ «x»</p>\n"


def test_the_sites_config_is_read(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("kramdown:\n  hard_wrap: true\n", "utf-8")
    assert Renderer(Site.open(tmp_path)).render_body("a\nb\n") == "<p>a<br />\nb</p>\n"


def test_an_odd_smart_quotes_value_keeps_the_default() -> None:
    assert read_kramdown_options({"smart_quotes": "lsquo,rsquo"}) == {}
    assert read_kramdown_options({"smart_quotes": 5}) == {}
