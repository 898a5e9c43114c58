"""A branch draft's findings for the Drafts dialog's Approve (`draft_findings`) come as one
record, what holds it back apart from Check's warnings, with Check run once on the draft
(it ran once for the errors and once more for the warnings). Same findings."""

from __future__ import annotations

from pathlib import Path

from sync_site import POST, replace_in
from test_sync_drafts import team  # noqa: F401 - the shared copies: server, author, editor

from editor_app.core import review, sync, sync_draft_review, sync_drafts
from editor_app.core import validate as validate_module


def test_draft_findings_run_check_once(team, monkeypatch) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    # The draft gives its title twice (a warning) and gets an open note (a blocker).
    replace_in(author / POST, "title: ", "title: Draft title\ntitle: ")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    sync_draft_review.note_on_draft(editor, draft.branch, "Which day?", "Ed Editor")
    (draft,) = sync_drafts.draft_queue(editor)  # as it is now, with the note
    runs: list[Path] = []
    check = validate_module.validate_document

    def counted(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        runs.append(doc.path)
        return check(doc, *args, **kwargs)

    monkeypatch.setattr(validate_module, "validate_document", counted)
    findings = sync_draft_review.draft_findings(editor, draft)
    assert isinstance(findings, review.ApprovalFindings)
    assert [b.kind for b in findings.blockers] == ["note"]
    assert [w.kind for w in findings.warnings] == ["warning"]
    assert len(runs) == 1
