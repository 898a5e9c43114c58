"""Combine both (the "changed on disk" question) where one place clashes: each place is
merged on its own, as Get latest does; only the clashing place is said to clash, and the
other author's changes elsewhere (a paragraph removed, a paragraph merged word by word) join.
Before, one clash made the whole body merged again line by line, the other side's removal
undone, and every place both changed was listed as a clash."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.disk_merge import merge_page_bytes

HEAD = b"---\ntitle: T\n---\n"
BASE = HEAD + b"Alpha one two three four.\n\nBeta five six seven eight.\n\nGamma nine ten eleven.\n"


def test_a_removal_on_disk_joins_beside_a_clash() -> None:
    mine = BASE.replace(b"one two", b"one TWO") + b"\nDelta added by me.\n"
    theirs = HEAD + b"Alpha one deux three four.\n\nBeta five six seven eight.\n"
    merged = merge_page_bytes(BASE, mine, theirs, "page.md")
    assert not merged.clean
    assert [c.mine for c in merged.conflicts] == ["Alpha one TWO three four."]
    assert merged.data == (
        HEAD + b"Alpha one TWO three four.\n\nBeta five six seven eight.\n\nDelta added by me.\n"
    )


def test_only_the_clashing_paragraph_is_said_to_clash() -> None:
    mine = BASE.replace(b"one two", b"one TWO").replace(b"nine ten", b"nine TEN")
    theirs = BASE.replace(b"one two", b"one deux").replace(b"Gamma", b"GAMMA")
    merged = merge_page_bytes(BASE, mine, theirs, "page.md")
    assert [c.mine for c in merged.conflicts] == ["Alpha one TWO three four."]
    assert b"GAMMA nine TEN eleven." in merged.data


def test_a_real_page_keeps_one_clash() -> None:
    page = shared_site_path("connectedbydata") / (
        "_resources/2026-05-30-un-global-dialogue-ai-consultation.md"
    )
    base = page.read_bytes()
    clash = b"We prepared a PAIRS and Citizens Track submission"
    theirs = base.replace(
        "shared visions for AI’s role".encode(), "shared and hopeful visions for AI’s role".encode()
    ).replace(clash, b"We wrote a PAIRS and Citizens Track submission")
    mine = base.replace(
        b"an inclusive global conversation", b"an open, inclusive global conversation"
    ).replace(clash, b"We drafted a PAIRS and Citizens Track submission")
    merged = merge_page_bytes(base, mine, theirs, page.name)
    (clashing,) = merged.conflicts
    assert clashing.mine.startswith("We drafted a PAIRS")
    assert clashing.theirs.startswith("We wrote a PAIRS")
    assert merged.data == theirs.replace(
        b"an inclusive global conversation", b"an open, inclusive global conversation"
    ).replace(b"We wrote a PAIRS", b"We drafted a PAIRS")
