"""A page's sidecar is part of the page: adding, editing or removing ``PAGE.txt.meta.json`` next
to a page whose text did not change has the page extracted again with what the sidecar says."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from minsheng.etl.importer import run_import

PAGE = "本报讯 今年全市职工医疗互助新增会员1234名，互助金支出达到5600万元。\n"
FIGURE = ("SELECT published_on, period_start, period_end FROM figure_facts "
          "WHERE value = 1234 AND unit = '人'")


@pytest.fixture
def page(tmp_path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    path = folder / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def _sidecar(page: Path, **facts) -> None:
    page.with_name(page.name + ".meta.json").write_text(json.dumps(facts), encoding="utf-8")


def _counts(summary) -> tuple[int, int, int]:
    return summary.added, summary.changed, summary.unchanged


def test_a_sidecar_added_edited_or_removed_next_to_an_unchanged_page_reloads_it(page, db):
    engine = db.engine()
    assert _counts(run_import(engine, [page.parent])) == (1, 0, 0)
    assert db.q(FIGURE) == [(None, None, None)]  # no date anywhere: 今年 stays unresolved

    _sidecar(page, published_on="2024-03-01")
    assert _counts(run_import(engine, [page.parent])) == (0, 1, 0)
    assert db.q(FIGURE) == [("2024-03-01", "2024-01-01", "2024-12-31")]
    assert db.q("SELECT published_on_source FROM documents") == [("manifest",)]

    assert _counts(run_import(engine, [page.parent])) == (0, 0, 1)  # nothing changed

    _sidecar(page, published_on="2025-02-10")
    assert _counts(run_import(engine, [page.parent])) == (0, 1, 0)
    assert db.q(FIGURE) == [("2025-02-10", "2025-01-01", "2025-12-31")]

    page.with_name(page.name + ".meta.json").unlink()
    assert _counts(run_import(engine, [page.parent])) == (0, 1, 0)
    assert db.q(FIGURE) == [(None, None, None)]


def test_the_sidecar_hash_is_stored_with_the_document(page, db):
    engine = db.engine()
    _sidecar(page, newspaper="泉州晚报")
    run_import(engine, [page.parent])
    import hashlib
    expected = hashlib.sha256(page.with_name(page.name + ".meta.json").read_bytes()).hexdigest()
    assert db.q("SELECT newspaper, sidecar_sha256 FROM documents") == [("泉州晚报", expected)]


def test_the_folder_listing_says_which_pages_have_a_sidecar(page):
    """A folder's listing already holds every sidecar: a page without one is not looked up
    again (thousands of failed opens cost a People's Daily load more than reading its pages),
    and a page named on its own, with no listing, is looked up as before."""
    from minsheng.etl.importer import discover
    other = page.with_name("other.txt")
    other.write_text(PAGE, encoding="utf-8")
    _sidecar(other, published_on="2024-03-01")
    assert [(c.path.name, c.sidecar) for c in discover([page.parent])] == [
        ("other.txt", True), ("page.txt", False)]
    assert [(c.path.name, c.sidecar) for c in discover([other])] == [("other.txt", None)]


def test_a_page_named_on_its_own_still_reads_its_sidecar(page, db):
    _sidecar(page, published_on="2024-03-01")
    run_import(db.engine(), [page])
    assert db.q(FIGURE) == [("2024-03-01", "2024-01-01", "2024-12-31")]
