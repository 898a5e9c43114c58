"""reading: the screens that pick the paragraphs worth counting (`_SURE_END`,
`_more_words_than`, `_paragraphs_to_read`) never pass over a long sentence or paragraph,
pinned at their edges on small planted pages.

Equivalent survivors (no test can tell them apart), grouped, with why: none named yet for
the screens as they are now (`_more_words_than` and `_screen_classes` replaced `_most_words`).
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import SUGGESTION, validate_site


def _found(root: Path, body: str, schema: str = "") -> list:
    """(line, code, message) of the suggestions on one planted page."""
    (root / "_config.yml").write_text("title: x\n")
    if schema:
        (root / "_schema.yml").write_text(schema)
    (root / "page.md").write_text(f"---\ntitle: T\n---\n{body}")
    problems = validate_site(Site.open(root), content=True)
    assert all(p.severity == SUGGESTION for p in problems if p.path == "page.md")
    return [(p.line, p.code, p.message) for p in problems if p.path == "page.md"]


def test_a_piece_of_200_characters_is_screened_by_its_spaces(tmp_path: Path) -> None:
    # 200 characters up to the stop, 50 runs of letters but 99 words as counted by spaces:
    # the screen must count the spaces from 200 characters on, or the sentence goes unread.
    sentence = "W & " + "w & " * 48 + "wwww"
    assert len(sentence) == 200
    found = _found(
        tmp_path,
        f"Intro. {sentence}. End here.\n",
        "checks:\n  sentence_words: 60\n  paragraph_words: 500\n",
    )
    assert [(line, code) for line, code, _m in found] == [(4, "sentence-long")]
    assert "'W & w & w & w & w & w & w & w & w & w & ...' has 99 words. Over 60," in found[0][2]
