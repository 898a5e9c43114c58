"""Persian (right-to-left) words in the review's lists keep their order and their quote marks:
in a left-to-right line a note's quoted “باید” read باید”” (the marks drifted to the other
side). The notes list, the suggested edits and the Drafts dialog set them apart (Unicode's
first strong isolate); English words are shown as they are."""

from __future__ import annotations

from pathlib import Path

from editor_app.core import review
from editor_app.ui.review import NotesPanel

FSI, PDI = "\u2068", "\u2069"
BODY = "هیچ قانونی وجود ندارد که بگوید هنگام راه‌اندازی، باید پروژه را تبلیغ کنید.\n"


def page(tmp_path: Path) -> Path:
    path = tmp_path / "finding-users.md"
    path.write_text("---\ntitle: پیدا کردن کاربر\n---\n" + BODY, encoding="utf-8")
    return path


def test_a_persian_note_keeps_its_quote_marks(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_document(page(tmp_path), BODY)
    start = BODY.index("باید")
    panel.add_note(start, start + len("باید"), "این کلمه را حذف کنید (remove it)", "سارا")
    shown = panel.list.item(0).text().split("\n")
    assert shown[0].startswith(f"{FSI}سارا{PDI}, ")
    # The quote and the note are lines of their own, each read in its own direction
    # (LinesAsTheyRead): set apart no more.
    assert shown[1] == "“باید”"
    assert shown[2] == "این کلمه را حذف کنید (remove it)"
    # A suggested edit on Persian words too, in the list under the notes.
    store = review.NoteStore(panel.store.document)
    store.add_suggestion(review.make_suggestion(BODY, start, start + len("باید"), "", "Ed"))
    panel.set_document(store.document, BODY)
    # Persian words a line each, read in its own direction (LinesAsTheyRead): not set apart.
    said = panel.suggestions.list.item(0).text().split("\n")[1:]
    assert said == ["Delete", "“باید”"]


def test_english_words_are_shown_as_they_are(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "page.md"
    path.write_text("---\ntitle: A page\n---\nWe wanted a story.\n", encoding="utf-8")
    panel = NotesPanel()
    qtbot.addWidget(panel)
    body = "We wanted a story.\n"
    panel.set_document(path, body)
    panel.add_note(3, 9, "Say why.", "Ed")
    assert panel.list.item(0).text().split("\n")[1:] == ["“wanted”", "Say why."]
    suggestion = review.make_suggestion(body, 3, 9, "wanted a short", "Ed")
    assert suggestion.describe(shown=True) == suggestion.describe()
    assert FSI not in suggestion.describe()


def test_a_persian_send_back_message_on_the_page_line(qtbot, site_copy: Path, settings) -> None:  # noqa: ANN001
    # Cut short in a narrow window, the message's "…" comes at its own end (its left), not
    # after its first word.
    import sys

    from PySide6.QtCore import Qt

    from editor_app.core.site import Site
    from editor_app.ui.review.window import ReviewWindow

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
    from test_review_jekyll_drafts import NEW_DRAFT, add_drafts

    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    review.send_back(page, "لطفا یادداشت را ببینید", "Ed")
    window = ReviewWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.panel.queueLoaded, timeout=30000):
        window.set_site(Site.open(site_copy))
    window.panel.select_path(page.resolve())
    assert f"sent back: {FSI}لطفا یادداشت را ببینید{PDI}" in window.panel.detail_label.text()
    # The queue's State column says the reason in its tooltip, set apart as well.
    model = window.panel.model
    row = next(r for r in range(model.rowCount()) if model.item(r).path.resolve() == page.resolve())
    tip = model.data(model.index(row, 7), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(f": {FSI}لطفا یادداشت را ببینید{PDI}")


def test_the_approve_checklist_keeps_persian_words_in_order(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    # "Open note by Ed (on “باید”): …" read "(on “باید” :(…": the bracket and colon were
    # taken into the Persian words. The command line's words stay plain.
    from editor_app.ui.review.approve_dialog import ApproveDialog

    path = page(tmp_path)
    store = review.NoteStore(path)
    start = BODY.index("باید")
    store.add(review.make_note(BODY, start, start + 4, "این کلمه را حذف کنید (remove it)", "Ed"))
    blockers = review.record_blockers(review.NoteStore(path))
    assert blockers[0].text == "Open note by Ed (on “باید”): این کلمه را حذف کنید (remove it)"
    dialog = ApproveDialog("پیدا کردن کاربر", review.ApprovalFindings(blockers, []))
    qtbot.addWidget(dialog)
    shown = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
    assert (
        f"✗  Open note by Ed (on “{FSI}باید{PDI}”): {FSI}این کلمه را حذف کنید (remove it){PDI}"
        in shown
    )


def test_the_report_reads_a_persian_note_and_page_from_the_right(tmp_path: Path) -> None:
    path = page(tmp_path)
    store = review.NoteStore(path)
    start = BODY.index("باید")
    store.add(review.make_note(BODY, start, start + 4, "این کلمه را حذف کنید (remove it)", "Ed"))
    store.add(review.make_note(BODY, 0, 0, "Looks good to me.", "Ed"))
    html = review.report_html([path])
    assert '<div dir="rtl">این کلمه را حذف کنید (remove it)</div>' in html
    assert '<div class="quote" dir="rtl">' in html
    assert '<div class="page" dir="rtl">' in html
    assert "<div>Looks good to me.</div>" in html  # English as it was


def test_the_report_keeps_a_decision_s_persian_words_in_order(tmp_path: Path) -> None:
    # The record keeps "Still open then" as plain lines: their Persian words set apart there.
    path = page(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\n", "---\npublished: false\n", 1), encoding="utf-8")
    store = review.NoteStore(path)
    start = BODY.index("باید")
    store.add(review.make_note(BODY, start, start + 4, "این کلمه را حذف کنید (remove it)", "Ed"))
    review.send_back(path, "لطفا یادداشت را ببینید.", "Ed")
    review.approve(path, anyway=True, reason="The author is away", author="Ana")
    html = review.report_html([path])
    line = f"Open note by Ed (on “{FSI}باید{PDI}”): {FSI}این کلمه را حذف کنید{PDI} (remove it)"
    assert f"<li>{line}</li>" in html
    assert f"{FSI}لطفا یادداشت را ببینید{PDI}." in html


def test_each_line_of_a_persian_note_is_set_apart(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    # A new line ends an isolate: a note of two paragraphs had its second left unmarked,
    # its full stop drifting to the wrong side.
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_document(page(tmp_path), BODY)
    start = BODY.index("باید")
    panel.add_note(start, start + 4, "این کلمه را حذف کنید.\nبعد دوباره بخوانید.", "Ed")
    shown = panel.list.item(0).text().split("\n")
    # Each line its own paragraph in the list (LinesAsTheyRead), its own direction.
    assert shown[2:] == ["این کلمه را حذف کنید.", "بعد دوباره بخوانید."]
    assert review.isolate("First line.\nدوم") == f"First line.\n{FSI}دوم{PDI}"


def test_who_decided_a_suggestion_is_set_apart(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    # "(rejected by سارا)": the Persian name took the closing bracket to its other side.
    path = page(tmp_path)
    store = review.NoteStore(path)
    start = BODY.index("باید")
    suggestion = review.make_suggestion(BODY, start, start + 4, "", "Ed")
    store.add_suggestion(suggestion)
    review.reject_suggestion(path, suggestion.id, "سارا")
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_document(path, BODY)
    head = panel.suggestions.list.item(0).text().split("\n")[0]
    assert head.endswith(f"(rejected by {FSI}سارا{PDI})")
