"""How a step of the Drafts dialog runs: its look at the server on opening (a step clicked
meanwhile waits for it, said with the seconds waited; a failed look said at once), the
reviewer's name, and a step run through the Sharing bar off the UI thread, the words of a
note or send back that could not be sent kept for the next try. Mixed into
`DraftDecisionsMixin` (so into `DraftsDialog`), whose `bar`, `root`, `message`, `drafts`,
`fill` and `_enable` these methods use."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QTimer

from editor_app.core import sync as sync_names
from editor_app.core import sync_drafts
from editor_app.core.sync_draft_review import NOT_SENT
from editor_app.core.sync_git import NETWORK_TIMEOUT
from editor_app.ui.sync_draft_suggestions import READ_ERRORS
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object

tr = translator("DraftsDialog")


# What offline means for each step, said with the failed look and with each refusal: an
# approval is kept here and shared later (`sync_draft_approve`); a note, send back or
# decision is made on the draft where it waits on the server, so it is sent then or not at all.
OFFLINE_RULE = (
    "Approve is kept here and shared once the server is reachable; a note or send back is "
    "sent only then (your words are kept)."
)

# Names of what a step sends, for "so the note was not sent".
_SENT_THING = {"note": "the note", "send back": "the send back"}
_BUTTON = {"note": "Add note…", "send back": "Send back…"}

# The words of a note or send back that could not be sent, kept for the next try while the
# app runs, also across closing the dialog: (site folder, branch, kind) -> words.
_UNSENT: dict[tuple[str, str, str], str] = {}


def unreached(reason: str = "") -> str:
    """Said at once when the dialog's look at the server fails: why (out of reach, the shared
    copy not at its address, access refused), then that the drafts shown are this copy's,
    and, out of reach, which steps wait here and which are sent only once it is reachable."""
    if not reason or reason == sync_names.UNREACHED_TEXT:
        return tr(
            "The server could not be reached: the drafts shown are those on this computer. "
            "{rule}"
        ).format(rule=tr(OFFLINE_RULE))
    reason = reason.strip()
    if reason[-1] not in ".?!":
        reason += "."
    return tr("{reason} The drafts shown are those on this computer.").format(reason=reason)


def not_sent(reason: str, kind: str = "") -> str:
    """A note, send back or decision clicked while the server is out of reach or refused:
    nothing was sent, and why; for a note or send back (`kind`), that its words are kept
    and how to send them, as an approval alone is kept here to be shared later."""
    if not reason or reason == sync_names.UNREACHED_TEXT or reason == NOT_SENT:
        if kind in _SENT_THING:
            return tr(
                "The server cannot be reached, so {thing} was not sent. Its words are kept: "
                "click {button} again once the server is reachable (only an approval is kept "
                "here and shared later)."
            ).format(thing=tr(_SENT_THING[kind]), button=tr(_BUTTON[kind]))
        return NOT_SENT
    return tr("{reason} Nothing was sent: try again once it is put right.").format(
        reason=reason.strip().rstrip(".")
    )


def _reason(answer: object) -> str:
    """The look's failure in words, "" when the server answered (`sync.ServerLook`; a
    string is the job's own failure)."""
    if isinstance(answer, str):
        return answer or sync_names.UNREACHED_TEXT
    if isinstance(answer, sync_names.ServerLook):
        return answer.reason
    return "" if answer else sync_names.UNREACHED_TEXT


class DraftStepsMixin(_Base):
    """The look at the server and the running of a step, for the DraftsDialog."""

    def _ask_server(self) -> None:
        """Drafts sent, or sent again, since this copy last asked wait on the server: asked
        off the UI thread (the drafts known here are shown meanwhile), then listed again
        when the server had news; the status line asks only every few minutes."""
        jobs = getattr(getattr(self.bar, "window_", None), "jobs", None)
        if jobs is not None:
            self._asking = True
            self._asked_at = time.monotonic()
            jobs.start(sync_names.fetch_latest, self.root, on_done=self._asked, on_error=self._asked)

    def _asked(self, answer: object) -> None:
        """The look's end: True, the server answered; False or a reason, it could not be
        asked (offline, not found): said at once, and a step waiting runs on what this copy
        holds (an approval is shared later; a note or send back says it was not sent)."""
        if not shiboken6.isValid(self):
            return  # closed
        self._asking = False
        if self._waiting_step is not None:
            self._stop_ticking()  # the seconds the step waited
        reason = _reason(answer)
        said = unreached(reason) if reason else ""
        self._offline_said = said  # kept on the line while offline ("" once it answers)
        self._tell_bar(answer, reason)
        step, self._waiting_step = self._waiting_step, None
        if step is not None:
            self._enable(True)
            # A note, send back or decision needs the server the look just failed to reach:
            # said at once, its words kept, not asked again (a silent server took two more
            # minutes). Approve runs here, shared later.
            # The step asks the server itself, and lists the drafts again at its end.
            said_why_itself = step(reason)
            if said and not said_why_itself:
                self.message.setText(f"{said} {self.message.text()}".strip())
            return
        if said:
            self.message.setText(said)
        if self._busy:
            return  # a step runs: its end lists them again
        try:
            drafts = sync_drafts.draft_queue(self.root)
        except READ_ERRORS:
            return  # said by the next listing
        if [(d.branch, d.commit) for d in drafts] != [(d.branch, d.commit) for d in self.drafts]:
            d = self.current
            self.fill(keep=d.branch if d is not None else None, drafts=drafts)

    def _tell_bar(self, answer: object, reason: str) -> None:
        """The Sharing bar's line follows what the look learnt of the server (out of reach,
        the address wrong, access refused; or answering again)."""
        told = getattr(self.bar, "server_looked", None)
        if told is not None and (reason or isinstance(answer, sync_names.ServerLook)):
            offline = reason == sync_names.UNREACHED_TEXT or getattr(answer, "offline", False)
            told(offline=offline, problem="" if offline else reason)

    def _author(self) -> str | None:
        """The reviewer's name, as the review window has it (asked once, then remembered);
        "" when they give none: the core then signs as every sharing commit of this copy
        does (git's user.name), and only without one with the login name. None when they
        cancel the question: the caller then does nothing."""
        from editor_app.ui.dialogs import ReviewerName

        settings = getattr(getattr(self.bar, "window_", None), "settings", None)
        return ReviewerName.get(settings, self, self.root) if settings is not None else ""

    def _kept(self, d: sync_drafts.Draft, kind: str) -> dict[str, str]:
        """The words of a note or send back on this draft that could not be sent: asked again
        with them, not lost."""
        text = _UNSENT.get((str(self.root), d.branch, kind))
        return {"text": text} if text else {}

    def _keep_unsent(self, keep: tuple[str, str, str] | None, words: bool) -> None:
        """Keep (`words`) or forget the words of a note or send back, `keep` (branch, kind,
        words), for the next try on this draft."""
        if keep is None:
            return
        key = (str(self.root), keep[0], keep[1])
        if words:
            _UNSENT[key] = keep[2]
        else:
            _UNSENT.pop(key, None)

    def _run(
        self,
        d: sync_drafts.Draft,
        busy: str,
        said: str,
        fn: Any,
        *args: Any,
        keep: tuple[str, str, str] | None = None,
    ) -> None:
        """`fn(root, *args, author, email=...)` on the draft's branch, signed as Share, Send
        for review and Approve sign: the reviewer's name (None: git's name signs) and the
        app's e-mail (Tools > Your Name and E-mail…; none: git's). Nothing done when the name
        question is cancelled. `keep`: (branch, kind, words) offered again when it fails
        (`_kept`)."""
        author = self._author()
        if author is None:  # the name question was cancelled: nothing sent, the words kept
            self._keep_unsent(keep, True)
            return
        fn = partial(fn, email=self.bar._email())

        def done(_result: Any) -> None:
            self._stop_ticking()
            self._keep_unsent(keep, False)
            self._offline_said = ""  # the server took it: no longer said offline
            self.fill(keep=d.branch)
            self.message.setText(said)

        def failed(reason: str) -> None:
            self._stop_ticking()
            self._keep_unsent(keep, True)
            if keep is not None and reason == NOT_SENT:  # the core's offline line: what waits
                reason = not_sent(reason, keep[1])
            self._failed(reason)

        def start(look_failed: str) -> bool:
            """True: refused, the look having failed (said why itself, no offline line)."""
            if look_failed:
                failed(not_sent(look_failed, keep[1] if keep is not None else ""))
                return True
            if self.bar.review_draft(
                busy, said, fn, *args, author or None, done=done, failed=failed
            ):
                self._enable(False)
                self.message.setText(busy)
                self._tick_while(busy)
            else:
                self.message.setText(tr("Another sharing step is running: try again in a moment."))
            return False

        self.after_asking(start)

    # A step still running after this many seconds says how long it has run (a server that
    # does not answer is given up on only after NETWORK_TIMEOUT).
    SAY_SECONDS_AFTER = 5

    def _tick_while(self, busy: str) -> None:
        """Say, each second once SAY_SECONDS_AFTER have passed, how long the step has run."""
        started = time.monotonic()

        def tick() -> None:
            if not shiboken6.isValid(self) or not getattr(self.bar, "busy", False):
                self._stop_ticking()  # ended (its end says so), never ticking over another line
                return
            waited = int(time.monotonic() - started)
            if waited >= self.SAY_SECONDS_AFTER:
                self.message.setText(
                    tr(
                        "{busy} ({waited} s; a server that does not answer is given up on "
                        "after {limit} s)"
                    ).format(busy=busy, waited=waited, limit=NETWORK_TIMEOUT)
                )

        self._tick_each_second(tick)

    def _tick_each_second(self, tick: Callable[[], None]) -> None:
        """`tick` each second until `_stop_ticking`: the dialog's one ticker, saying how long
        a step has run, or how long one clicked has waited for the look."""
        self._stop_ticking()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(tick)
        self._ticker.start()

    def _stop_ticking(self) -> None:
        timer = getattr(self, "_ticker", None)
        if timer is not None and shiboken6.isValid(timer):
            timer.stop()
            timer.deleteLater()
        self._ticker = None

    def after_asking(self, step: Callable[[str], bool]) -> None:
        """Run `step` (a note, send back, decision or approval) once the dialog's own look
        at the server is done: run beside it, the look's older answer could be written over
        what the step had just sent, the draft then listed as it was before the step. The
        step is given why the look failed ("" when it did not) and says whether it refused
        for that reason, having said why itself."""
        if not self._asking:
            step("")
            return
        self._waiting_step = step
        self._enable(False)
        self._say_waiting()
        self._tick_each_second(self._say_waiting)

    def _say_waiting(self) -> None:
        """Why a step clicked waits, and how long it has: a server that does not answer is
        given up on only after NETWORK_TIMEOUT."""
        waited = int(time.monotonic() - self._asked_at)
        self.message.setText(
            tr(
                "Asking the server for the newest drafts first ({waited} s): your step runs "
                "once it answers, or after {limit} s if it does not."
            ).format(waited=waited, limit=NETWORK_TIMEOUT)
        )

    def _failed(self, reason: str) -> None:
        self._enable(True)
        self.message.setText(reason)
