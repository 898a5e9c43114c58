"""How a folder's pages are named from their titles (`new_page_name`): capitals are kept only
where some page shows them kept; pages titled in lower case give a new page a lower-case name."""

from __future__ import annotations

from editor_app.core.new_page_name import _named, usual_way


def test_lower_case_titles_name_a_new_page_in_lower_case() -> None:
    way = usual_way([("mod_get", "mod get"), ("mod_init", "mod init"), ("serve", "serve")])
    assert way == (False, False, "_")
    assert _named("Mod Vendor", way) == "mod_vendor"


def test_capitals_kept_where_pages_keep_them() -> None:
    way = usual_way([("ToFloat", "cast.ToFloat"), ("ToInt", "cast.ToInt")])
    assert way is not None and _named("cast.ToBool", way) == "ToBool"


def test_slugs_or_a_mix_give_no_way() -> None:
    assert usual_way([("a-b", "A b"), ("c-d", "C d")]) is None
    assert usual_way([("A_b", "A b"), ("c-d", "C d"), ("eF", "e F")]) is None
    assert usual_way([("Only", "Only")]) is None
