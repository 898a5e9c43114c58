"""File > New in the window: ask for the kind of page and its title, then show the new page
unsaved, like its collection's other pages (core/new_page.py); the first Save creates the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from editor_app.core import safe_paths
from editor_app.core.document import Document
from editor_app.core.errors import explain_os_error
from editor_app.ui import dialogs
from editor_app.ui.form_fields import BoolField
from editor_app.ui.new_page_dialog import NewDocumentDialog, NewPageQuestion


def new_document(session: Any) -> None:
    """File > New: ask for the collection and title, then show the new page, unsaved.

    The file is created by the first Save (until then recovery copies keep the text), so
    a page started by mistake leaves nothing behind."""
    w = session.window
    if w.site is None:
        return
    from editor_app.core import new_page_folders, new_page_path  # imported when first used
    from editor_app.core.new_page import new_page_start

    collections = [(name, c.label) for name, c in w.site.collections.items()]
    if not collections:
        dialogs.show_info(w, w.tr("New document"), _no_kind_of_page(w))
        return

    # Each collection's folders, worked out when the dialog opens or the collection changes.
    known: dict[str, list[str]] = {}

    def folders(collection: str) -> list[str]:
        known[collection] = new_page_folders.page_folders(w.site, collection)
        return known[collection]

    from editor_app.core.archetype_find import archetype_kinds, folder_kind
    from editor_app.core.new_page_habits import example_title
    from editor_app.core.new_page_name import title_folder
    from editor_app.core.new_page_path import folder_in_language
    from editor_app.core.new_page_translation import translation_sources, with_translation_key

    question = NewPageQuestion(
        collections,
        lambda c, t, folder=None, kind=None, lang=None, section=False, translation_of=None: (
            propose_name(w.site, c, t, folder, known.get(c), kind, lang, section, translation_of)
        ),
        current=_current_collection(w, session.doc),
        folders=folders,
        near=_folder_of(w.site, session.doc),
        same_title=lambda c, t, lang=None, folder=None: _same_title(w.site, c, t, lang, folder),
        kinds=[(k, _kind_label(w, k)) for k in archetype_kinds(w.site)],
        # A site in several languages: the example in its default language, else the author's.
        example=lambda c: example_title(w.site, c, language=QLocale().name()),
        languages=_languages(w),
        language=_language_of(w, session.doc),
        sections=w.site.generator == "hugo",
        folder_for=lambda c, t: title_folder(w.site, c, t),
        must_pick=lambda c: bool(new_page_folders.subfolders_only(w.site, c)),
        kind_for=lambda folder: folder_kind(w.site, folder),
        translations=lambda c, lang, folder: translation_sources(w.site, c, lang, folder),
        folder_in=lambda folder, lang: folder_in_language(w.site, folder, lang),
    )
    answer = NewDocumentDialog.ask(w, question)
    if answer is None:
        return
    if not session.close_document():
        return
    collection, title, folder, kind = answer.collection, answer.title, answer.folder, answer.kind
    lang, section = answer.lang, answer.section  # section: a new Hugo section's `_index.md`
    original = answer.translation_of  # the page it translates: named as Hugo pairs them
    try:
        path = new_page_path.proposed_path(
            w.site, collection, title, folder=folder, folders=known.get(collection), kind=kind,
            lang=lang, section=section, translation_of=original,
        )  # fmt: skip
        data, note = new_page_start(
            w.site, collection, title, w.schema,
            folder=path.parent if folder or original else None, path=path, kind=kind,
        )  # fmt: skip
        if original:
            data = with_translation_key(w.site, original, data, path)
        if not safe_paths.is_inside(path.parent, w.site.root):
            raise ValueError(w.tr("The collection's folder lies outside the site folder."))
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        dialogs.show_error(w, w.tr("Not created"), explain_os_error(exc, None, "created"))
        return
    except (ValueError, KeyError) as exc:
        dialogs.show_error(w, w.tr("Not created"), str(exc))
        return
    doc = Document.from_bytes(b"", path.resolve())
    doc.set_text(data.decode("utf-8"))  # unsaved: Save creates the file
    w.library.set_collection(collection)
    session.show_document(doc)
    if section:
        _folder_gone_if_unsaved(w, path)
    elif new_page_path.makes_bundle(w.site, collection, kind):
        _bundle_files_on_first_save(w, collection, path, kind)
    if note:  # a Hugo archetype's part not filled in: said, not guessed
        w.statusBar().showMessage(note, 15000)
    focus_first_blank(w, doc, collection)


def _no_kind_of_page(w: Any) -> str:
    """Why New makes no page in a folder with no kind of page, and what to do: a folder
    with pages lists them as Other pages; an empty one has none to list or start from."""
    where = w.tr(
        "Open the site's own folder (the one holding _config.yml, hugo.toml or "
        "eleventy.config.js)"
    )
    if not any(True for _ in w.site.entries()):
        return w.tr(
            "A new page goes into one of the site's kinds of page (like Posts), and this "
            "folder has none, nor any page yet (a page put here would be listed under Other "
            "pages). {where}."
        ).format(where=where)
    return w.tr(
        "A new page goes into one of the site's kinds of page (like Posts), and this "
        "folder has none: its pages are listed as Other pages. {where}, or open a page "
        "here and use File > Save As… to start another from it."
    ).format(where=where)


def _folder_gone_if_unsaved(w: Any, index: Any) -> None:
    """A new section's folder is taken away again when its page is closed unsaved (only
    when empty: nothing anyone put there)."""

    def done() -> None:
        w.documentSaved.disconnect(saved)
        w.documentClosed.disconnect(closed)

    def saved(path: Any) -> None:
        if path is not None and Path(path).resolve() == Path(index).resolve():
            done()

    def closed(path: Any) -> None:
        if path is None or Path(path).resolve() != Path(index).resolve():
            return
        done()
        if not Path(index).exists():
            try:
                Path(index).parent.rmdir()
            except OSError:
                pass

    w.documentSaved.connect(saved)
    w.documentClosed.connect(closed)


def _bundle_files_on_first_save(w: Any, collection: str, index: Any, kind: str | None) -> None:
    """A Hugo bundle's other files (images, notes from its archetype) are written beside its
    `index.md` when that is first saved, as the page itself: a page started by mistake and
    closed unsaved leaves nothing, its empty folder taken away again."""
    from editor_app.core import page_create

    site = w.site

    def done() -> None:
        w.documentSaved.disconnect(saved)
        w.documentClosed.disconnect(closed)

    def closed(path: Any) -> None:
        if path is None or Path(path).resolve() != Path(index).resolve():
            return
        done()
        if not Path(index).exists():
            try:
                Path(index).parent.rmdir()  # only when empty: nothing anyone put there
            except OSError:
                pass

    def saved(path: Any) -> None:
        if path is None or Path(path).resolve() != Path(index).resolve():
            return
        done()
        try:
            written, note = page_create.add_bundle_files(site, collection, Path(index), kind)
        except OSError as exc:
            written, note = [], explain_os_error(exc, None, "created")
        said = note or ""
        if written:
            said = w.tr("Saved {name}, with {files} from the archetype beside it.").format(
                name=Path(index).name, files=", ".join(written)
            ) + (f" {note}." if note else "")
        if said:
            w.statusBar().showMessage(said, 15000)

    w.documentSaved.connect(saved)
    w.documentClosed.connect(closed)


def _kind_label(w: Any, kind: str) -> str:
    """A Hugo archetype's name as the New dialog lists it, in plain words as sections are
    (`glossary` -> Glossary, `how-to` -> How to); a bundle's says it is a folder. The
    dialog keeps the file's name for the work."""
    from editor_app.core.archetype_find import find_archetype, is_bundle_archetype
    from editor_app.core.site_layout import plain_label

    collection = next(iter(w.site.collections), None)
    found = find_archetype(w.site, collection, kind) if collection else None
    label = plain_label(kind)
    if found is not None and is_bundle_archetype(found):
        return w.tr("{kind} (a folder per page)").format(kind=label)
    return label


def _same_title(
    site: Any, collection: str, title: str, lang: str | None = None, folder: str | None = None
) -> str | None:
    """The page of `collection` already titled `title`, relative to the site, if any, in the
    language picked (`lang`, else the default's) or the `lang:` of `folder`'s pages."""
    from editor_app.core.archetype_site import default_language
    from editor_app.core.new_page_same_title import same_title

    lang = lang or (default_language(site) if site.generator == "hugo" else None)
    place = site.root / folder if folder else site.collections[collection].folder
    other = same_title(site, collection, title, site.root, lang, place)
    if other is None:
        return None
    try:
        return other.relative_to(site.root).as_posix()
    except ValueError:
        return str(other)


def _languages(w: Any) -> list[tuple[str | None, str]]:
    """The languages of a Hugo site in several, as the New dialog lists them: those told by
    file name and those kept in a content folder of their own, made on Create when no page
    is there yet (`new_page_path.language_base`, as `editor-app new --lang`); the default's
    first, its data None (a plain name) unless it has a folder of its own; [] for one
    language or none."""
    from editor_app.core.archetype_site import default_language, language_label, languages_by_name
    from editor_app.core.new_page_language_hugo import kept_language_folders

    if w.site.generator != "hugo":
        return []
    folders = kept_language_folders(w.site)
    default = default_language(w.site)
    codes = sorted({*languages_by_name(w.site), *folders}, key=lambda k: (k != default, k))
    if len(codes) < 2:
        return []
    listed: list[tuple[str | None, str]] = []
    for code in codes:
        name = language_label(w.site, code)  # 'Français', the code kept as the item's data
        label = f"{name} ({code})" if name != code else code
        listed.append((None if code == default and code not in folders else code, label))
    return listed


def _language_of(w: Any, doc: Document | None) -> str | None:
    """The open page's language when its file name tells it (`old.fr.md`: `fr`), else its
    content folder's (`content/fr/...` mounted for French), else None (the dialog then starts
    on the default language)."""
    from editor_app.core.archetype_site import default_language, language_of
    from editor_app.core.new_page_language_hugo import kept_language_folders

    if doc is None or doc.path is None or w.site.generator != "hugo":
        return None
    found = language_of(w.site, doc.path)  # the default when neither tells one
    if found in kept_language_folders(w.site):
        return found  # listed by its code, the default too
    return None if found == default_language(w.site) else found


def _current_collection(w: Any, doc: Document | None) -> str | None:
    """The kind of page the dialog starts on: the one listed, else the open page's (a Hugo
    section's `_index.md` is listed with the other pages; the next page is its section's)."""
    from editor_app.core.new_page_folders import collection_beside

    listed = w.library.current_collection()
    if listed in w.site.collections or doc is None or doc.path is None:
        return listed
    return collection_beside(w.site, doc.path) or listed


def _folder_of(site: Any, doc: Document | None) -> str | None:
    """The open page's folder from the site root (None without a page or outside the site)."""
    if doc is None or doc.path is None:
        return None
    try:
        return doc.path.resolve().parent.relative_to(site.root.resolve()).as_posix()
    except ValueError:
        return None


def focus_first_blank(window: Any, doc: Document, collection: str) -> None:
    """The keyboard in the new page's first empty required field, else in its text: the author
    starts typing where the page needs words (it was left in the list chooser)."""
    form = window.form
    schema = window.schema.for_collection(collection) if window.schema is not None else None
    required = {f.name for f in schema.fields if f.required} if schema is not None else set()
    if window.form_area.isVisible():
        for name, widget in form.widgets.items():
            if name not in required or isinstance(widget, BoolField):
                continue  # a tick box is never empty: unticked is an answer
            if doc.front_matter.get(name) in (None, "", [], {}) and form.focus_field(name):
                return
    window.editor.setFocus()


def propose_name(
    site: Any,
    collection: str,
    title: str,
    folder: str | None = None,
    folders: list[str] | None = None,
    kind: str | None = None,
    lang: str | None = None,
    section: bool = False,
    translation_of: str | None = None,
) -> str:
    """The file File > New will create, relative to the site (the core decides the name);
    `folders`: the collection's page folders, when already worked out; `kind`: a Hugo
    archetype picked (`hugo new --kind`); `lang`: a language told by file name (`x.fr.md`);
    `section`: a new Hugo section's own page (`x/_index.md`); `translation_of`: the page the
    new one translates (`page_create.proposed_path`)."""
    from editor_app.core.new_page_path import proposed_path

    path = proposed_path(
        site, collection, title, folder=folder, folders=folders, kind=kind, lang=lang,
        section=section, translation_of=translation_of,
    )  # fmt: skip
    try:
        return path.relative_to(site.root).as_posix()
    except ValueError:  # a collection folder outside the site folder
        return str(path)
