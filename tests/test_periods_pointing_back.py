"""A sentence that opens on a figure pointing back at one written before (在这120名职工中,
该3000万元中) speaks of that figure's time: its figures with no period of their own take the
period of the figure it points back at, as a breakdown after 其中 does. Without the pointing
word, or with no such figure before, nothing is inherited."""
from datetime import date

from minsheng.etl.pipeline import Manifest, process_text


def _periods(text, published=date(1998, 1, 6)):
    doc = process_text(text, manifest=Manifest(published_on=published))
    return [(f.surface, f.period and (f.period.start, f.period.end))
            for r in doc.articles for f in r.figures]


Y97 = (date(1997, 1, 1), date(1997, 12, 31))


def test_the_parts_of_a_total_pointed_back_at_take_its_year():
    text = ("据统计，1997年全市共有120名职工申请救助。\n工会干部逐户走访核实。\n"
            "在这120名职工中，有80人获得了补助，40人转入其他渠道。")
    assert _periods(text) == [("120名", Y97), ("120名", Y97), ("80人", Y97), ("40人", Y97)]


def test_gai_points_back_too():
    text = "1997年，市政府投入资金3000万元。\n据介绍，该3000万元中，1200万元用于修路。"
    assert _periods(text)[-1] == ("1200万元", Y97)


def test_without_a_pointing_word_nothing_is_inherited():
    text = ("据统计，1997年全市共有120名职工申请救助。\n工会干部逐户走访核实。\n"
            "另有80人获得了补助。")
    assert _periods(text)[-1] == ("80人", None)
