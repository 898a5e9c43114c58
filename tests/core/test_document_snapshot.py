"""`Document.snapshot()`: the text at one moment, made the file's bytes later (the recovery copy
is made on a worker thread while the user goes on typing)."""

from __future__ import annotations

import threading

import pytest

from editor_app.core.document import Document


def test_a_snapshot_keeps_the_text_of_its_moment() -> None:
    doc = Document.from_bytes(b"\xef\xbb\xbf---\r\ntitle: A\r\n---\r\nBody\r\n")
    untouched = doc.snapshot()
    assert untouched.to_bytes() is doc.original  # unchanged: the bytes as read, not re-encoded
    doc.body = "Body\nMore words\n"
    before = doc.snapshot()
    assert before.same_text_as(doc.snapshot()) and not before.same_text_as(untouched)
    expected = doc.to_bytes()
    assert expected.startswith(b"\xef\xbb\xbf---\r\n")
    doc.set("title", "B")
    doc.body = "Other text\n"
    assert not before.same_text_as(doc.snapshot())
    made: list[bytes] = []
    worker = threading.Thread(target=lambda: made.append(before.to_bytes()))
    worker.start()
    worker.join()
    assert made == [expected]  # the text of its moment, on another thread
    assert before.text == expected[3:].decode("utf-8")


def test_a_snapshot_says_what_saving_would_say() -> None:
    doc = Document.from_bytes("---\ntitle: é\n---\nx\n".encode("latin-1"))
    assert doc.encoding != "utf-8"
    doc.body = "x \u2603\n"  # a snowman the old encoding cannot hold
    with pytest.raises(ValueError, match="cannot be saved") as saving:
        doc.to_bytes()
    with pytest.raises(ValueError, match="cannot be saved") as later:
        doc.snapshot().to_bytes()
    assert str(later.value) == str(saving.value)
    binary = Document.from_bytes(b"\x00\x01\x02 binary \xff\xfe\x00")
    assert binary.read_only_reason is not None
    assert binary.snapshot().to_bytes() == binary.original  # unchanged bytes may be kept


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "utf-32"])
def test_a_long_text_made_a_part_at_a_time_is_the_same_bytes(codec: str) -> None:
    doc = Document.from_bytes(("\ufeff---\ntitle: A\n---\nx\n").encode(codec))
    long = "é—😀 words\r\n" * 70_000  # parts cut anywhere: inside a line, beside an emoji
    doc.body = long
    made = doc.snapshot().to_bytes()
    assert Document.from_bytes(made).text == doc.text
    assert made == doc.to_bytes()
    one_go = doc.text.encode(doc.encoding)
    assert made.endswith(one_go) and len(made) - len(one_go) in (3, 2, 4)  # the BOM


def test_a_character_the_encoding_cannot_hold_is_named_far_into_a_long_text() -> None:
    doc = Document.from_bytes("---\ntitle: é\n---\nx\n".encode("latin-1"))
    doc.body = "é" * 600_000 + "\u2603\n"
    with pytest.raises(ValueError, match="'\u2603' cannot be saved"):
        doc.snapshot().to_bytes()
