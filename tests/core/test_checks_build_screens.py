"""The build checks' cheap screens (a rule's `wants`, the keys a rule looks at) give the very
answers of the plain tests they stand for: they only find them with fewer passes over the page.
Every page of a Check goes through them, so they are written for speed; here each is compared
with the plain formulation on text made of the characters that matter."""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.checks.body_images import _wanted
from editor_app.core.checks.dates import _generator_date_keys
from editor_app.core.checks.encoding import _CONTROL, _has_control, _may_be_garbled
from editor_app.core.checks.page import make_page
from editor_app.core.generator_dates import is_generator_date_field

# Pieces of the patterns the screens look for, and characters that may stand beside them.
_PIECES = [
    "!", "[", "![", "<", "<img", "<IMG", "<Img", "<iMg", "=", "rcset", "rcSet", "RCSET",
    "srcSet", "{", "{{", "{{<", "{{%", "%", "a", " ", "\n", "é", "’", "\x00", "\x07", "\x0b",
    "\x0c", "\r", "\x1f", "\x7f", "\x80", "\t", "\ud800", "😀", "â", "Ã",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _page(body: str):
    return make_page("p.md", None, None, body, None, 0.0)


def _wanted_plainly(body: str) -> bool:
    return (
        "![" in body
        or "<img" in body
        or "<IMG" in body
        or "<Img" in body
        or "rcset" in body
        or "rcSet" in body
        or "RCSET" in body
        or "{{<" in body
        or "{{%" in body
    )


_SRCSET = re.compile(r"srcset\s*=", re.I)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_body_images_screen_is_the_plain_test_but_a_srcset_without_its_equals(body: str) -> None:
    page = _page(body)
    assert page.body == body
    # The one difference, on purpose: a srcset is read only with its `=`, so a body whose
    # only sign of an image is the word without one has nothing for the rule.
    plain = _wanted_plainly(body)
    if plain and "=" not in body:
        plain = any(p in body for p in ("![", "<img", "<IMG", "<Img", "{{<", "{{%"))
    assert _wanted(page) == plain
    if _SRCSET.search(body) and ("rcset" in body or "rcSet" in body or "RCSET" in body):
        assert _wanted(page)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_control_character_screen_is_the_search(text: str) -> None:
    assert _has_control(text) == (_CONTROL.search(text) is not None)


def test_control_character_screen_on_every_character_below_256() -> None:
    for code in range(256):
        assert _has_control(f"a{chr(code)}b") == (_CONTROL.search(chr(code)) is not None)
    assert _may_be_garbled(_page("fine text\x0bhidden"))
    assert not _may_be_garbled(_page("fine text\r\n\tand a form feed\x0c"))


def _date_keys_plainly(data: dict, generator: str | None) -> list:
    return [k for k in data if isinstance(k, str) and is_generator_date_field(k, generator)]


_KEYS = st.sampled_from(["date", "Date", "DATE", "lastmod", "lastMod", "publishDate",
                         "expirydate", "title", "dates", 1, True, None])


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(_KEYS, st.just("x"), max_size=6),
    st.sampled_from(["jekyll", "hugo", "eleventy", "other"]),  # (a site's generator)
)
def test_generator_date_keys_are_the_plain_scan(data: dict, generator: str | None) -> None:
    assert _generator_date_keys(data, generator) == _date_keys_plainly(data, generator)


_LINK_PIECES = ["[", "]", "(", ")", "](", "!", "!", "<", ">", "<>", " ", "\t", "\n", "a", "é",
                "http:", "https:", "HTTPS:", "//", "mailto:", "MailTo:", "x", "[a]", "]()"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINK_PIECES), max_size=14).map("".join))
def test_empty_links_found_from_their_end_are_the_pattern_s(text: str) -> None:
    from editor_app.core.checks.link_empty import _EMPTY_MD, empty_markdown_links

    plain = [(m.start(), m.group(0)) for m in _EMPTY_MD.finditer(text)]
    assert empty_markdown_links(text) == plain


# Pieces of empty links and of the examples `content_prose` blanks, which may leave a link's
# round brackets holding spaces alone (`[a](`x`)`, `[a]({% raw %}x{% endraw %})`).
_BLANKED_PIECES = [
    "[a](", "[a](", "](", "[", "]", "(", ")", "!", "<", ">", " ", "\t", "\n", "\n\n", "    ",
    "a", "é", "https:", "HTTP:", "//", "mailto:", "`", "``", "```", "~~~", "<!--", "-->",
    "<!-- c -->", "{%", "%}", "{% raw %}", "{% endraw %}", "{% comment %}", "{% endcomment %}",
    "{% capture v %}", "{% endcapture %}", "{{<", "{{%", ">}}", "%}}", "/*", "*/", "{{</* s */>}}",
    "{{%/* s */%}}", "{{< highlight go >}}", "{{< /highlight >}}", "{{< code >}}",
    "{{< /code >}}", "{{< ref x >}}", "[a]: x", "<a href=\"\">", "x", "[a]:", "\n[a]:\n",
]


def _empty_link_lines(body: str) -> list[int]:
    from editor_app.core.checks.link_empty import check_empty_links

    ctx = SimpleNamespace(generator=None)
    return [p.line for p in check_empty_links(_page(body), ctx)]  # type: ignore[arg-type]


_BLANKED_TEXT = st.lists(st.sampled_from(_BLANKED_PIECES), max_size=8).map("".join)
# What may stand between a link's round brackets: an address's own pieces around an example.
_ADDRESS_PIECES = st.lists(
    st.sampled_from([" ", "\t", "<", ">", "x", "https:", "//", "mailto:", "\n", "`"]), max_size=2
).map("".join)
_EXAMPLES = st.sampled_from(
    ["", "`x`", "``x``", "<!-- c -->", "{% raw %}x{% endraw %}", "{% comment %}x{% endcomment %}",
     "{% capture v %}x{% endcapture %}", "{{</* s */>}}", "{{%/* s */%}}", "{{< code >}}x{{< /code >}}",
     "{{< highlight go >}}x{{< /highlight >}}", "{{< ref x >}}"]
)  # fmt: skip
_LINKED_TEXT = st.tuples(
    _BLANKED_TEXT,
    st.sampled_from(["[a](", "](", "![a]("]),
    _ADDRESS_PIECES,
    _EXAMPLES,
    _ADDRESS_PIECES,
    st.sampled_from([")", ")", ""]),
    _BLANKED_TEXT,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_BLANKED_TEXT, _LINKED_TEXT))
def test_empty_link_screen_passes_every_page_the_rule_finds_one_on(body: str) -> None:
    from editor_app.core.checks.link_empty import _may_have_one

    if not _may_have_one(_page(body)):
        assert _empty_link_lines(body) == []


def test_empty_link_screen_passes_links_emptied_by_blanked_examples() -> None:
    from editor_app.core.checks.link_empty import _may_have_one

    for body in (
        "[a](`x`)",
        "[a]( `x` )",
        "[a](https://`x`)",
        "[a](< `x` >)",
        "[a](<`x`>)",
        "[a](<!-- c -->)",
        "[a]({% raw %}x{% endraw %})",
        "[a]({{</* s */>}})",
        "[a]({{< highlight go >}}x{{< /highlight >}})",
        "[a]()",
        "[a](mailto:)",
    ):
        assert _empty_link_lines(body) == [1], body
        assert _may_have_one(_page(body)), body
    for body in ("[a](https://example.org)", "[a](/x) [b]({{< ref x >}})", "[a](<x>)"):
        assert not _may_have_one(_page(body)), body
