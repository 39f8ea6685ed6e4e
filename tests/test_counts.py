from __future__ import annotations

import pytest

from extract import Extractor


def counts(extractor: Extractor, text: str) -> list[tuple]:
    record = extractor.extract(text)
    return [(c.kind.value, c.value, c.unit, c.item, c.qualifier) for c in record.counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It launched 203 services last year.", [("cardinal", 203, None, "services", None)]),
        ("It built two major service systems for firms.", [("cardinal", 2, None, "major service systems", None)]),
        (
            "More than 1,200 enterprises, including Haier, joined.",
            [("cardinal", 1200, None, "enterprises", "More than")],
        ),
        (
            "It was the first major investment project by the group.",
            [("ordinal", 1, None, "major investment project", None)],
        ),
        ("The port handled 18.5 billion yuan of goods.", [("money", 18500000000, "CNY", None, None)]),
        (
            "Sales hit 1.158 billion yuan (about 176 million U.S. dollars).",
            [("money", 1158000000, "CNY", None, None), ("money", 176000000, "USD", None, "about")],
        ),
        ("Exports rose 12 percent.", [("percent", 12, None, None, None)]),
        ("Exports rose 5.3%.", [("percent", 5.3, None, None, None)]),
        ("The share rose 3 percentage points.", [("percent", 3, None, "percentage points", None)]),
        ("They set up a 10-billion-yuan fund.", [("money", 10000000000, "CNY", "fund", None)]),
        ("A 9-kilometer road links the towns.", [("cardinal", 9, None, "kilometer", None)]),
        # a digit glued to capitals is a word of the item, not a second count ("5G" is split by the tokenizer)
        ("The city built 2,000 5G base stations.", [("cardinal", 2000, None, "5G base stations", None)]),
        ("The county has 300 3D printers.", [("cardinal", 300, None, "3D printers", None)]),
        ("It is a three-year plan.", [("cardinal", 3, None, "year", None)]),
        ("It runs a 24-hour service.", [("cardinal", 24, None, "hour", None)]),  # a duration: counted
        ("Half of the firms are new.", [("cardinal", 0.5, None, None, None)]),
        ("Two thirds of the firms export.", [("cardinal", 2 / 3, None, None, None)]),
        ("Profit rose to RMB5 billion.", [("money", 5000000000, "CNY", None, None)]),
        ("Shares fell 50 cents.", [("money", 0.5, "USD", None, None)]),
        ("It costs 20 dollars 43 cents.", [("money", 20.43, "USD", None, None)]),
        ("The fund holds 10 dinars.", [("money", 10, None, None, None)]),
        ("The city has thirty-five parks.", [("cardinal", 35, None, "parks", None)]),
        ("It hired two hundred engineers.", [("cardinal", 200, None, "engineers", None)]),
        ("A dozen firms moved in.", [("cardinal", 12, None, "firms", None)]),
        ("It is China's second-largest port.", [("ordinal", 2, None, "port", None)]),
        ("It opened its 3rd branch.", [("ordinal", 3, None, "branch", None)]),
        ("The twenty-first session opened.", [("ordinal", 21, None, "session", None)]),
        ("The fund raised $2 billion.", [("money", 2000000000, "USD", None, None)]),
        ("The deal is worth HK$5 million.", [("money", 5000000, "HKD", None, None)]),
        ("Investment reached 3 trillion yuan.", [("money", 3000000000000, "CNY", None, None)]),
        ("Nearly 480 million people use it.", [("cardinal", 480000000, None, "people", "Nearly")]),
        ("Up to 30 companies may apply.", [("cardinal", 30, None, "companies", "Up to")]),
        ("The city counts 1 234 567 residents.", [("cardinal", 1234567, None, "residents", None)]),
        ("It will cost 400 million euros.", [("money", 400000000, "EUR", None, None)]),
        # ranges: the first bound takes the unit and scale of the second
        (
            "It will invest between 10 and 20 billion yuan.",
            [("money", 10000000000, "CNY", None, None), ("money", 20000000000, "CNY", None, None)],
        ),
        ("Prices rose 5 to 7 percent.", [("percent", 5, None, None, None), ("percent", 7, None, None, None)]),
        (
            "It costs 500 million to 1 billion yuan.",
            [("money", 500000000, "CNY", None, None), ("money", 1000000000, "CNY", None, None)],
        ),
        (
            "It hired 10 to 20 engineers.",
            [("cardinal", 10, None, None, None), ("cardinal", 20, None, "engineers", None)],
        ),
        ("Fees are no more than 7 euros.", [("money", 7, "EUR", None, "no more than")]),
        (
            "Tickets cost about $10-$20 million.",
            [("money", 10_000_000, "USD", None, "about"), ("money", 20_000_000, "USD", None, None)],
        ),
        ("Tickets cost $10-$20.", [("money", 10, "USD", None, None), ("money", 20, "USD", None, None)]),
        (
            "It cost 500 USD,100 times more.",
            [("money", 500, "USD", None, None), ("cardinal", 100, None, "times", None)],
        ),
        ("Sales reached 10  million yuan.", [("money", 10_000_000, "CNY", None, None)]),
        (  # a paragraph break ends a number
            "Output hit 10\n\nMillion people",
            [("cardinal", 10, None, None, None), ("cardinal", 1_000_000, None, "people", None)],
        ),
        # fractions
        ("One third of residents cycle.", [("cardinal", 1 / 3, None, None, None)]),
        ("It is one twenty-fifth of the total.", [("cardinal", 0.04, None, None, None)]),
        ("The answer is one hundred and thirty fifths.", [("cardinal", 26, None, None, None)]),
        ("The answer is one hundred thirty fifths.", [("cardinal", 100 / 35, None, None, None)]),
        ("It marks the one hundred fifth anniversary.", [("ordinal", 105, None, "anniversary", None)]),
        ("It is a twenty-first century city.", [("ordinal", 21, None, "century city", None)]),
        ("The pipe is 2 1/4 inches wide.", [("cardinal", 2.25, None, "inches", None)]),
        ("Half a dozen firms moved in.", [("cardinal", 6, None, "firms", None)]),
        ("It took a couple of years.", [("cardinal", 2, None, "years", None)]),
        ("A pair of giant pandas arrived.", [("cardinal", 2, None, "giant pandas", None)]),
        ("Two thirds of a million people voted.", [("cardinal", 2_000_000 / 3, None, "people", None)]),
        ("The ratio is one over three.", [("cardinal", 1 / 3, None, None, None)]),
        ("The odds are one in five.", [("cardinal", 0.2, None, None, None)]),
        # scales
        ("The total is three lakh crore rupees.", [("money", 3 * 10**12, "INR", None, None)]),
        ("It was one billion and three quarters million.", [("cardinal", 1_000_750_000, None, None, None)]),
        ("Sales were 2.33 k, the report said.", [("cardinal", 2330, None, None, None)]),
        ("Density is 1.3x10^6.", [("cardinal", 1_300_000, None, None, None)]),
        ("Losses exceeded 30 MUSD.", [("money", 30_000_000, "USD", None, None)]),
        ("Revenue is about MAUD 60.", [("money", 60_000_000, "AUD", None, "about")]),
        ("It costs 10¢.", [("money", 0.1, "USD", None, None)]),
        # "and" between two numbers with their own scale
        (
            "3 hundred and 2 hundred are two numbers.",
            [
                ("cardinal", 300, None, None, None),
                ("cardinal", 200, None, None, None),
                ("cardinal", 2, None, "numbers", None),
            ],
        ),
        ("The plant ranked 3 in 2020.", [("cardinal", 3, None, None, None)]),  # a year is no denominator
        ("Net change:\n- 1,200,000", [("cardinal", -1200000, None, None, None)]),  # a spaced minus, nothing after
        ("It is a 10-billion-U.S.-dollar project.", [("money", 10_000_000_000, "USD", "project", None)]),
        ("It rolled out its 5,000th wind turbine.", [("ordinal", 5000, None, "wind turbine", None)]),
        ("Key figures:\n- 12 parks", [("cardinal", 12, None, "parks", None)]),  # a list bullet
        ("It is two hundred and two thousand.", [("cardinal", 202000, None, None, None)]),
    ],
)
def test_count_expressions(extractor: Extractor, text: str, expected: list[tuple]) -> None:
    assert counts(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Updated: 2024-05-31",
        "The plant opened in 2020.",
        "The 2021-25 period matters.",
        "The meeting starts at 9:30 am.",
        "Operators built more 5G base stations.",
        "The G20 met.",
        "Boeing delivered the 737 MAX.",
        "It is part of the 14th Five-Year Plan.",
        "On one hand, it strives to grow.",
        "It is one of the largest ports.",
        "Call 022-12345678 for details.",
        "Metro Line 3 opened.",
        "It was signed on March 3.",
        "It offers one-stop services.",
        "For the first time, sales fell.",
        "The zone hosts dozens of materials suppliers.",
        "Hundreds of firms joined.",
        "A couple from Beijing won.",
        "Chery shipped Tiggo 7 SUVs to the Middle East.",  # a model's number
        'Banks have set up "two mountains" banks that lend against forests.',  # a slogan's number
        "Kaifeng was the capital of the Northern Song Dynasty (960-1127).",  # years
        "The group built a nylon 66 industrial chain.",  # a material's grade
        "Level 3 cars and grade 5 titanium were shown.",
        "The expo runs from Sept. 21 to 24.",  # the second day of a date range
        '"Protecting the habitat comes first," he said.',  # an ordinal as an adverb
    ],
)
def test_not_counts(extractor: Extractor, text: str) -> None:
    assert counts(extractor, text) == []


def test_count_mention_spans_number_through_item(extractor: Extractor) -> None:
    text = "Baodi introduced 203 services launched by partners."
    [count] = extractor.extract(text).counts
    assert count.mention.text == "203 services"
    assert text[count.mention.start : count.mention.end] == "203 services"
    assert count.mention.rule == "count.number.digits"
