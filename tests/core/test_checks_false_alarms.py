"""No false alarms: examples are text, lists of groups are groups, and every error reported on
the untouched shared sites is a real problem (pinned below with its reason)."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import (
    ERROR,
    WARNING,
    validate_document,
    validate_paths,
    validate_site,
)


def _jekyll(tmp_path: Path, body: str, header: str = "title: A page\n") -> list:
    (tmp_path / "_config.yml").write_text(
        "title: t\ncollections:\n  docs:\n    output: true\n    permalink: /docs/:name/\n"
    )
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2020-01-01-real-post.md").write_text("---\ntitle: Real\n---\nHi.\n")
    (tmp_path / "_docs").mkdir()
    (tmp_path / "_docs" / "other.md").write_text(
        "---\ntitle: Other\nredirect_from: /docs/old-name/\n---\nText.\n"
    )
    page = tmp_path / "_docs" / "page.md"
    page.write_text(f"---\n{header}---\n{body}")
    site = Site.open(tmp_path)
    return [p for p in validate_site(site) if p.path == "_docs/page.md"]


@pytest.mark.parametrize(
    "body",
    [
        "{% raw %}\n{% post_url 2010-07-21-name-of-post %}\n{% endraw %}\n",
        "{%- raw -%}\n[Name]({% post_url nope %}) {% link _posts/nope.md %}\n{%- endraw -%}\n",
        "```liquid\n{% post_url 2010-07-21-name-of-post %}\n```\n",
        "Write `{% post_url 2010-07-21-name-of-post %}` in the page.\n",
        "{% highlight diff %}\n{% raw %}\n- {% post_url 2018-03-20-x.markdown %}\n"
        "{% endraw %}\n{% endhighlight %}\n",
        "Nunjucks: {% verbatim %}{% link nope.md %} {{ x {% endverbatim %}\n",
        "```\n[a link](/docs/no-such-page/)\n```\n",
        "{% comment %}[a link](/docs/no-such-page/) {% post_url nope %}{% endcomment %}\n",
    ],
)
def test_links_and_tags_shown_as_examples_are_text(tmp_path: Path, body: str) -> None:
    assert _jekyll(tmp_path, body) == []


def test_the_same_links_outside_examples_are_reported_on_their_line(tmp_path: Path) -> None:
    body = "Intro.\n\n[a](/docs/no-such-page/)\n\n{% post_url 2010-07-21-name-of-post %}\n"
    found = [(p.line, p.code, p.severity) for p in _jekyll(tmp_path, body)]
    assert found == [(6, "broken-link", ERROR), (8, "broken-link", ERROR)]


def test_an_old_address_kept_by_redirect_from_is_no_broken_link(tmp_path: Path) -> None:
    assert _jekyll(tmp_path, "See [the old page](/docs/old-name/).\n") == []


def test_liquid_is_not_checked_on_a_hugo_site(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    (tmp_path / "content" / "docs").mkdir(parents=True)
    for i in range(3):
        (tmp_path / "content" / "docs" / f"p{i}.md").write_text(
            f"---\ntitle: P{i}\n---\nUse {{{{< shortcode >}}}} and {{{{ .Title }}}} or {{% x\n"
        )
    assert [p for p in validate_site(Site.open(tmp_path)) if p.code == "liquid-unbalanced"] == []


def _eleventy_like(tmp_path: Path, value: str) -> list:
    (tmp_path / "_config.yml").write_text("collections:\n  docs:\n    output: true\n")
    (tmp_path / "_docs").mkdir()
    for i in range(6):
        (tmp_path / "_docs" / f"d{i}.md").write_text(
            f"---\ntitle: D{i}\npermalink: false\nhosts:\n  name: x{i}\n  url: /x\n---\nText.\n"
        )
    (tmp_path / "_docs" / "page.md").write_text(f"---\ntitle: Page\n{value}---\nText.\n")
    return [p for p in validate_site(Site.open(tmp_path)) if p.path == "_docs/page.md"]


def test_a_list_of_groups_is_not_told_to_be_a_group(tmp_path: Path) -> None:
    value = "hosts:\n  - name: a\n    url: /a\n  - name: b\n    url: /b\n"
    assert _eleventy_like(tmp_path, value) == []


def test_a_permalink_beside_permalink_false_elsewhere_is_fine(tmp_path: Path) -> None:
    assert _eleventy_like(tmp_path, "permalink: /docs/page/\nhosts:\n  name: y\n") == []


def test_a_date_with_a_time_written_the_long_way_is_a_date() -> None:
    text = "---\ntitle: x\ndate: 2023-01-29 18:30:22 2023 -0800\n---\n"
    assert validate_document(Document.from_text(text, Path("p.md"))) == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('---\ntitle: ok\nsummary: "an unclosed quote\nauthor: Ann\n---\n', 3),
        ("---\ntitle: ok\nsummary: 'an unclosed quote\nauthor: Ann\n---\n", 3),
        ("---\ntitle: ok\ntags: [a, b\nauthor: Ann\n---\n", 3),
        ("---\ntitle: ok\nauthor: Ann\nsummary: Part one: the start\n---\n", 4),
    ],
)
def test_a_yaml_error_is_reported_where_the_mistake_is(text: str, line: int) -> None:
    problems = validate_document(Document.from_text(text, Path("p.md")))
    assert [(p.line, p.code) for p in problems] == [(line, "yaml-syntax")]


def test_an_unclosed_quote_says_to_close_it() -> None:
    text = '---\ntitle: ok\nsummary: "an unclosed quote\nauthor: Ann\n---\n'
    (problem,) = validate_document(Document.from_text(text, Path("p.md")))
    assert "quot" in problem.message.lower() and "clos" in problem.message.lower()


# Every error on the untouched shared sites, each a real problem.
SHARED_SITE_ERRORS = {
    "connectedbydata": set(),
    # The Sanskrit translation names a card image that is not in the folder (the English and
    # French pages use beginner.png): the page shows a broken image.
    "opensource-guide": {("_articles/sa/starting-a-project.md", 7, "file-not-found")},
    "jekyll-docs": set(),
    "hugo-docs": set(),
    "eleventy-website": set(),
}


@pytest.mark.parametrize("name", sorted(SHARED_SITE_ERRORS))
def test_every_error_on_the_shared_sites_is_a_real_problem(name: str) -> None:
    folder = shared_site_path(name)
    problems = validate_site(Site.open(folder))
    errors = {(p.path, p.line, p.code) for p in problems if p.severity == ERROR}
    assert errors == SHARED_SITE_ERRORS[name]


def test_a_name_differing_only_in_capitals_is_a_warning_not_an_error() -> None:
    folder = shared_site_path("jekyll-docs")
    problems = validate_site(Site.open(folder), content=False)
    (p,) = [p for p in problems if p.path == "_posts/2018-01-02-jekyll-3-7-0-released.md"]
    assert (p.code, p.severity, p.line) == ("not-a-choice", WARNING, 5)
    assert "'dirtyf'" in p.message


@pytest.mark.parametrize(
    ("extra", "line", "code", "words"),
    [
        ("field_3: again\n\tbad: x\n", 50004, "tab-indent", "tab"),
        ('summary: "unclosed\nfield_x: 3\n', 50003, "yaml-syntax", "quot"),
        ("tags: [a, b\nfield_y: 2\n", 50003, "yaml-syntax", "["),
    ],
)
def test_an_error_in_a_50000_field_header_is_placed_and_explained(
    tmp_path: Path, extra: str, line: int, code: str, words: str
) -> None:
    fields = "".join(f"field_{i}: value {i}\n" for i in range(50_000))
    (tmp_path / "big.md").write_text("---\ntitle: Big\n" + fields + extra + "---\nBody.\n")
    problems = validate_paths([tmp_path / "big.md"])
    found = [p for p in problems if p.code == code]
    assert [p.line for p in found] == [line]
    assert words in found[0].message.lower()


def test_a_number_too_long_to_read_is_said_in_plain_words(tmp_path: Path) -> None:
    (tmp_path / "big.md").write_text("---\ntitle: Big\nn: " + "9" * 10_000 + "\n---\nBody.\n")
    (problem,) = [p for p in validate_paths([tmp_path / "big.md"]) if p.code == "yaml-syntax"]
    assert problem.line == 3
    assert "sys." not in problem.message and "digits" in problem.message
