import random

import pytest

from minsheng.etl.numbers import Numeral, parse_number, parse_numeral


@pytest.mark.parametrize("text, value", [
    ("42", 42), ("3.71", 3.71), ("1,234,567", 1234567), ("1·6", 1.6),
    ("3.71亿", 371_000_000), ("3000.62万", 30_006_200), ("1.3万亿", 1.3e12), ("5千万", 5e7),
    ("五十万", 500_000), ("两", 2), ("十五", 15), ("二十", 20), ("一百零八", 108),
    ("一千零五", 1005), ("一万五", 15_000), ("三千二", 3200), ("一亿二千万", 120_000_000),
    ("万", 10_000), ("百万", 1_000_000), ("十万", 100_000), ("零", 0), ("壹佰", 100),
    ("二〇二四", 2024), ("一九九八", 1998), ("三点五", 3.5),
    # digits in two parts: one digit alone after 万 or 亿 is the next place down, as 一万五 says
    ("6万5000", 65_000), ("1万7", 17_000), ("1亿2", 120_000_000), ("2亿5万", 200_050_000),
    ("86万2千", 862_000),
])
def test_exact_values(text, value):
    assert parse_number(text) == pytest.approx(value)
    assert parse_numeral(text).qualifier == "exact"


@pytest.mark.parametrize("text, value", [
    ("百余", 100), ("千余", 1000), ("二十多", 20), ("十几", 10), ("10余万", 100_000),
    ("4万余", 40_000), ("二十多万", 200_000), ("3500多", 3500),
])
def test_floors_are_more_than(text, value):
    assert parse_numeral(text) == Numeral(value, None, "more_than")


def test_vague_multiples_count_as_the_floor():
    # 数百副 is "several hundred": the gold convention stores 100, more_than.
    assert parse_numeral("数百") == Numeral(100, None, "more_than")
    assert parse_numeral("数十万") == Numeral(100_000, None, "more_than")
    assert parse_numeral("几十") == Numeral(10, None, "more_than")


def test_neighbouring_digits_make_a_range():
    assert parse_numeral("三四千") == Numeral(3000, 4000)
    assert parse_numeral("五六十") == Numeral(50, 60)
    assert parse_numeral("一两") == Numeral(1, 2)
    # a year written digit by digit is not a range even though 二 and 三 are neighbours
    assert parse_numeral("二〇二三") == Numeral(2023)


def test_fractions():
    assert parse_number("1/3") == pytest.approx(0.3333)
    assert parse_number("三分之一") == pytest.approx(0.3333)
    assert parse_number("百分之三十") == 30
    assert parse_number("2/0") is None


@pytest.mark.parametrize("text", ["", "几", "数", "abc", "3.5.5", "数人", "一二三四"[:0]])
def test_not_numerals(text):
    assert parse_numeral(text) is None


def test_float_noise_is_rounded_away():
    assert parse_number("3.71亿") == 371_000_000.0
    assert parse_number("0.41") == 0.41


def test_agrees_with_cn2an_on_every_numeral_it_writes():
    """cn2an is the reference library for Chinese numerals: whatever it writes for a number,
    our parser must read back as that number (a seeded sample across magnitudes, decimals
    included)."""
    cn2an = pytest.importorskip("cn2an")
    rng = random.Random(20261123)
    numbers = [rng.randrange(10 ** rng.randint(1, 12)) for _ in range(3000)]
    numbers += [round(rng.randrange(10 ** 6) + rng.randrange(1, 100) / 100, 2) for _ in range(500)]
    wrong = []
    for n in numbers:
        written = cn2an.an2cn(n)
        got = parse_numeral(written)
        if got is None or abs(got.value - n) > 1e-6 * max(1, n):
            wrong.append((written, n, got))
    assert wrong == []


def test_a_multiplier_written_as_two_units():
    """八百百万大卡: 百万 multiplies 八百 as one word, eight hundred million (a second 百 after a
    finished hundred adds nothing, as 九百万 would read)."""
    assert parse_numeral("八百百万").value == 800_000_000
    assert parse_numeral("八百万").value == 8_000_000
    assert parse_numeral("一百二十万").value == 1_200_000
