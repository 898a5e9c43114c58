"""An Eleventy site's Luxon date filter on a date written in the page (11ty.dev's
`{{ "2025-08-01" | newsDate("yyyy") }}`) is printed as the site prints it, where it was a
placeholder; on a value known only when the site builds, or in a format naming months, it
stays one."""

from __future__ import annotations

import datetime
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.engines.eleventy_date_filters import luxon_numbers, read_date_filters
from editor_app.core.render import Renderer
from editor_app.core.site import Site

CONFIG = """import { DateTime } from "luxon";
export default function (eleventyConfig) {
	eleventyConfig.addFilter("newsDate", (dateObj, format = "yyyy LL dd") => {
		if (typeof dateObj === "string") {
			return DateTime.fromISO(dateObj).toFormat(format);
		} else if (typeof dateObj === "number") {
			dateObj = new Date(dateObj);
		}
		return DateTime.fromJSDate(dateObj).toFormat(format);
	});
	eleventyConfig.addFilter("other", (dateObj, format) => {
		return DateTime.fromJSDate(dateObj).toFormat(format);
	});
}
"""
PAGE = """---
title: Dates
---
- one _({{ "2025-08-01" | newsDate("yyyy") }})_
- two {{- "2022-02-04" | newsDate -}} !
- three {{ '2023-10-23' | newsDate("d/M/yy") }}
- four {{ "2023-10-23" | newsDate("LLLL yyyy") }}
- five {{ page.date | newsDate("yyyy") }}
- six {{ "2023-02-30" | newsDate("yyyy") }}
- seven {{ "2023-10-23" | other("yyyy") }}
- eight {% raw %}{{ "2023-10-23" | newsDate("yyyy") }}{% endraw %}
"""


def _body(tmp_path: Path, config: str = CONFIG) -> str:
    (tmp_path / "eleventy.config.js").write_text(config, encoding="utf-8")
    page = tmp_path / "dates.md"
    page.write_text(PAGE, encoding="utf-8")
    return Renderer(Site.open(tmp_path)).render_body(Document.load(page).body)


def test_a_quoted_date_is_printed_as_luxon_prints_it(tmp_path: Path) -> None:
    body = _body(tmp_path)
    assert "<li>one <em>(2025)</em></li>" in body
    assert "<li>two2022 02 04!</li>" in body  # the format when the tag gives none; trimmed
    assert "<li>three 23/10/23</li>" in body
    # Month names (the building machine's language), values known at build, a day that does
    # not exist and another filter stay placeholders; a raw block stays as written.
    shown = body.replace("&quot;", '"')
    for kept in ('{{ "2023-10-23" | newsDate("LLLL yyyy") }}', "{{ page.date | newsDate(",
                 '{{ "2023-02-30" | newsDate(', '{{ "2023-10-23" | other("yyyy") }}'):
        assert f'">{kept}' in shown  # the end of a placeholder's opening tag, then the tag
    assert body.count('<span class="liquid"') == 4
    assert '<li>eight {{ "2023-10-23" | newsDate("yyyy") }}</li>' in body.replace("&quot;", '"')


def test_only_a_luxon_filter_of_that_form_is_read() -> None:
    assert set(read_date_filters(CONFIG)) == {"newsDate"}
    assert read_date_filters(CONFIG)["newsDate"].default_format == "yyyy LL dd"
    assert read_date_filters(CONFIG.replace('from "luxon"', 'from "./dates.js"')) == {}
    upper = CONFIG.replace(".toFormat(format);\n\t\t} else", ".toFormat(format).toUpperCase();\n\t\t} else")
    assert read_date_filters(upper) == {}


def test_luxon_number_tokens() -> None:
    day = datetime.date(2005, 3, 7)
    assert luxon_numbers(day, "yyyy-LL-dd") == "2005-03-07"
    assert luxon_numbers(day, "y yy M MM d") == "2005 05 3 03 7"
    assert luxon_numbers(datetime.date(987, 1, 1), "yyyy") == "0987"
    for refused in ("LLL", "MMMM yyyy", "EEE", "'on' d", "yyyyy", "yyy"):
        assert luxon_numbers(day, refused) is None


def test_the_eleventy_sites_dated_links() -> None:
    eleventy = shared_site_path("eleventy-website")
    renderer = Renderer(Site.open(eleventy))
    deployment = renderer.render_page(Document.load(eleventy / "src" / "docs" / "deployment.md"))
    assert "newsDate" not in deployment
    assert "<em>(2025)</em>" in deployment and "<em>(2022)</em>" in deployment
    image = renderer.render_page(Document.load(eleventy / "src" / "docs" / "plugins" / "image.md"))
    assert "newsDate" not in image and image.count("<em>(2023)</em>") == 2


def test_a_filter_read_only_when_its_string_branch_comes_first() -> None:
    """A filter doing something else to the value before its string branch prints what that
    leaves, not known here: it is not read."""
    changed_first = CONFIG.replace(
        '{\n\t\tif (typeof dateObj === "string")',
        '{\n\t\tdateObj = dateObj + "T12:00";\n\t\tif (typeof dateObj === "string")',
    )
    assert changed_first != CONFIG
    assert read_date_filters(changed_first) == {}


def test_a_tag_with_no_format_on_a_filter_with_no_default_stays_a_placeholder(
    tmp_path: Path,
) -> None:
    no_default = CONFIG.replace('(dateObj, format = "yyyy LL dd")', "(dateObj, format)")
    assert read_date_filters(no_default)["newsDate"].default_format is None
    body = _body(tmp_path, no_default)
    assert "<li>one <em>(2025)</em></li>" in body  # a format given is printed still
    assert '{{- "2022-02-04" | newsDate -}}' in body.replace("&quot;", '"')


def test_a_quoted_piece_in_a_format_is_not_read_as_numbers() -> None:
    # Luxon prints 'de' as the words de; not printed here, not printed wrong ("7'/'3").
    assert luxon_numbers(datetime.date(2005, 3, 7), "d'/'M") is None
