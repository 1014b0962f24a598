"""Key facts and dates (services/newsstream/core/keyfacts.py). Numbers here are invented."""

from __future__ import annotations

import pytest

from newsstream.core.keyfacts import dates, key_facts


def facts(body: str) -> list[tuple[str, int, bool]]:
    return [(f.kind.value, f.number, f.approximate) for f in key_facts(body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Six soldiers were killed on Monday.", [("killed", 6, False)]),
        ("32 others taken prisoner by the rebels.", [("prisoners", 32, False)]),
        ("Some 53,000 refugees had returned home.", [("refugees", 53_000, True)]),
        ("More than 6,500 people died in the war.", [("killed", 6_500, True)]),
        ("Seven of its soldiers were killed.", [("killed", 7, False)]),
        ("More than a dozen had been hurt.", [("injured", 12, True)]),
        ("Two dozen protesters were arrested.", [("arrested", 24, False)]),
        ("Twenty-one miners were missing.", [("missing", 21, False)]),
        ("The strike killed at least 15 civilians and wounded 29 others.",
         [("killed", 15, True), ("injured", 29, False)]),
        ("The ministry reported 537 deaths this year.", [("killed", 537, False)]),
        ("The death toll from the floods rose to 1,033 on Sunday.", [("killed", 1_033, False)]),
        ("About 1.2 million people were displaced.", [("displaced", 1_200_000, True)]),
        ("One hundred and fifty thousand people were displaced.", [("displaced", 150_000, False)]),
        ("Nearly half a million people were evacuated.", [("evacuated", 500_000, True)]),
        ("Azerbaijan said it had lost a soldier.", [("killed", 1, False)]),
        ("Gunmen kidnapped 17 missionaries.", [("hostages", 17, False)]),
        ("About 1,000 people remain unaccounted for.", [("missing", 1_000, True)]),
        ("The cyclone forced some 4,000 people to leave their homes in 2019.",
         [("displaced", 4_000, True)]),
        ("The war forced more than 130,000 people to flee their homes.",
         [("displaced", 130_000, True)]),
        ("About 2 million have fled to neighbouring countries.", [("refugees", 2_000_000, True)]),
        ("362,000 Haitians were internally displaced.", [("displaced", 362_000, False)]),
        ("Thousands of people were killed.", []),  # vague
        ("Dozens were injured and many more fled.", []),
        ("The clashes killed people overnight.", []),
        ("Russia sent nearly 2,000 peacekeepers for five years.", []),  # no outcome
        ("The patient lost 5 kilograms.", []),
        ("He lost a bet.", []),
        # A share is no count: "a third", "two thirds".
        ("The mill has lost a quarter of its weavers since the drought.", []),
        ("The storm killed two thirds of the herd.", []),
        ("The mill has lost a worker to the storm.", [("killed", 1, False)]),
        ("The one-year ceasefire held.", []),
        ("About 900 fans were then evacuated.", [("evacuated", 900, True)]),
        ("Some 300 people living near the dam were evacuated.", [("evacuated", 300, True)]),
        ("About 80 nurses and doctors marched on the ministry.", [("protesters", 80, True)]),
        ("Floods forced 700 people in Lowtown from their homes.", [("displaced", 700, False)]),
        ("The mine will force about 90 people from their homes.", [("displaced", 90, True)]),
        ("About 60 farmers from the valley gathered to protest.", [("protesters", 60, True)]),
        # Guests and athletes are people; "one" before a nationality and a noun in -man.
        ("About 200 guests were evacuated from the hotel.", [("evacuated", 200, True)]),
        ("In 2012 one Freedonian fisherman was killed.", [("killed", 1, False)]),
        # "the" or "all" between the verb and its count, with people counted.
        ("Police detained the 17 fishermen on board.", [("arrested", 17, False)]),
        ("Rescuers evacuated all 300 residents.", [("evacuated", 300, False)]),
        ("The dogs killed all 12 chickens.", []),
        # A strike is a protest when it says so.
        ("About 400 workers stopped work to protest unpaid wages.", [("protesters", 400, True)]),
        ("About 400 workers stopped work at noon.", []),
    ],
)  # fmt: skip
def test_counts_of_people(body: str, expected: list[tuple[str, int, bool]]) -> None:
    assert facts(body) == expected


def test_offset_and_object_of_a_fact() -> None:
    body = "Officials said six Armenian soldiers were killed."
    (fact,) = key_facts(body)
    assert body[fact.offset :].startswith("six")
    assert fact.object == "Armenian soldiers"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The war began on 15 April 2023 in the capital.", ["2023-04-15"]),
        ("The quake struck on February 6, 2023, at dawn.", ["2023-02-06"]),
        ("Tue. Dec 3rd, 2024", ["2024-12-03"]),
        ("Talks resumed in November 2023.", ["2023-11"]),
        ("It was signed on 2024-03-04.", ["2024-03-04"]),
        ("The fighting in 2020 and the 1994 war.", ["2020", "1994"]),
        ("In the fall of 2020, Pakistan's 2010 floods were recalled.", ["2020", "2010"]),
        ("The talks ended on November 16 and resume on Tuesday.", []),  # no year
        ("In the late 1980s fighting started.", []),  # a decade
        ("Nearly 2000 troops and 2,000 police were sent.", []),  # counts, not years
        ("The budget for 2024-25 was cut by 20%.", []),
        ("They may 2020 be late.", []),  # "may" the verb before a number
        # A hedge between the cue and the year.
        ("The dig should last until at least 2031.", ["2031"]),
        ("The canal may open as early as 2029, or no later than 2032.", ["2029", "2032"]),
        ("The fund paid at least 2031 farmers.", []),
        # A year the sentence says a year is.
        ("The worst year before this one was 2022, when the snow failed.", ["2022"]),
        ("The crowd that day was 2000 strong.", []),
    ],
)
def test_dates_with_a_stated_year(body: str, expected: list[str]) -> None:
    assert [d.date for d in dates(body)] == expected


def test_date_text_and_offset() -> None:
    body = "The war began on 15 April 2023."
    (date,) = dates(body)
    assert (date.text, body[date.offset : date.offset + len(date.text)]) == (
        "15 April 2023",
        "15 April 2023",
    )


def test_refugees_who_fled_stay_refugees_and_other_people_who_fled_are_displaced() -> None:
    refugees = key_facts("Camps hold about 9,000 Veldan refugees who fled the war.")
    displaced = key_facts("About 9,000 villagers fled their homes.")
    assert [(f.kind.value, f.number) for f in refugees] == [("refugees", 9000)]
    assert [(f.kind.value, f.number) for f in displaced] == [("displaced", 9000)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # People already held are prisoners, whatever verb follows them.
        ("The state will free about 700 prisoners detained under the decree.",
         [("prisoners", 700, True)]),
        ("Nine protesters detained last week were charged.", [("arrested", 9, False)]),
        # A count with no noun, and one whose people are placed by a phrase, before "missing".
        ("Some 80 people died and about 40 have been reported missing.",
         [("killed", 80, True), ("missing", 40, True)]),
        ("Four fishermen from a coastal village went missing.", [("missing", 4, False)]),
        ("One member of the team near the summit was missing.", [("missing", 1, False)]),
        ("Forensic teams identified 14 of the dead.", []),  # a part of another count
        # Households and families are units of people displaced.
        ("About 250 households had been displaced by the floods.", [("displaced", 250, True)]),
        ("Nearly 90 families were evacuated.", [("evacuated", 90, True)]),
        ("Hundreds of families were evacuated.", []),  # vague
        ("About 3,000 people were housed in tents and schools.", [("displaced", 3000, True)]),
        ("About 3,000 people were placed in school dormitories.", []),  # not shelters
        # Verbs that take things count people only with a person noun.
        ("Police seized about 250 rifles and 3 tonnes of cocaine.", []),
        ("The army captured 12 villages.", []),
        ("Gunmen seized 7 aid workers.", [("hostages", 7, False)]),
        ("The drought affected some 12,500 families.", [("affected", 12_500, True)]),
        ("The storm affected 30 villages.", []),
        # The verb before the count and "hostage" after; an infinitive before the count.
        ("Gunmen held four nurses hostage for a day.", [("hostages", 4, False)]),
        ("Boats were sent to evacuate 90 villagers.", [("evacuated", 90, False)]),
        # Temperatures and animals are no people.
        ("A frost of minus 35 degrees killed about 300,000 head of cattle.", []),
        ("The drought killed 5 million animals.", []),
        ("Rebels captured 15 soldiers.", [("prisoners", 15, False)]),
        # A count after "and" shares the verb of a short object before it, with a person noun.
        ("Police arrested a senior judge and three company executives.",
         [("arrested", 3, False)]),
        ("The raid killed a commander and two civilians.", [("killed", 2, False)]),
        ("Police arrested him and two weeks later he fled abroad.", []),
        ("He was detained in March and three years later freed.", []),
        ("Police arrested the driver, who was drunk, and two bottles were found.", []),
        # The size of someone's family is no count.
        ("Aisha, a mother of six who fled the town, spoke to us.", []),
        ("A father of three was killed.", []),
    ],
)  # fmt: skip
def test_who_is_counted_decides_the_kind(body: str, expected: list[tuple[str, int, bool]]) -> None:
    assert facts(body) == expected


def test_the_object_of_a_count_stops_at_and() -> None:
    (fact,) = key_facts("They seized a truck and two soldiers.")
    assert (fact.kind.value, fact.number, fact.object) == ("hostages", 2, "soldiers")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said 9 hikers who left the camp at dawn were still missing.", [("missing", 9)]),
        ("Two divers who had gone down near the old harbour wall on Friday night were "
         "missing.", [("missing", 2)]),
        ("The new tariff will affect some 52,000 households.", [("affected", 52_000)]),
        ("Power was cut, affecting about 8,000 residents.", [("affected", 8_000)]),
        ("Three robbers held 11 workers hostage.", [("hostages", 11)]),
        # Deaths of any cause count as killed (gold CONVENTIONS, tagging rule 5).
        ("Officials said 30 people had died of the illness since May.", [("killed", 30)]),
        ("Four people, including a driver, died with fever and vomiting.", [("killed", 4)]),
        ("At least 8 pilgrims have died of the virus.", [("killed", 8)]),
        # An outcome shared with the next count; an appositive between count and outcome.
        ("Four marchers and three guards were hurt.", [("injured", 4), ("injured", 3)]),
        ("One woman, a 40-year-old shopkeeper, was killed.", [("killed", 1)]),
        ("Six survivors were treated for wounds in Orvel.", [("injured", 6)]),
        # Where they are, between the count and its outcome.
        ("More than 100,000 people in Tarvia have been displaced since 2023.",
         [("displaced", 100_000)]),
        # A ratio is no count.
        ("The fever can kill as many as one in five patients.", []),
        # One of a kind the noun lists in the plural; a hyphenated noun; who they are.
        ("One climber was killed when the rope snapped.", [("killed", 1)]),
        ("Police arrested a fisherman.", []),  # a person, often named later: no count
        ("Three anti-mining campaigners who threw paint at the marchers were detained.",
         [("arrested", 3)]),
        ("About 40 students, most of them from the north, marched to the ministry.",
         [("protesters", 40)]),
        # Who is among them, who came with them, how badly; spectators are people.
        ("Three men, including the driver, were detained.", [("arrested", 3)]),
        ("Four hikers, among them a guide from the valley, died of exposure.", [("killed", 4)]),
        ("About 3,000 workers and their families marched to the port.", [("protesters", 3_000)]),
        ("Two officers were slightly injured.", [("injured", 2)]),
        ("Two spectators were killed at the finish.", [("killed", 2)]),
    ],
)  # fmt: skip
def test_counts_across_a_clause_and_deaths_of_any_cause(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(f.kind.value, f.number) for f in key_facts(text)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Around 400 nurses gathered outside the ministry to protest the pay freeze.",
         [("protesters", 400, True)]),
        ("About 90 dockers walked out and marched to the port office to protest the layoffs.",
         [("protesters", 90, True)]),
        ("Rallies were held in three towns, where some 2,500 people gathered in the squares.",
         [("protesters", 2_500, True)]),
        ("About 70 farmers joined the nurses outside the hall to protest the cuts.",
         [("protesters", 70, True)]),
        # A crowd that acts together: it blocks a road, forms a chain.
        ("About 250 fishermen blocked the harbour road on Friday to protest the quota.",
         [("protesters", 250, True)]),
        ("Some 900 people formed a human chain along the river to protest the dam.",
         [("protesters", 900, True)]),
        # The purpose may stand past a long clause.
        ("About 400 small-scale miners blocked the road at Tarvik, the last village reachable "
         "by road on the upper river, to protest against the ban.",
         [("protesters", 400, True)]),
        # A crowd with no protest in its clause or sentence is no count of protesters.
        ("About 200 residents blocked the lane with sandbags before the flood.", []),
        # The verb before counts those who blocked: they were detained, not a second count.
        ("Police detained six protesters who blocked the bridge to protest the fares.",
         [("arrested", 6, False)]),
        ("Some 3,000 people gathered in the park for the concert.", []),
        ("The march ended at noon. About 800 people gathered again in the evening.", []),
        # Two groups share one count; the first noun is what it counts.
        ("Some 150 weavers and loom-shop owners gathered at the mill to protest the tariff.",
         [("protesters", 150, True)]),
        ("About 60 cooks and waiters gathered in the kitchen before the dinner service.", []),
        # A part of a crowd named before: "of them", no noun of its own.
        ("About 400 savers came by bus, and about 150 of them gathered at the court to "
         "protest.", [("protesters", 150, True)]),
        ("About 400 savers came by bus, and 150 of them gathered in the hall to vote.", []),
        # The outcome of the people a crowd comes from is theirs, not the crowd's.
        ("About 60 relatives of people detained in earlier raids gathered outside the jail on "
         "Saturday to protest.", [("protesters", 60, True)]),
        ("Three relatives of the victims were detained.", [("arrested", 3, False)]),
        # A few words in "-ed" are no past verb; short pasts are ("used", "led", "shed").
        ("About 300 students in red shirts ready to protest the fees.", []),
        ("About 300 fans on a hundred buses to protest the fares.", []),
        ("About 300 nurses with a need to protest the cuts.", []),
        ("About 200 growers used tractors to protest the levy.", [("protesters", 200, True)]),
        ("About 200 growers led a march to protest the levy.", [("protesters", 200, True)]),
    ],
)  # fmt: skip
def test_a_crowd_protests_when_its_purpose_or_sentence_says_so(
    body: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert facts(body) == expected


def test_the_people_counted_before_are_no_second_count() -> None:
    body = (
        "Three guards were injured and police detained four men. The three injured guards were "
        "flown to the capital; the other two men were released. The two suspects were arrested."
    )
    assert facts(body) == [("injured", 3, False), ("arrested", 4, False)]
    # A definite count larger than the one before, or of another kind, is a count.
    assert facts("Two men were detained. The five protesters were arrested later.") == [
        ("arrested", 2, False),
        ("arrested", 5, False),
    ]


def test_no_one_is_no_count() -> None:
    assert facts("No one was hurt when the roof fell, and no one was arrested.") == []
    assert facts("One was hurt.") == [("injured", 1, False)]


def test_a_year_after_an_article_is_a_date() -> None:
    assert [d.date for d in dates("It recalled a 2011 ruling on land.")] == ["2011"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("An exhibition of the panels is planned for 2029.", ["2029"]),
        ("The budget for 2025 was cut by a tenth.", ["2025"]),
        # A count of people after "for" is no year.
        ("The ministry sent food for 2000 people to the camp.", []),
    ],
)
def test_a_year_after_for_is_a_date(body: str, expected: list[str]) -> None:
    assert [d.date for d in dates(body)] == expected


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("Two lifeguards were hurt when a wave hit their boat.", ("injured", 2, "lifeguards")),
        ("Three paramedics were injured in the blast.", ("injured", 3, "paramedics")),
    ],
)
def test_guards_and_medics_are_people_a_count_counts(body: str, fact: tuple[str, int, str]) -> None:
    assert [(f.kind.value, f.number, f.object) for f in key_facts(body)] == [fact]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # What befell them first, joined to the outcome by "and".
        ("Four miners were trapped and killed when the shaft collapsed.", [("killed", 4, False)]),
        ("Six villagers were beaten and wounded by soldiers.", [("injured", 6, False)]),
        ("Five fishermen were shot and killed near the reef.", [("killed", 5, False)]),
        ("Two cashiers were locked up and hurt in the raid.", [("injured", 2, False)]),
        # No outcome after the "and": nothing counted.
        ("Four miners were trapped and rescued after a day.", []),
        ("Six villagers were questioned and released.", []),
    ],
)
def test_an_outcome_after_a_first_participle(
    body: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "About 300 residents of Orvik, in the north, were evacuated.",
            [("evacuated", 300, True)],
        ),
        (
            "Some 40 pupils from a school in Tarvel, near the border, were injured.",
            [("injured", 40, True)],
        ),
        # No outcome after the place set off: nothing counted.
        ("Twelve residents of Orvik, near the dam, said nothing.", []),
    ],
)
def test_a_count_with_its_place_set_off_between_commas(
    body: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert facts(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Years before 1800 with their month, or after a preposition of time at a clause's end.
        ("He was born in 1452, the son of a notary.", ["1452"]),
        ("It is dated 5 August 1473 in his hand.", ["1473-08-05"]),
        ("He ruled from 1066 until 1087.", ["1066", "1087"]),
        ("He died in 1519. In 2024 the town grew.", ["1519", "2024"]),
        # Counts, another calendar's year, centuries: no dates.
        ("In 1500 cases the tests failed.", []),
        ("Police found 1500 rifles in 1200 homes.", []),
        ("It is the year 1405 in the Afghan solar calendar.", []),
        ("It cost 1,452 euros; the 1500s were different.", []),
    ],
)
def test_years_before_1800(text: str, expected: list[str]) -> None:
    assert [d.date for d in dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Stewards, marshals and pilots are people a count counts.
        ("Three stewards were hurt when fans forced the gate.", [("injured", 3, "stewards")]),
        ("Two pilots were killed in the crash.", [("killed", 2, "pilots")]),
        # No toll: stewards of a fund paid.
        ("The two stewards of the fund were paid.", []),
    ],
)
def test_more_people_counted(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(f.kind.value, f.number, f.object) for f in key_facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Trades in "-or" and guides are people a count counts; tractors are not.
        ("About 70 investors had gathered to protest.", [("protesters", 70, "investors")]),
        ("Some 45 guides marched to the ministry.", [("protesters", 45, "guides")]),
        ("Rebels seized 40 tractors.", []),
        # Two words sharing one noun are one group; two groups count apart.
        (
            "About 90 bus and lorry drivers blocked the bridge to protest.",
            [("protesters", 90, "bus and lorry drivers")],
        ),
        (
            "Nine guards and two nurses were hurt.",
            [("injured", 9, "guards"), ("injured", 2, "nurses")],
        ),
    ],
)
def test_people_named_by_trade_or_pair(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(f.kind.value, f.number, f.object) for f in key_facts(text)] == expected


def test_a_number_word_after_a_letter_that_lowers_longer() -> None:
    # "İ" lowers to two characters; the number words after it keep their offsets.
    text = "İlker Kaya spoke first. Fourteen fans were injured."
    assert [(f.kind.value, f.number, f.offset) for f in key_facts(text)] == [
        ("injured", 14, text.index("Fourteen"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where the people work or stay, in one or two steps, before their outcome.
        (
            "About 150 workers at a brick kiln in the river port marched to the town hall.",
            [("protesters", 150, True)],
        ),
        ("Some 25 campers at a site near Lake Orvo were evacuated.", [("evacuated", 25, True)]),
    ],
)
def test_where_its_people_are(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Every count listed after the verb shares it.
        (
            "The raid killed 14 guards, 31 porters and three drivers.",
            [("killed", 14, "guards"), ("killed", 31, "porters"), ("killed", 3, "drivers")],
        ),
        # A part of the count, who they are, or a count with its own outcome: no item.
        ("The raid killed 14 people, two of them porters.", [("killed", 14, "people")]),
        ("Police detained two men, a driver and a porter.", [("arrested", 2, "men")]),
        (
            "Police detained nine people, and two officers were hurt.",
            [("arrested", 9, "people"), ("injured", 2, "officers")],
        ),
        # Items with a place and no noun: the people of the item before, somewhere else.
        (
            "The storm killed eight people in Orvik, four in Tarvel province and one in Seln.",
            [("killed", 8, "people"), ("killed", 4, "people"), ("killed", 1, "people")],
        ),
        (
            "Crews evacuated 900 residents from the valley and 120 from the islands.",
            [("evacuated", 900, "residents"), ("evacuated", 120, "residents")],
        ),
        # No place on the first item, or a unit after the number: no item.
        ("The storm killed eight people and four in Tarvel.", [("killed", 8, "people")]),
        ("The storm killed eight people in Orvik, 40 km from Seln.", [("killed", 8, "people")]),
    ],
)  # fmt: skip
def test_counts_listed_after_their_verb(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(f.kind.value, f.number, f.object) for f in key_facts(text)] == expected


def test_a_crowd_whose_purpose_comes_after_where_and_when() -> None:
    text = (
        "About 900 men blocked the main road to the fuel depot at Orvik, north-west of the port, "
        "on Monday, 4 September 2026, to protest against the layoffs."
    )
    assert facts(text) == [("protesters", 900, True)]


def test_no_preposition_between_a_count_and_its_people() -> None:
    # "the Bahamas" is no people's plural: the yacht lost a mast, not a crew member.
    assert facts("The yacht lost a mast near the Bahamas on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The landslide claimed 23 lives in the district.", [("killed", 23, None)]),
        ("The clashes have cost at least a dozen lives.", [("killed", 12, None)]),
        # Lives saved, or a verb that takes seats: no count.
        ("The new alarm saved 40 lives last year.", []),
        ("The party claimed 23 seats.", []),
    ],
)
def test_lives_a_verb_took_are_the_dead(text: str, expected: list[tuple[str, int, None]]) -> None:
    assert [(f.kind.value, f.number, f.object) for f in key_facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Part of a group named before, by the participle that named it: no new count.
        ("Four of the men detained were freed on bail on Friday.", []),
        ("Two of the workers injured are still in hospital.", []),
        # The participle is the sentence's verb: a count.
        ("Four of the men were detained on Friday.", [("arrested", 4)]),
        ("Two of its workers had been injured in the blast.", [("injured", 2)]),
    ],
)
def test_part_of_a_group_named_by_its_participle(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(f.kind.value, f.number) for f in key_facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crowd opening its sentence, or a clause after ", and", that did something to protest.
        (
            "Some 80 cyclists from two suburbs rang bells in the square to protest.",
            [("protesters", 80, "cyclists")],
        ),
        (
            "The ferries docked at noon, and about 60 fishermen on deck lit torches to protest.",
            [("protesters", 60, "fishermen")],
        ),
        (
            "On Friday, about 250 nurses from Velmora, a hill town, walked off the wards "
            "in the morning to protest against the rota.",
            [("protesters", 250, "nurses")],
        ),
        # Done to them, a plan, or someone else's clause: no protesters.
        ("About 300 police officers were sent to the square to protest.", []),
        ("About 300 farmers from the valley plan to protest on Friday.", []),
        ("About 300 farmers left the hall, and others stayed to protest.", []),
    ],
)
def test_a_crowd_acting_to_protest(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(f.kind.value, f.number, f.object) for f in key_facts(text)] == expected


def test_a_unit_sharing_a_noun_of_people_counts_them() -> None:
    text = "About 400 sheep and cattle herders drove their trucks to the ministry to protest."
    assert facts(text) == [("protesters", 400, True)]
    assert facts("Floods killed 400 sheep and goats.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number in words with its rest after "hundred" or "thousand".
        ("Two hundred and forty villagers were evacuated.", [("evacuated", 240, False)]),
        ("Storms killed about six hundred and twelve people.", [("killed", 612, True)]),
        ("Three thousand nine residents were evacuated.", [("evacuated", 3009, False)]),
    ],
)
def test_a_number_in_words_past_a_hundred(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert facts(text) == expected


def test_shot_dead_before_the_count() -> None:
    assert facts("Guards shot dead three armed men at the gate.") == [("killed", 3, False)]


def test_a_verb_before_the_count_wins_over_the_next_counts_outcome() -> None:
    text = "Troops killed 14 gunmen and three soldiers were wounded."
    assert facts(text) == [("killed", 14, False), ("injured", 3, False)]
