from __future__ import annotations

import datetime as dt

import pytest

from extract.metadata import read_metadata

SEED_HEAD = "Tianjin Updates\n\nBaodi banks on tech town\n\n\nUpdated: 2024-05-31\n\n\nBody text here.\n"


@pytest.mark.parametrize(
    ("text", "title", "published", "publisher"),
    [
        (
            SEED_HEAD + "Copyright ©  Tianjin Municipal Government. All rights reserved. Presented by China Daily.",
            "Baodi banks on tech town",
            dt.date(2024, 5, 31),
            "China Daily",
        ),
        (
            "Hefei bets on batteries\n\nBy ZHANG YI in Hefei | China Daily | Updated: 2024-03-12 07:34\n\nBody.",
            "Hefei bets on batteries",
            dt.date(2024, 3, 12),
            "China Daily",
        ),
        (
            "Port grows\n\nSource: Xinhua | Updated: 2023-11-08\n\nQINGDAO, Nov. 7 (Xinhua) -- Body.",
            "Port grows",
            dt.date(2023, 11, 8),
            "Xinhua",
        ),
        ("Just a sentence of body text without any header at all, which goes on and on for a while.", None, None, None),
        ("Updated: 2024-02-30\nBody", None, None, None),
    ],
)
def test_header_and_footer(text: str, title: str | None, published: dt.date | None, publisher: str | None) -> None:
    meta = read_metadata(text)
    assert (meta.title, meta.published, meta.publisher) == (title, published, publisher)
