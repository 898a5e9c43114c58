"""A draft's review as the Drafts queue lists it (`draft_review`) reads the draft's bytes
but parses its text only when something needs it (where a note is): listing the drafts,
their state and their blockers parse none. What a note says of its place is the same."""

from __future__ import annotations

from sync_site import POST, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import sync, sync_draft_review, sync_drafts


def test_the_draft_text_is_parsed_when_a_note_needs_it(team, monkeypatch) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    sync_draft_review.note_on_draft(editor, draft.branch, "Which day?", "Ed", on="windy Tuesday")
    (draft,) = sync_drafts.draft_queue(editor)
    parsed: list[bytes] = []
    document = sync_draft_review.Document
    from_bytes = document.from_bytes

    def counted(data, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        parsed.append(data)
        return from_bytes(data, *args, **kwargs)

    monkeypatch.setattr(document, "from_bytes", counted)
    seen = sync_draft_review.draft_review(editor, draft)
    assert seen.state.state == "waiting" and len(seen.notes) == 1
    assert parsed == []  # listed: nothing parsed
    (note,) = seen.notes
    assert seen.note_on(note) == " on “windy Tuesday”"
    assert seen.note_json(note)["words_changed"] is False
    assert len(parsed) == 1  # parsed once, when the note's place was asked
