"""Whether the site gives a required field itself: Hugo skips any empty value of the page;
a dated file name dates only a collection's document; an empty value in the site's defaults
gives nothing."""

from editor_app.core.schema_required import ABSENT, site_gives


def test_hugo_page_with_an_empty_value_takes_the_one_the_site_gives() -> None:
    assert site_gives(
        "summary", "", generator="hugo", collection="posts",
        file_name="hello.md", implied=lambda: {"summary": "From the site"},
    )


def test_eleventy_page_with_an_empty_value_keeps_it_as_missing() -> None:
    assert not site_gives(
        "summary", "", generator="eleventy", collection="posts",
        file_name="hello.md", implied=lambda: {"summary": "From the site"},
    )


def test_jekyll_page_outside_collections_is_not_dated_by_its_file_name() -> None:
    assert not site_gives(
        "date", ABSENT, generator="jekyll", collection=None,
        file_name="2024-05-01-hello.md", implied=lambda: {},
    )
    assert site_gives(
        "date", ABSENT, generator="jekyll", collection="posts",
        file_name="2024-05-01-hello.md", implied=lambda: {},
    )


def test_defaults_giving_an_empty_value_give_nothing() -> None:
    assert not site_gives(
        "author", ABSENT, generator="jekyll", collection="posts",
        file_name="hello.md", implied=lambda: {"author": ""},
    )
