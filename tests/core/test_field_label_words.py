"""A field name written in camelCase (Hugo's `linkTitle`, Eleventy's `excludeFromSearch`)
is shown to authors in plain words: `Link title`, `Exclude from search`."""

from __future__ import annotations

import pytest

from editor_app.core.schema import Field, field_label


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("linkTitle", "Link title"),
        ("excludeFromSearch", "Exclude from search"),
        ("headerTitle", "Header title"),
        ("eleventyNavigation", "Eleventy navigation"),
        ("sortOrder", "Sort order"),
        ("imageURL", "Image URL"),  # an abbreviation keeps its capitals
        ("shopify_filter_url", "Shopify filter URL"),
        ("externalUrl", "External URL"),
        ("video_id", "Video ID"),
        ("idea", "Idea"),
        ("relatedLinks", "Related links"),
        ("tiptitle", "Tip title"),  # a title named in one lowercase word
        ("newstitle", "News title"),
        ("my_newstitle", "My news title"),
        ("subtitle", "Subtitle"),  # words ending in "title" stay whole
        ("supertitle", "Supertitle"),
        ("Title", "Title"),
        ("board-minutes", "Board minutes"),
        ("redirect_from", "Old web addresses"),
        ("lang", "Language"),  # opensource-guide's articles: 'Lang' told a maintainer little
        ("og:image", "Og:image"),
        ("", ""),
    ],
)
def test_field_names_read_as_plain_words(name: str, label: str) -> None:
    assert field_label(name) == label


def test_a_field_shows_the_plain_words_in_the_form() -> None:
    assert Field("linkTitle").label == "Link title"
