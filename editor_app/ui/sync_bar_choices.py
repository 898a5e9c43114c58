"""The Sharing toolbar's choices left by Get latest: the Choices window, and what is said
after it. Mixed into `SyncBar`, whose state and helpers these methods use (`root`, `state`,
`open_page`, `window_`, `_sharing`, `_merge_open_page`, `_files_changed`,
`_schema_follows`, `_tell`, `refresh`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor_app.core import sync, sync_conflicts
from editor_app.ui.sync_choices import ChoiceDialog
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object

tr = translator("SyncBar")


class ChoicesMixin(_Base):
    """Choices… and the dialog Get latest opens when a place was changed on both sides."""

    def show_choices(self, conflicts: list[sync.Conflict] | None = None) -> None:
        """The choice dialog for these places (default: all those waiting)."""
        waiting = self.state.conflicts if conflicts is None else conflicts
        if not waiting or self.root is None:
            return
        # A choice may rewrite the open page's file: its unsaved text is kept safe first, and
        # the file under it remembered, so the chosen version joins that text afterwards.
        self.open_page.keep_in_recovery()
        self.open_page.remember()
        dialog = ChoiceDialog(sync.open_repo(self.root), waiting, self.window_)
        self.choice_dialog = dialog
        dialog.finished.connect(lambda *_a: self._after_choices(dialog))
        self._sharing(True)
        dialog.open()

    def _after_choices(self, dialog: ChoiceDialog) -> None:
        removed = ""
        if dialog.changed:
            # Keep theirs removed the open page: said so, not "deleted by another program".
            removed = self.open_page.close_if_removed(dialog.changed, self.state.root)
            # Not "changed by another program": it was this choice.
            removed = sentences(removed, self._merge_open_page())
            # The pages alone: a picture or data file put back is no page of the list.
            self._files_changed(sync.pages_of(dialog.changed))
            self._schema_follows(dialog.changed)  # their fields, at once
        if dialog.made:
            # Said, as `sync choose` says it: the dialog closed on the last one with no word.
            n = len(dialog.made)
            said = tr("1 choice made.") if n == 1 else tr("{n} choices made.").format(n=n)
            kept = [*dialog.kept_both, *dialog.both_paragraphs]
            if kept and n == 1:
                said = kept[0]  # names the choice made: the line fits at 1024
            else:
                said = sentences(said, *kept)
            if dialog.kept_both:
                said += tr(" Share my changes to send both.")  # theirs, under its new name
            elif dialog.to_share:
                said += tr(" Share my changes to send the result.")
            elif any(choice != "theirs" for choice in dialog.made):
                said += " " + tr(sync_conflicts.KEPT_HERE_ONLY)  # a data file, the settings
            self._tell(f"{said} {removed}" if removed else said)
        self._sharing(False)
        self.refresh(fetch=False)


def sentences(*said: str) -> str:
    """Words said one after the other in one line, each ending with a full stop but the last
    as it was ("Got the latest: 1 page changed by others. “A” was removed…")."""
    parts = [s.strip() for s in said if s and s.strip()]
    return " ".join(
        [*(p if p.endswith((".", "…", "?", "!")) else p + "." for p in parts[:-1]), *parts[-1:]]
    )
