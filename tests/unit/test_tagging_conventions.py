"""The tagger follows the gold sets' conventions (tests/gold/CONVENTIONS.md, "Tagging").

Each convention is held with texts it covers and a look-alike it must leave as it was. People,
places and bodies in these texts are invented unless the knowledge file lists them.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import EntityType
from newsstream.core.tagging import Tagger, Tags, default_tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return default_tagger()


def _organisations(tags: Tags) -> list[str]:
    return [e.name for e in tags.entities if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("body", "organisation"),
    [
        ("The Law Society of Kenya said the ruling was wrong.", "Law Society of Kenya"),
        ("The Bank of Ghana raised its main rate on Monday.", "Bank of Ghana"),
        (
            "Officials of the Norwegian Refugee Council said 3,000 people had fled the town.",
            "Norwegian Refugee Council",
        ),
        (
            "The New Zealand Defence Force sent a patrol aircraft to help the search.",
            "New Zealand Defence Force",
        ),
        (
            "A plane from the Royal Australian Air Force joined the search on Monday.",
            "Royal Australian Air Force",
        ),
    ],
)
def test_a_country_inside_an_organisations_name_names_no_country(
    tagger: Tagger, body: str, organisation: str
) -> None:
    tags = tagger.tag(None, body)
    assert _organisations(tags) == [organisation]
    assert tags.countries == []
    assert all(e.type is EntityType.ORGANIZATION for e in tags.entities)


@pytest.mark.parametrize(
    ("body", "organisation", "country"),
    [
        # The look-alike: the country before the name, not in it.
        ("Kenya's Law Society said the ruling was wrong.", "Law Society", "KE"),
        (
            "The Jordanian Ministry of Water and Irrigation said the canal would be finished.",
            "Ministry of Water and Irrigation",
            "JO",
        ),
        # A country's initials before a body's name: a mention of the country, and no part of
        # the name when two words or more of it follow.
        (
            "Rates fell as long as the U.S. Federal Reserve kept lowering its own.",
            "Federal Reserve",
            "US",
        ),
        (
            "The case was heard in the U.S. District Court for the Middle District of Georgia.",
            "District Court for the Middle District of Georgia",
            "US",
        ),
        ("The UK Border Force said 40 people were detained.", "Border Force", "GB"),
        ("The U.S. Army said two soldiers were hurt.", "U.S. Army", "US"),
    ],
)
def test_a_country_before_an_organisations_name_is_a_mention_of_it(
    tagger: Tagger, body: str, organisation: str, country: str
) -> None:
    tags = tagger.tag(None, body)
    assert _organisations(tags) == [organisation]
    assert tags.countries == [country]


def test_a_school_is_an_organisation_and_the_town_in_its_name_no_place(tagger: Tagger) -> None:
    tags = tagger.tag(
        None,
        "The rebuilt Clifton Secondary School reopened on Monday, the Ministry of Education said.",
    )
    assert _organisations(tags) == ["Clifton Secondary School", "Ministry of Education"]
    assert tags.places == []


def test_a_university_is_an_organisation_where_it_only_employs(tagger: Tagger) -> None:
    tags = tagger.tag(None, "Dr. Jane Okoro, a researcher at Makerere University, said so.")
    assert _organisations(tags) == ["Makerere University"]


def test_a_hospital_is_a_facility_even_where_it_speaks(tagger: Tagger) -> None:
    tags = tagger.tag(
        None,
        "Two people were taken to the Queen Elizabeth Hospital. The National Hospital said it "
        "had treated 23 people.",
    )
    assert _organisations(tags) == []


def test_schools_in_lower_case_or_alone_are_no_organisation(tagger: Tagger) -> None:
    tags = tagger.tag(
        None, "Schools will stay closed until Friday. The school said it had no power."
    )
    assert _organisations(tags) == []
