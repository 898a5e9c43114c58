"""Edits keep every line ending byte for byte: CRLF files stay CRLF, mixed files keep each
untouched line's own ending, and only the lines an edit writes take the file's usual ending."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.document import Document

ENDINGS = ("\n", "\r\n")
FIELDS = ("title", "subtitle", "status", "author")
WORDS = st.builds(
    lambda first, rest: (first + rest).strip(),
    st.sampled_from("abcXYZ"),
    st.text(alphabet="abcdefgh XYZ-.,", max_size=24),
)


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def _ending(line: bytes) -> bytes:
    if line.endswith(b"\r\n"):
        return b"\r\n"
    if line.endswith(b"\n"):
        return b"\n"
    return b""


def _content(line: bytes) -> bytes:
    return line[: len(line) - len(_ending(line))]


def assert_endings_kept(
    before: bytes, after: bytes, newline: bytes, edited_key: str | None = None
) -> None:
    """Lines that did not change are byte-identical; a line written anew ends with `newline`,
    or with the ending of the line it replaces (an edited field keeps its line's ending)."""
    old, new = _lines(before), _lines(after)
    matcher = difflib.SequenceMatcher(
        None, [_content(x) for x in old], [_content(x) for x in new], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                a, b = old[i], new[j]
                if a == b:
                    continue
                if edited_key and a.startswith(edited_key.encode() + b":"):
                    assert _ending(b) == newline, (a, b)  # the edited field's own key line
                    continue
                # The final newline is the edit itself when the last line ends the file
                # (lines added after it, or the final newline deleted).
                assert i == len(old) - 1 or j == len(new) - 1, (a, b)
                assert b"" in (_ending(a), _ending(b)), (a, b)
            continue
        allowed = {newline} | {_ending(line) for line in old[i1:i2]}
        if edited_key:
            # The edited field's own ending may move to its new last line ("topics:\r\n" set
            # to a list: "topics:\n  - a\r\n"): still only that field's lines changed.
            allowed |= {_ending(line) for line in old[max(0, i1 - 1) : i2 + 1]}
        for j, line in enumerate(new[j1:j2], start=j1):
            if j == len(new) - 1 and _ending(line) == b"":
                continue  # the file's last line keeps having no final newline
            assert _ending(line) in allowed, (tag, line, newline)


@st.composite
def page(draw: st.DrawFn) -> tuple[bytes, str]:
    """A page whose lines end in CRLF, LF or a mix, and its dominant ending."""
    mixed = draw(st.booleans())
    main = draw(st.sampled_from(ENDINGS))

    def end() -> str:
        if mixed and draw(st.integers(0, 4)) == 0:
            return draw(st.sampled_from(ENDINGS))
        return main

    header = ["---"]
    for name in draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4, unique=True)):
        header.append(f"{name}: {draw(WORDS)}")
    if draw(st.booleans()):
        header += ["topics:"] + [
            f"  - {w} {i}" for i, w in enumerate(draw(st.lists(WORDS, max_size=3)))
        ]
    header.append("---")
    # Lines made unique (numbered), so that which old line each new one is stays unambiguous
    # when the test lines the two versions up (two blank lines would be interchangeable).
    body = [f"{w} {i}" for i, w in enumerate(draw(st.lists(WORDS, max_size=8)))]
    lines = header + body
    text = "".join(line + end() for line in lines)
    if body and draw(st.booleans()):
        text = text.rstrip("\r\n")  # no final newline
    return text.encode(), main


@given(page(), st.sampled_from(FIELDS + ("topics", "extra")), WORDS)
@settings(max_examples=300, deadline=None)
def test_a_field_edit_keeps_every_other_line_byte_for_byte(
    case: tuple[bytes, str], field: str, value: str
) -> None:
    data, _ = case
    doc = Document.from_bytes(data)
    assert doc.error is None
    doc.set(field, [value] if field == "topics" else value)
    after = doc.to_bytes()
    assert_endings_kept(data, after, doc.newline.encode(), edited_key=field)
    assert Document.from_bytes(after).get(field) == ([value] if field == "topics" else value)


@given(page(), st.data())
@settings(max_examples=300, deadline=None)
def test_a_body_edit_keeps_every_other_line_byte_for_byte(
    case: tuple[bytes, str], data: st.DataObject
) -> None:
    original, _ = case
    doc = Document.from_bytes(original)
    lines = doc.body.split("\n")
    at = data.draw(st.integers(0, len(lines)))
    kind = data.draw(st.sampled_from(["insert", "replace", "delete"]))
    new_line = data.draw(WORDS) + " new"
    if kind == "insert" or not lines or at == len(lines):
        lines.insert(at, new_line)
    elif kind == "replace":
        lines[at] = new_line
    else:
        del lines[at]
    doc.body = "\n".join(lines)
    after = doc.to_bytes()
    assert_endings_kept(original, after, doc.newline.encode())
    header_end = original.index(b"---", 3)
    assert after[:header_end] == original[:header_end]  # the header is untouched


def test_a_crlf_page_stays_crlf_through_field_and_body_edits() -> None:
    data = b"---\r\ntitle: A\r\ntopics:\r\n  - x\r\n---\r\nOne\r\n\r\nTwo\r\n"
    doc = Document.from_bytes(data)
    assert doc.newline == "\r\n"
    doc.set("title", "B")
    doc.set("topics", ["x", "y"])
    doc.set("status", "draft")
    doc.body = doc.body.replace("Two", "Two and three") + "Four\n"
    out = doc.to_bytes()
    assert b"\n" not in out.replace(b"\r\n", b"")
    assert out == (
        b"---\r\ntitle: B\r\ntopics:\r\n  - x\r\n  - y\r\nstatus: draft\r\n---\r\n"
        b"One\r\n\r\nTwo and three\r\nFour\r\n"
    )
