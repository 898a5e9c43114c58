"""An empty Web address box (Jekyll's `permalink`, the page's own address on the site) shows
`/…/` as its example, as the site's pages write theirs (`permalink: /docs/assets/`); it showed
`https://…`, which such a field never holds. A link to elsewhere still shows `https://…`."""

from __future__ import annotations

from shared_sites import shared_site_path

from editor_app.core.settings_form import address_example
from editor_app.ui.form_kinds import make_widget


def test_examples_by_field_and_generator() -> None:
    assert address_example("permalink", "jekyll") == "/…/"
    assert address_example("permalink", "eleventy") == "/…/"
    assert address_example("URL", "hugo") == "/…/"
    assert address_example("link", "jekyll") == "https://…"
    assert address_example("permalink", "hugo") == "https://…"


def test_the_jekyll_docs_web_address_box(qtbot) -> None:  # noqa: ANN001
    from editor_app.core.schema import load_schema
    from editor_app.core.site import Site
    from editor_app.ui.form import FrontMatterForm

    site = Site.open(shared_site_path("jekyll-docs"))
    schema = load_schema(site)
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    docs = schema.for_collection("docs")
    permalink = docs.field("permalink")
    assert permalink is not None and permalink.type == "url"
    box = make_widget(form, permalink, None).focus_target()
    assert box.placeholderText() == "/…/"


def test_the_jekyll_docs_tutorials_old_addresses_box(qtbot) -> None:  # noqa: ANN001
    # The tutorials' one `redirect_from: /tutorials/index.html` makes it a single address
    # field: its empty box showed `https://…` for a page's old address on the site.
    from editor_app.core.schema import load_schema
    from editor_app.core.site import Site
    from editor_app.ui.form import FrontMatterForm

    assert address_example("redirect_from", "jekyll") == "/…/"
    site = Site.open(shared_site_path("jekyll-docs"))
    schema = load_schema(site)
    form = FrontMatterForm()
    qtbot.addWidget(form)
    form.set_site(site, schema)
    old = schema.for_collection("tutorials").field("redirect_from")
    assert old is not None and old.type == "url"
    box = make_widget(form, old, None).focus_target()
    assert box.placeholderText() == "/…/"
