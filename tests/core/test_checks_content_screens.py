"""The content checks look at most pages in a few passes over the whole body and read the
paragraphs one by one only where something may be found: whatever the page, they find what
reading every paragraph finds (same codes, lines and words)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.checks.content_text import page_headings, read_body
from editor_app.core.checks.context import context_for
from editor_app.core.checks.page import make_page
from editor_app.core.checks.reading import check_reading
from editor_app.core.checks.structure import check_headings
from editor_app.core.checks.style import check_style

WORDS = [
    "the", "council", "data", "people", "Dr.", "e.g.", "etc.", "St.", "No.", "Mrs.", "colour",
    "color", "organisation", "organization", "AI’s", "“quoted”", "‘Citizens’", "(see", "it)",
    "3.5", "2024.", "end.", "Next", "A", "I", "**bold**", "_em_", "`code`", "[link](/a/b)",
    "[Dr.](x)", "<br>", "{{ x }}", "![alt](p.png)", "—", "-", "x/y", "well-known", "can't",
    "Yes!", "Why?", "“Hi.”", "done.)", "\u00a0", "snake_case", "&", ",", "Prof.", "Smith",
]  # fmt: skip
LINE_STARTS = ["", "", "", "", "* ", "- ", "1. ", "> ", "## ", "### ", "#### ", "| ", "    "]


@st.composite
def bodies(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 6))):
        lines = []
        for _ in range(draw(st.integers(1, 4))):
            start = draw(st.sampled_from(LINE_STARTS))
            words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=70))
            lines.append(start + " ".join(words))
        if draw(st.booleans()) and len(lines) == 1:
            lines.append(draw(st.sampled_from(["---", "===", "```", "<!-- a -->", "***", "__"])))
            lines.append(draw(st.sampled_from(WORDS)))
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs) + "\n"


class _Context:
    """What the rules read of a site: its options (the defaults), nothing switched off."""

    site = None

    def __init__(self) -> None:
        real = context_for(None, None)
        self.plan, self.settings, self.fact = real.plan, real.settings, real.fact

    def option(self, name: str, default: object) -> object:
        return {"sentence_words": 35, "paragraph_words": 150}.get(name, default)


def _found(rule, body: str, read_first: bool) -> list[tuple]:  # noqa: ANN001
    page = make_page("page.md", None, None, "---\ntitle: T\n---\n" + body)
    if read_first:
        read_body(page)  # every paragraph read, as before the passes over the whole body
    return sorted((p.line, p.code, p.message) for p in rule(page, _Context()))


@settings(max_examples=150, deadline=None)
@given(body=bodies())
def test_long_sentences_and_paragraphs_are_found_as_reading_every_paragraph_finds_them(
    body: str,
) -> None:
    assert _found(check_reading, body, False) == _found(check_reading, body, True)


@settings(max_examples=100, deadline=None)
@given(body=bodies())
def test_headings_are_found_as_reading_every_line_finds_them(body: str) -> None:
    page = make_page("page.md", None, None, "---\ntitle: T\n---\n" + body)
    again = make_page("page.md", None, None, "---\ntitle: T\n---\n" + body)
    assert page_headings(page) == read_body(again).headings
    assert _found(check_headings, body, False) == _found(check_headings, body, True)


@settings(max_examples=100, deadline=None)
@given(body=bodies())
def test_spellings_are_found_as_reading_every_paragraph_finds_them(body: str) -> None:
    assert _found(check_style, body, False) == _found(check_style, body, True)


def test_a_long_sentence_around_an_abbreviation_or_a_link_is_found() -> None:
    half = " ".join(["many"] * 20)
    for middle in ("Dr. Smith", "[Dr.](x) Smith", "e.g. More", "No. Five", "_St._ Mary"):
        body = f"We met {half} {middle} and {half}.\n"
        found = _found(check_reading, body, False)
        assert [(line, code) for line, code, _m in found] == [(4, "sentence-long")], middle


def test_a_long_sentence_counted_by_its_spaces_is_found() -> None:
    # Over 200 characters, words are counted by the spaces between them: an ampersand
    # standing alone counts, though it holds no letter.
    body = " ".join(["wording"] * 30) + " & & & & & & and the end.\n"
    assert [code for _l, code, _m in _found(check_reading, body, False)] == ["sentence-long"]
    assert _found(check_reading, body, False) == _found(check_reading, body, True)


def test_a_long_sentence_across_a_line_of_marks_is_found() -> None:
    half = " ".join(["many"] * 20)
    body = f"We met {half}\n***\nand {half} again.\n"
    assert [code for _l, code, _m in _found(check_reading, body, False)] == ["sentence-long"]


def test_a_long_sentence_spaced_or_spelt_outside_ascii_is_found() -> None:
    # Words apart by no-break spaces, or by letters outside ASCII, are words all the same.
    for spaced in ("\u00a0".join(["mot"] * 40), " ".join(["naïve"] * 40), "—".join(["na"] * 40)):
        body = f"Voici {spaced} fin.\n"
        found = _found(check_reading, body, False)
        assert [(line, code) for line, code, _m in found] == [(4, "sentence-long")], spaced[:12]
        assert found == _found(check_reading, body, True)
    # Over 200 characters, by the spaces between them: no-break ones too.
    body = " ".join(["wording"] * 30) + "\u00a0&" * 6 + " and the end.\n"
    assert [code for _l, code, _m in _found(check_reading, body, False)] == ["sentence-long"]
    # A long paragraph of such words (short sentences) too.
    body = " ".join(["A naïve café."] * 60) + "\n"
    assert [code for _l, code, _m in _found(check_reading, body, False)] == ["paragraph-long"]
