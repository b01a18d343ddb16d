"""bench/finder_tradeoff.py switches organisation finders off for a measurement, one by one."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import finder_tradeoff  # noqa: E402
from minsheng.etl.entities import organizations  # noqa: E402

TEXT = "欧盟今年向非洲提供了5亿欧元援助，中国红十字会也捐了钱，国家医保局表示支持。"


@pytest.fixture
def restored(monkeypatch):
    """Every attribute the script may replace is put back after the test."""
    for attrs in finder_tradeoff.FINDERS.values():
        for attr in attrs:
            name = attr.split(".")[0]
            monkeypatch.setattr(organizations, name, getattr(organizations, name))


def names(text):
    return sorted(h.name for h in organizations.find_organizations(text, [], None))


def test_a_known_body_goes_with_the_known_bodies_finder_and_headed_names_stay(restored):
    assert names(TEXT) == ["中国红十字会", "国家医疗保障局", "欧洲联盟"]
    finder_tradeoff.switch_off(["known"])
    # (the others have a head the fixed finder reads: 会, 局)
    assert names(TEXT) == ["中国红十字会", "国家医疗保障局"]


def test_every_finder_can_be_switched_off_together(restored):
    finder_tradeoff.switch_off(list(finder_tradeoff.FINDERS))
    assert names(TEXT) == ["中国红十字会", "国家医疗保障局"]


def test_the_finders_are_back_after_a_test():
    assert names(TEXT) == ["中国红十字会", "国家医疗保障局", "欧洲联盟"]
