"""Edges of Hugo's addresses that the templates compared with `hugo` elsewhere do not reach:
a page below a folder with no `_index` page (its section is the top folder), an index past
the sections (`hugo` stops: the address is unknown here, never a crash of Check), a layout
word that is none of Go's (`:Janet`: `hugo` refuses the template), a day Go pads with a
space (`:_2` on the 5th), and an alias going up to the site's root."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path, PurePosixPath

from editor_app.core.hugo_addresses import (
    TemplateValues,
    filled_template,
    hugo_alias_address,
    template_values,
)
from editor_app.core.hugo_urlize import path_settings
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

HEADER = {"title": "Hello World", "date": "2024-03-05", "slug": "the-slug"}


def _site(root: Path, template: str, rel: str, indexed: list[str]) -> Path:
    (root / "layouts" / "_default").mkdir(parents=True)
    (root / "layouts" / "_default" / "single.html").write_text("{{ .RelPermalink }}")
    (root / "hugo.toml").write_text(
        f'baseURL = "https://example.org/"\ntitle = "T"\n[permalinks]\nposts = "{template}"\n'
    )
    page = root / "content" / rel
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: Hello World\ndate: 2024-03-05\nslug: the-slug\n---\nText.\n")
    for folder in indexed:
        (root / "content" / folder / "_index.md").write_text("---\ntitle: S\n---\n")
    return page


def test_a_page_below_folders_without_an_index_page_is_in_its_top_section(
    tmp_path: Path,
) -> None:
    root = tmp_path / "site"
    page = _site(root, "/x/:sections/:slug/", "posts/sub/deeper/a.md", [])
    assert Site.open(root).url_for(page) == "/x/posts/the-slug/"
    hugo = shutil.which("hugo")
    if hugo is not None:
        subprocess.run([hugo, "--quiet", "-s", str(root)], check=True, timeout=60)
        assert (root / "public" / "x" / "posts" / "the-slug" / "index.html").is_file()


def test_an_index_just_past_the_sections_leaves_the_address_unknown(tmp_path: Path) -> None:
    root = tmp_path / "site"
    _site(
        root, "/x/:sections[3]/:slug/", "posts/sub/deeper/a.md", ["posts/sub", "posts/sub/deeper"]
    )
    (root / "content" / "b.md").write_text("---\ntitle: B\n---\n[link](/nowhere-at-all/)\n")
    found = validate_site(Site.open(root), content=False)
    assert [p for p in found if p.code == "broken-link"] == []
    values = template_values(
        PurePosixPath("posts/sub/deeper/a.md"), HEADER, path_settings({}), root / "content"
    )
    assert values.parts["sections"] == "posts/sub/deeper"
    assert filled_template("/x/:sections[3]/", values) is None
    assert filled_template("/x/:sections[2]/", values) == "/x/deeper/"


def _values(day: str) -> TemplateValues:
    header = {**HEADER, "date": day}
    return template_values(PurePosixPath("posts/a.md"), header, path_settings({}))


def test_a_word_that_only_starts_with_a_month_is_no_layout() -> None:
    # Go reads 'Jan' as the month only when no small letter follows: hugo refuses ':Janet'.
    assert filled_template("/:Janet/", _values("2024-03-05")) is None
    assert filled_template("/:Jan/", _values("2024-03-05")) == "/Mar/"


def test_a_day_go_pads_with_a_space_leaves_the_address_unknown() -> None:
    assert filled_template("/:_2/", _values("2024-03-05")) is None
    assert filled_template("/:_2/", _values("2024-03-15")) == "/15/"


def test_an_alias_going_up_to_the_root_is_the_root() -> None:
    assert hugo_alias_address("../", "/posts/a/") == "/"
    assert hugo_alias_address("../up/", "/posts/a/") == "/up/"
    assert hugo_alias_address("old", "/posts/a/") == "/posts/old"


def test_the_page_s_date_goes_beside_the_placeholders_not_among_them() -> None:
    values = _values("2024-03-05")
    assert values.day == date(2024, 3, 5)
    assert all(name.isidentifier() for name in values.parts)  # each a placeholder's name
    assert filled_template("/:2006/:Jan/:02/", values) == "/2024/Mar/05/"
    assert filled_template("/:2006/", _values("not a date")) is None
