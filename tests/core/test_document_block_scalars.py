"""A field written as a block of text (`>-`, `>`, `|`, `|-` ...) keeps its style when changed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.cli import main
from editor_app.core.document import Document

LONG = (
    "Website of the Connected by Data campaign, which works for communities to have a "
    "powerful say in decisions about data and AI, led by Jeni Tennison and a small team."
)


def fm_of(text: str) -> str:
    """The front matter between the first two '---' lines (an indented '---' is text)."""
    lines = text.splitlines(keepends=True)
    close = next(i for i in range(1, len(lines)) if lines[i].rstrip("\r\n") == "---")
    return "".join(lines[1:close])


def key_lines(text: str) -> dict[str, tuple[int, int]]:
    """For each top-level key: (its first line, the first line of what follows it), 0-based
    lines of the whole text, the next key or the closing '---' line ending the range."""
    fm = fm_of(text)
    node = yaml.compose(fm, Loader=yaml.SafeLoader)
    keys = [k for k, _ in node.value]
    closing = 1 + fm.count("\n")
    out = {}
    for i, key in enumerate(keys):
        end = keys[i + 1].start_mark.line + 1 if i + 1 < len(keys) else closing
        out[key.value] = (key.start_mark.line + 1, end)
    return out


def assert_only_field_changed(before: str, after: str, field: str) -> None:
    """The lines above the field and from the next field on are byte-identical."""
    start, end = key_lines(before)[field]
    new_start, new_end = key_lines(after)[field]
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert new_start == start
    assert b[:start] == a[:start]
    # blank lines between a block of text and the next field belong to neither: compare from
    # the next field's line on
    assert b[new_end:] == a[end:]


def header(doc: Document, field: str) -> str:
    """What follows 'field:' on its line (the block header and any comment)."""
    m = re.search(rf"^{re.escape(field)}:[ \t]*(.*?)\r?$", doc.raw_front_matter, re.M)
    assert m is not None
    return m.group(1)


def style(doc: Document, field: str) -> str | None:
    """How the field's value is written: '|', '>', a quote, or None (plain)."""
    node = yaml.compose(doc.raw_front_matter, Loader=yaml.SafeLoader)
    for key, value in node.value:
        if key.value == field:
            return value.style
    raise KeyError(field)


def value_lines(doc: Document, field: str) -> list[str]:
    """The lines of the field's block of text as written (indentation included)."""
    start, end = key_lines(doc.text)[field]
    lines = doc.text.splitlines()[start + 1 : end]
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def set_and_check(text: str, field: str, value: str) -> Document:
    """Set a field, and check what every edit must keep: the value, the others, the lines."""
    doc = Document.from_text(text)
    others = {k: v for k, v in doc.front_matter.items() if k != field}
    doc.set(field, value)
    assert doc.error is None
    again = Document.from_bytes(doc.to_bytes())
    assert again.get(field) == value
    assert {k: v for k, v in again.front_matter.items() if k != field} == others
    assert again.body == Document.from_text(text).body
    assert_only_field_changed(text, doc.text, field)
    return doc


# ---------------------------------------------------------------------------------------------
# Real files


def test_real_site_config_description_keeps_folded_style_and_comment(site_copy: Path) -> None:
    # the site's own settings file writes its description as `>- # comment`; the same YAML
    # as a page header
    config = (site_copy / "_config.yml").read_text(encoding="utf-8")
    text = "---\n" + config.rstrip("\n") + "\n---\nBody.\n"
    doc = set_and_check(text, "description", LONG)
    assert header(doc, "description") == '>- # this means to ignore newlines until "baseurl:"'
    lines = value_lines(doc, "description")
    # the old value was one line: the new one is wrapped at 80 columns, indented like the old
    assert len(lines) == 3
    assert all(len(line) <= 80 and line.startswith("  ") for line in lines)
    assert not lines[0].startswith("   ")


def test_sample_site_config_description_keeps_folded_style(sample_copy: Path) -> None:
    config = (sample_copy / "_config.yml").read_text(encoding="utf-8")
    text = "---\n" + config.rstrip("\n") + "\n---\n"
    doc = set_and_check(text, "description", LONG + " Second sentence, which is short.")
    assert header(doc, "description") == ">-"
    assert all(len(line) <= 80 for line in value_lines(doc, "description"))


def _wrapped(value: str, width: int) -> list[str]:
    """Words run on to `width` columns (after two spaces of indentation), as an author wraps."""
    lines: list[str] = []
    for word in value.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width - 2:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _as_block(text: str, field: str, head: str, lines: list[str]) -> str:
    """The page with the field's one line replaced by a block of text with these lines."""
    block = f"{field}: {head}\n" + "".join(f"  {line}\n" for line in lines)
    return re.sub(rf"^{re.escape(field)}:.*\n", lambda _: block, text, count=1, flags=re.M)


def real_pages_with_long_titles(root: Path) -> list[Path]:
    pages = []
    for path in sorted(root.glob("_*/*.md")):
        doc = Document.load(path)
        title = doc.get("title")
        if doc.error is None and isinstance(title, str) and len(title) > 30:
            if title == title.strip() and "  " not in title and doc.newline == "\n":
                pages.append(path)
    return pages


@pytest.mark.parametrize("head", [">-", ">", "|-", "|"])
def test_real_pages_with_a_block_title_keep_its_style(site_copy: Path, head: str) -> None:
    pages = real_pages_with_long_titles(site_copy)[:15]
    assert len(pages) >= 10
    for path in pages:
        text = path.read_text(encoding="utf-8")
        title = Document.from_text(text).get("title")
        new = "Changed: " + title + " and a few more words at the end"
        final = "\n" if head in (">", "|") else ""
        if head.startswith(">"):  # folded: the title wrapped at 24 columns
            authored = _as_block(text, "title", head, _wrapped(title, 24))
            value = title + final
        else:  # literal: one word a line
            authored = _as_block(text, "title", head, title.split(" "))
            value, new = title.replace(" ", "\n") + final, new.replace(" ", "\n")
        assert Document.from_text(authored).get("title") == value, path.name
        path.write_text(authored, encoding="utf-8")

        doc = set_and_check(authored, "title", new + final)
        assert header(doc, "title") == head, path.name
        if head.startswith(">"):
            # re-wrapped at the author's width (the longest old line), as the author would
            width = max(len(line) for line in value_lines(Document.from_text(authored), "title"))
            assert value_lines(doc, "title") == ["  " + line for line in _wrapped(new, width)]
        else:
            assert value_lines(doc, "title") == ["  " + line for line in new.split("\n")]
        doc.save(path)
        assert Document.load(path).get("title") == new + final


# ---------------------------------------------------------------------------------------------
# Each header form, by hand


PAGE = "---\ntitle: A page\n{field}\ntags:\n  - one\n---\nBody text.\n"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # folded, each chomping
        (
            "description: >-\n  Old text that\n  was wrapped.",
            "New text that is somewhat longer than the old one",
            "description: >-\n  New text that\n  is somewhat\n  longer than\n  the old one",
        ),
        (
            "description: >\n  Old text that\n  was wrapped.",
            "New text that is somewhat longer\n",
            "description: >\n  New text that\n  is somewhat\n  longer",
        ),
        (
            "description: >+\n  Old text that\n  was wrapped.\n\n",
            "Two trailing\nlines then\n\n",
            "description: >+\n  Two trailing\n\n  lines then\n",
        ),
        # explicit indentation indicator, either order, and a comment
        (
            "description: >2-\n    Old text that\n    was wrapped.",
            "A new value here",
            "description: >2-\n  A new value here",
        ),
        (
            "description: |-4 # the notes\n    old\n    lines",
            "new\n  indented\nlines",
            "description: |-4 # the notes\n    new\n      indented\n    lines",
        ),
        # literal, each chomping
        ("description: |\n  line one\n  line two", "a\nb\n", "description: |\n  a\n  b"),
        ("description: |-\n  line one\n  line two", "a\nb", "description: |-\n  a\n  b"),
        ("description: |+\n  one\n\n", "a\nb\n\n\n", "description: |+\n  a\n  b\n\n"),
        # the final line breaks need another chomping indicator: only that changes
        ("description: |\n    deep\n    lines", "a\nb", "description: |-\n    a\n    b"),
        ("description: >-\n  some\n  text", "new text\n", "description: >\n  new\n  text"),
        ("description: |-\n  x", "a\n\n\n", "description: |+\n  a\n\n"),
        # a paragraph break in folded text is an empty line; the width of a single old line: 80
        (
            "description: >-\n  one line only",
            "First paragraph.\nSecond paragraph.",
            "description: >-\n  First paragraph.\n\n  Second paragraph.",
        ),
    ],
)
def test_each_header_form_keeps_its_style(field: str, value: str, expected: str) -> None:
    text = PAGE.format(field=field)
    doc = set_and_check(text, "description", value)
    assert doc.text == PAGE.format(field=expected)


def test_folded_text_wraps_at_the_old_width_with_the_same_indentation() -> None:
    old = "description: >\n" + "".join(
        "    " + line + "\n" for line in ["aaaa bbbb cccc dddd", "eeee ffff", "gggg"]
    )
    text = "---\n" + old + "after: 1\n---\n"
    doc = set_and_check(text, "description", " ".join(["word"] * 30) + "\n")
    lines = value_lines(doc, "description")
    assert all(line.startswith("    word") for line in lines)
    assert max(len(line) for line in lines) <= len("    aaaa bbbb cccc dddd")
    assert max(len(line) for line in lines) > len("    aaaa bbbb cccc dddd") - len(" word")


def test_a_long_word_is_never_split() -> None:
    text = PAGE.format(field="description: >-\n  short\n  lines")
    url = "https://example.org/" + "x" * 60
    doc = set_and_check(text, "description", f"See {url} for more")
    assert value_lines(doc, "description") == ["  See", f"  {url}", "  for", "  more"]


def test_crlf_file_keeps_its_line_endings() -> None:
    text = PAGE.format(field="description: >-\n  Old text that\n  was wrapped.")
    text = text.replace("\n", "\r\n")
    doc = Document.from_text(text)
    doc.set("description", "New text that is somewhat longer")
    assert doc.text == text.replace(
        "Old text that\r\n  was wrapped.", "New text that\r\n  is somewhat\r\n  longer"
    )


def test_block_scalar_in_a_nested_group_keeps_its_style() -> None:
    text = "---\nseo:\n  summary: >-\n    Old text\n    wrapped.\n  image: a.png\ntitle: T\n---\n"
    doc = Document.from_text(text)
    doc.set("seo", {"summary": "New text that is longer", "image": "a.png"})
    assert doc.text == text.replace("Old text\n    wrapped.", "New text\n    that is\n    longer")


@pytest.mark.parametrize(
    "value",
    [
        "  starts with spaces",  # a more-indented line is not folded
        "two  spaces\n  then an indented line",
        "trailing space \nnext",
        "\tstarts with a tab",
    ],
)
def test_values_folded_text_cannot_hold_still_read_back_exactly(value: str) -> None:
    text = PAGE.format(field="description: >-\n  Old text that\n  was wrapped.")
    set_and_check(text, "description", value)


def test_unchanged_value_leaves_the_bytes_alone() -> None:
    text = PAGE.format(field="description: >-   # note\n  Old text that\n      was wrapped.")
    doc = Document.from_text(text)
    doc.set("description", doc.get("description"))
    assert doc.to_bytes() == text.encode()
    assert not doc.is_modified


def test_non_text_value_is_written_as_before() -> None:
    text = PAGE.format(field="description: >-\n  Old text")
    doc = set_and_check(text, "description", 42)  # type: ignore[arg-type]
    assert header(doc, "description") == "42"


# ---------------------------------------------------------------------------------------------
# Any header, any value


HEADERS = [
    ">",
    ">-",
    ">+",
    "|",
    "|-",
    "|+",
    ">2",
    ">-2",
    "|2-",
    "|4",
    ">- # a note",
]
_word = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
        blacklist_characters="\ufeff\x85\ufffe\uffff",
    ),
    min_size=1,
    max_size=12,
)
# values folded and literal text can hold: words, single spaces, line breaks, final breaks
_representable = st.builds(
    lambda paras, trailing: "\n".join(" ".join(p) for p in paras).strip("\n") + "\n" * trailing,
    st.lists(st.lists(_word, min_size=0, max_size=20), min_size=1, max_size=4),
    st.integers(0, 3),
).filter(lambda v: v.strip() != "" and not v.startswith("\n"))


def _page(head: str, old_lines: list[str]) -> str:
    digit = re.search(r"[1-9]", head.split("#")[0])
    indent = " " * int(digit.group()) if digit else "  "
    block = "".join(f"{indent}{line}\n" if line else "\n" for line in old_lines)
    return f"---\ntitle: A page\ndescription: {head}\n{block}tags: [a, b]\nlast: 1\n---\nBody\n"


_old_lines = st.lists(st.sampled_from(["old words", "more old words here", ""]), max_size=4).map(
    lambda lines: ["first old line", *lines]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=st.sampled_from(HEADERS), old=_old_lines, value=_representable)
def test_property_representable_values_keep_the_style(
    head: str, old: list[str], value: str
) -> None:
    text = _page(head, old)
    doc = set_and_check(text, "description", value)
    # Blank lines after a value that does not keep its final line breaks are not part of it,
    # and stay as they are; a value with more final breaks than them cannot keep the style.
    blank_after = 0
    if "+" not in head:
        while blank_after < len(old) and not old[len(old) - 1 - blank_after]:
            blank_after += 1
    trailing = len(value) - len(value.rstrip("\n"))
    if trailing >= 2 and blank_after > trailing - 1:
        return
    # the style is kept whenever it can hold the value; only the chomping indicator may change
    assert style(doc, "description") == head[0]
    kept = re.sub(r"[-+]", "", header(doc, "description"))
    assert kept == re.sub(r"[-+]", "", head)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    head=st.sampled_from(HEADERS),
    old=_old_lines,
    value=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(" \n\t"),
        max_size=60,
    ),
)
def test_property_any_value_reads_back_exactly(head: str, old: list[str], value: str) -> None:
    text = _page(head, old)
    set_and_check(text, "description", value)


# ---------------------------------------------------------------------------------------------
# Through the command line


def test_cli_set_keeps_folded_style(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = real_pages_with_long_titles(site_copy)[0]
    text = path.read_text(encoding="utf-8")
    title = Document.from_text(text).get("title")
    text = _as_block(text, "title", ">-", _wrapped(title, 24))
    text = text.replace("\ntitle:", f"\ndescription: >-\n  {title}\n  as said.\ntitle:", 1)
    path.write_text(text, encoding="utf-8")
    assert main(["set", str(path), f'description="{LONG}"']) == 0
    assert capsys.readouterr().err == ""
    after = path.read_text(encoding="utf-8")
    doc = Document.from_text(after)
    assert doc.get("description") == LONG
    assert header(doc, "description") == ">-"
    assert len(value_lines(doc, "description")) > 2
    assert_only_field_changed(text, after, "description")
