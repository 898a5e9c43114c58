"""Eleventy values the preview prints or decides on, at their edges: a whole float prints as
JavaScript prints it ('2', not '2.0'), null as nothing, a boolean as 'true'; an empty list or
object is true in `{% if %}` (JavaScript and Liquid alike); global data with a folder of the
same name beside its file is not known (Eleventy merges them); a `.11ty.js` template's
fileSlug leaves out its whole extension; a `date:` that is no date is not the path's date."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.engines.eleventy_navigation import collection_date
from editor_app.core.engines.eleventy_script_data import UNKNOWN
from editor_app.core.engines.eleventy_values import PageValues, printed, truthy
from editor_app.core.site_eleventy import file_path_stem, file_slug


def test_values_print_as_javascript_prints_them() -> None:
    assert printed(2.0) == "2"
    assert printed(2.5) is None
    assert printed(None) == ""
    assert printed(True) == "true" and printed(False) == "false"


def test_an_empty_list_or_object_is_true() -> None:
    assert truthy([]) is True and truthy({}) is True
    assert truthy("") is False and truthy(UNKNOWN) is None


def test_global_data_beside_a_folder_of_its_name_is_not_known(tmp_path: Path) -> None:
    data = tmp_path / "_data"
    data.mkdir()
    (data / "site.json").write_text('{"name": "Eleventy"}')
    (data / "links.json").write_text('{"home": "/"}')
    (data / "site").mkdir()
    (data / "site" / "extra.json").write_text('{"more": 1}')
    values = PageValues(page={}, data={}, data_folder=data)
    assert values.value("links.home") == "/"
    assert values.value("site.name") is UNKNOWN


def test_a_javascript_templates_file_slug_leaves_out_its_extension(tmp_path: Path) -> None:
    source = tmp_path / "src"
    assert file_slug(source, source / "feed" / "2020-01-02-rss.11ty.js") == "rss"
    assert file_path_stem(source, source / "feed" / "rss.11ty.cjs") == "/feed/rss"


def test_a_date_that_is_no_date_is_not_the_paths_date() -> None:
    assert collection_date(None, "blog/2020-01-02-x.md") is not None
    assert collection_date(42, "blog/2020-01-02-x.md") is None
    assert collection_date(["2020-01-02"], "blog/2020-01-02-x.md") is None
