"""Bytes to text: the encodings pages come in, and the files that must be refused with a reason."""
from __future__ import annotations

import codecs
import random

import pytest

from minsheng.etl.read import ReadError, decode

PAGE = "本报讯 今年全市职工医疗互助活动参加职工65万余人,筹集互助金4975万元。"


def test_utf8_without_bom():
    assert decode(PAGE.encode("utf-8")) == (PAGE, "utf-8")


def test_utf8_bom_is_dropped():
    assert decode(codecs.BOM_UTF8 + PAGE.encode("utf-8")) == (PAGE, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode(bom + PAGE.encode(codec)) == (PAGE, "utf-16")


@pytest.mark.parametrize("codec", ["gb18030", "gbk"])
def test_gb18030_and_gbk_text_is_decoded(codec):
    text = PAGE + "“一卡一计划”全覆盖,理赔“零跑腿”。"
    assert decode(text.encode(codec)) == (text, "gb18030")


def test_gb18030_four_byte_characters_decode():
    text = PAGE + "𠀀"  # outside the BMP: a four-byte GB18030 sequence
    assert decode(text.encode("gb18030")) == (text, "gb18030")


def test_utf8_cut_inside_its_last_character_is_kept():
    data = (PAGE * 20).encode("utf-8")[:-1]
    text, encoding = decode(data)
    assert encoding == "utf-8" and text.endswith("\ufffd") and text.startswith("本报讯")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b" \r\n\t\n", "only whitespace"),
    (b"\x00\x01\x02binary\x00" * 50, "not a text document"),
    (bytes(range(256)) * 8, "not valid UTF-8"),
    ("职工医疗互助".encode("utf-8")[:-1] + b"\xff\xfe\x00\x80" * 20, "not plausible GB18030"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    ("café crème".encode("latin-1"), "not valid UTF-8"),
    (PAGE.encode("utf-16-le"), "UTF-16 without a byte order mark"),
    (PAGE.encode("utf-16-be"), "UTF-16 without a byte order mark"),
])
def test_unreadable_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(ReadError, match=reason):
        decode(data)


def test_random_bytes_are_not_taken_for_gb18030():
    rng = random.Random(7)
    refused = 0
    for _ in range(50):
        data = bytes(rng.randrange(0x81, 0xFF) for _ in range(400))
        try:
            decode(data)
        except ReadError:
            refused += 1
    assert refused == 50


def test_utf8_page_decoded_as_gb18030_would_be_mojibake_and_is_refused():
    # Heavily damaged UTF-8 (many bad bytes) that happens to decode as GB18030 must not pass.
    data = bytearray((PAGE * 5).encode("utf-8"))
    for i in range(0, len(data), 40):
        data[i] = 0xFF
    with pytest.raises(ReadError):
        decode(bytes(data))


def test_a_single_nul_is_kept_many_are_binary():
    text, _ = decode((PAGE * 20 + "\x00").encode("utf-8"))
    assert text.count("\x00") == 1
    with pytest.raises(ReadError, match="NUL"):
        decode((PAGE + "\x00" * 10).encode("utf-8"))
