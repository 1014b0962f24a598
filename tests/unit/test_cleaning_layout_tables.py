"""Pages laid out in tables: the story in one big cell, paragraphs split by "<br><br>"."""

from __future__ import annotations

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

_MENU = "<tr><td colspan=2><a href=/>Home</a> | <a href=/news>News</a></td></tr>"
_SIDE = "<td><b>MOST READ</b><br>1. <a href=/a>Ferry fares frozen</a><br><br>WEATHER</td>"


def _layout_page(story: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><table>{_MENU}<tr><td>"
        f"<font size=5><b>{HEADLINE}</b></font><br><br>{story}</td>{_SIDE}</tr></table>"
        "</body></html>"
    )


def test_a_layout_tables_cell_gives_its_paragraphs_one_a_line() -> None:
    box = '<table><tr><td><img src="ferry.jpg"><br>The ferry at the quay.</td></tr></table>'
    body = clean_text(_layout_page(f"{box}<br>{P1}<br><br>{P2}<br><br>{P3}"), ContentType.HTML).body
    assert [line for line in body.split("\n\n") if line in (P1, P2, P3)] == [P1, P2, P3]
    assert "|" not in body


def test_a_table_of_data_with_single_line_breaks_is_no_layout() -> None:
    data = (
        "<table><tr><td>Harbour<br>North</td><td>12</td></tr>"
        "<tr><td>Quay<br>South</td><td>9</td></tr></table>"
    )
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p>{P1}</p><p>{P2}</p>{data}<p>{P3}</p></article></body></html>"
    )
    body = clean_text(page, ContentType.HTML).body
    assert "| 12 |" in body


def test_a_titles_doubled_separator_leaves_the_headline_the_page_prints() -> None:
    page = _layout_page(f"{P1}<br><br>{P2}<br><br>{P3}").replace(
        f"<title>{HEADLINE}</title>", f"<title>Harbour Post :: {HEADLINE}</title>"
    )
    assert clean_text(page, ContentType.HTML).title == HEADLINE


def test_a_title_whose_parts_the_page_does_not_print_stays_whole() -> None:
    page = (
        "<html><head><title>Ferry news :: Timetables for the winter</title></head><body>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></body></html>"
    )
    assert clean_text(page, ContentType.HTML).title != "Timetables for the winter"
