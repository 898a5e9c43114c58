"""The New document dialog answers with a record whose parts are named (`NewPageRequest`:
collection, title, folder, kind, lang, section), whatever was picked; it answered with a
tuple of two to six items whose length said what had been picked."""

from __future__ import annotations

import pytest

from editor_app.ui.dialogs import NewDocumentDialog, NewPageRequest
from editor_app.ui.new_page_dialog import NewPageQuestion


def _propose(c: str, t: str, folder: str | None = None, **_: object) -> str:
    return f"{folder or c}/{t.lower()}.md"


def _ask(monkeypatch: pytest.MonkeyPatch, fill_in) -> NewPageRequest | None:  # noqa: ANN001
    def run(dialog: NewDocumentDialog) -> int:
        fill_in(dialog)
        return NewDocumentDialog.DialogCode.Accepted

    monkeypatch.setattr(NewDocumentDialog, "exec", run)
    question = NewPageQuestion(
        [("posts", "Posts")],
        _propose,
        folders=lambda c: ["content/posts", "content/posts/fr"],
        kinds=[("glossary", "Glossary")],
        languages=[(None, "English"), ("fr", "Français")],
        sections=True,
    )
    return NewDocumentDialog.ask(None, question)


def test_everything_picked(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    def fill_in(dialog: NewDocumentDialog) -> None:
        dialog.title_edit.setText("Bonjour")
        dialog.folder_box.setCurrentIndex(1)
        dialog.kind_box.setCurrentIndex(1)
        dialog.lang_box.setCurrentIndex(1)
        dialog.section_box.setChecked(True)

    answer = _ask(monkeypatch, fill_in)
    assert answer == NewPageRequest(
        collection="posts", title="Bonjour", folder="content/posts/fr", kind="glossary",
        lang="fr", section=True,
    )  # fmt: skip


def test_nothing_picked_but_the_title(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    answer = _ask(monkeypatch, lambda dialog: dialog.title_edit.setText("Hello"))
    assert answer is not None
    assert (answer.collection, answer.title) == ("posts", "Hello")
    assert (answer.folder, answer.kind, answer.lang, answer.section) == (None, None, None, False)


def test_only_a_language_picked(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    def fill_in(dialog: NewDocumentDialog) -> None:
        dialog.title_edit.setText("Salut")
        dialog.lang_box.setCurrentIndex(1)

    assert _ask(monkeypatch, fill_in) == NewPageRequest("posts", "Salut", lang="fr")
