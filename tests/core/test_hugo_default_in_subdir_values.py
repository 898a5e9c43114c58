"""Hugo's default language in a subfolder: only a true setting puts it there, and its code is
written in lower case as Hugo publishes it."""

from editor_app.core.hugo_addresses import default_in_subdir

_TWO_LANGUAGES = {"en": {"weight": 1}, "fr": {"weight": 2}}


def test_the_setting_written_as_the_string_false_keeps_pages_at_the_root() -> None:
    config = {"defaultcontentlanguageinsubdir": "false", "languages": _TWO_LANGUAGES}
    assert default_in_subdir(config) == ""


def test_a_default_language_code_in_capitals_gives_a_lower_case_folder() -> None:
    config = {
        "defaultcontentlanguageinsubdir": True,
        "defaultcontentlanguage": "EN",
        "languages": _TWO_LANGUAGES,
    }
    assert default_in_subdir(config) == "en"
