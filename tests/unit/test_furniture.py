"""Furniture rule selection (services/newsstream/core/furniture.py): the shortcuts change nothing.

`FurnitureRules.classify` tries only the rules a line's first character and length allow,
matches lower-case-only patterns on the lower-cased line, and tries a guarded rule only when one
search for all literals found one of its own; the answer must be the one trying every rule in
file order gives.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsstream.core.furniture import FurnitureRule, FurnitureRules, default_rules, parse_rules

RULES = default_rules()
# Every line classified anew, with no verdict remembered.
UNSEEN = FurnitureRules(RULES.rules, remembered_lines=0)


def every_rule_in_order(line: str, *, prose: bool) -> FurnitureRule | None:
    """The first fitting unguarded rule that matches, else the first guarded one."""
    folded, words = line.lower(), line.count(" ") + 1
    fitting = [
        rule
        for rule in RULES.rules
        if (rule.max_words is None or words <= rule.max_words) and (rule.takes_prose or not prose)
    ]
    for rule in fitting:
        if not rule.requires and rule.pattern.fullmatch(line):
            return rule
    for rule in fitting:
        if any(literal in folded for literal in rule.requires) and rule.pattern.fullmatch(line):
            return rule
    return None


# Pieces of furniture and of story, with letters that fold in unusual ways (capital dotted i,
# dotless i, long s, the Kelvin sign).
PIECES = [
    "Advertisement", "ADVERTISEMENT", "Share", "share this article", "Comments (3)", "Reply",
    "3 hours ago", "2 saat önce", "Yanıtla", "İlgili Haber:", "YAYINLANMA: 18.04.2026",
    "By", "Kim Carter", "Photo:", "© 2026", "cookies", "We use", "Accept all", "›", "|",
    "Read more:", "Sıgn In", "ſhare", "\u212aim", "the", "ferry", "council", "said", ".", "?",
    "Tags:", "Published", "March 3, 2026", "«", "“", "•", "1.", "newsletter", "sign up here",
    # Literals of guarded rules, some the start of another ("free" of "free article").
    "free", "free article", "read on", "daily", "inbox", "privacy", "donate", "ad block", "@",
    # Letters the case flag folds oddly: Greek sigmas (final, plain, capital), dotless i.
    "ετικέτες:", "ΕΤΙΚΈΤΕΣ:", "ΕΤΙΚΈΤΕΣ", "σχόλια", "ΣΧΌΛΙΑ", "Etiketler:", "ETİKETLER:", "paylaş",
    # Credits, and lines that a credit rule and an earlier rule both take.
    "Photo:", "Reuters", "(AP)", "Source:", "Getty Images", "contributed to this report.",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.booleans())
def test_classify_agrees_with_trying_every_rule(pieces: list[str], prose: bool) -> None:
    line = " ".join(pieces)
    folded, words = line.lower(), line.count(" ") + 1
    expected = every_rule_in_order(line, prose=prose)
    for rules in (RULES, UNSEEN):
        assert rules.classify(line, folded, words, prose=prose) is expected
        credit = rules.credit(line, folded, words, prose=prose)
        assert credit is (expected if expected is not None and expected.is_credit else None)


def test_known_lines_get_their_rules() -> None:
    for line, name in [
        ("Advertisement", "advertisement"),
        ("YANITLA BEĞEN (12)", "comments"),
        ("İlgili Haber: İzmir'de yeni düzenleme", "related"),
        ("Subscrıbe Sıgn In Newsletters", "navigation"),
    ]:
        rule = RULES.classify(line, line.lower(), line.count(" ") + 1, prose=False)
        assert rule is not None
        assert rule.name == name


def _verdict(line: str) -> str | None:
    """The rule's name for `line` as cleaning asks (a sentence: 6+ words ending like one)."""
    words = line.count(" ") + 1
    prose = words >= 6 and line.rstrip('"”’)»').endswith((".", "!", "?"))
    rule = RULES.classify(line, line.lower(), words, prose=prose)
    return rule.name if rule else None


# Each kind of furniture: lines of it in several sites' wording and languages, and story
# sentences with the same words that must stay story. All invented.
KINDS: list[tuple[str, list[str], list[str]]] = [
    (
        "caption",
        [
            "Volunteers sort parcels at the depot. Photo: Ana Ruiz / Wire Agency",
            "Der neue Bahnhof in Kassel. Foto: Peter Lenz",
            "Traders wait at the market gate. Picture: Kofi Mensah",
            "Cảnh sát giao thông tại ngã tư. Ảnh: Minh Anh",
            "Ferjan við bryggjuna í morgun. (Mynd úr safni)",
            "Jirgin ruwa a tashar jiragen ruwa. (Hoto: Fayil)",
        ],
        [
            "The photo: a grainy image of the harbour at dusk, shared thousands of times.",
            "Das Foto zeigt den Bahnhof kurz nach dem Brand.",
            "The exhibition, called Photo: Memory and Place, opens on Friday.",
            "The council keeps every photo from the archive in the town hall, he said.",
        ],
    ),
    (
        "paywall",
        [
            "Weiterlesen mit Plus",
            "Continue reading with Premium",
            "Jetzt 4 Wochen für 1 € testen. Jederzeit kündbar.",
            "Try 3 months for $1. Cancel anytime.",
            "Abonnement: 1 måned for 1 kr, kan sies opp når som helst.",
        ],
        [
            "The council said residents could cancel anytime before the charge applied.",
            "Patients waited 6 weeks for $300 in compensation, the report found.",
            "Der Vertrag ist jederzeit kündbar, sagte der Anwalt des Vereins vor Gericht.",
        ],
    ),
    (
        "related",
        ["Mehr aus Kassel", "Mer fra Sport:", "Cùng chuyên mục", "Meer uit Gent"],
        ["Mehr aus weniger machen", "Mehr aus Kassel kam nicht, sagte der Trainer am Abend."],
    ),
    (
        "newsletter",
        [
            "Mit der Anmeldung stimmen Sie unseren AGB und der Datenschutzerklärung zu.",
            "View it in your browser",
            "Forwarded this email? Subscribe here.",
            "Reply to this email and tell us what you think.",
            "You are receiving this because you signed up at example.news.",
            "Liked this issue? Share it with a friend.",
            "Good morning! Today: a new bridge, a strike and the weekend forecast.",
            "Få nyhetsbrevet på e-post hver fredag. Meld deg på her.",
            "Stay informed. Get our newsletter in your inbox every week. [Sign up]",
            "In this issue",
        ],
        [
            "The company said it had stopped receiving emails from the regulator in March.",
            "Good morning, the mayor said, before reading the statement.",
            "The newsletter, which has 40,000 readers, asked them to subscribe.",
            "By signing up, members agree to volunteer for two days a year, the club said.",
        ],
    ),
    (
        "advertisement",
        ["SPONSORED · Bay Bakery — two loaves for the price of one"],
        ["Advertisement spending rose by 4 percent, the agency said."],
    ),
    (
        "teaser",
        [
            "The market reopens on Friday. Read the full story →",
            "Der Bahnhof wird neu gebaut. Lesen Sie mehr",
        ],
        [
            "She urged voters to read the full story before deciding.",
            "Many people never read more than the headline, the study found.",
        ],
    ),
    (
        "comments",
        [
            "Kommentieren ist nur für Abonnenten möglich.",
            "Kommentarfeltet er stengt på denne artikkelen.",
            "Yorum yazmak için giriş yapmalısınız.",
            "Comments are moderated before they appear.",
            "Please read our community guidelines before commenting.",
            "Les commentaires sont fermés pour cet article.",
        ],
        [
            "Kommentare in sozialen Netzwerken seien nur für Abonnenten sichtbar gewesen.",
            "The comments are closed to the public, the judge said, after a heated hearing.",
            "The company must read the guidelines before it can bid, the council said.",
        ],
    ),
    (
        "timestamp",
        [
            "Jan P. · 2 hours ago",
            "Ayşe D. - 5 saat önce: Yollar yine su altında.",
            "Ana · 40 minutes ago",
        ],
        ["The fire started 2 hours ago, the police said."],
    ),
    (
        "death_notice",
        [
            "WALKER, Thomas Henry (Tom). Passed away suddenly on 3 March. Sadly missed.",
            "SMITH, Mary. Peacefully at home, aged 88. Loved mother of Ann.",
            "Sign the online guestbook",
            "Send sympathy flowers",
            "Looking for a funeral notice? Place a notice online.",
        ],
        [
            "LONDON, Ontario — A man who died after a fall was loved by his neighbours.",
            "WASHINGTON, D.C. — The senator, who passed away on Monday, was 88.",
            "The family asked mourners not to send flowers but to donate to the hospice.",
        ],
    ),
    (
        "bio",
        ["Priya covers transport and planning for the Coast Courier.", "Email Priya"],
        [
            "The policy covers transport and planning for the whole region, the minister said.",
            "Email Priya said the company had never replied.",
        ],
    ),
    (
        "sports_table",
        [
            "Match statistics",
            "Possession 61% 39%",
            "Fouls 12 9",
            "Rovers: Hart; Dunn, Bell, Roy, Page; Lee, Fox, Kerr; Moss, Hill, Ray.",
        ],
        [
            "The team scored 3 goals in 2 games, the coach said.",
            "The budget: roads; schools, hospitals, police, parks, libraries, all cut.",
            "Population 12 500",
        ],
    ),
    (
        "masthead",
        ["Ansvarlig redaktør: Kari Nordmann", "Cơ quan chủ quản: Công ty ABC. Giấy phép số 1/GP."],
        ["The responsible editor said the paper would appeal, according to a statement."],
    ),
    (
        "share",
        ["Link bài viết: https://example.vn/a.html", "Permalink: https://example.com/x"],
        ["More details are at https://example.gov/plan, the council said."],
    ),
    (
        "app_promo",
        ["Tải ứng dụng Báo ABC trên App Store và Google Play.", "Get the app on iOS and Android"],
        ["Download numbers on the App Store and Google Play rose 20 percent in a year."],
    ),
    (
        "navigation",
        ["Nyheter Sport Kultur E-avis Logg inn Kjøp abonnement"],
        ["Why Millions Refuse To Subscribe", "Police Search For Missing Teen"],
    ),
    (
        "tip_line",
        ["Tips oss! Send SMS til 2000 eller e-post til tips@avis.example"],
        ["Tips on saving water were handed out at the meeting, the council said."],
    ),
    (
        "cookies",
        [
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. [Godta] [Avvis]",
            "Käytämme evästeitä parantaaksemme palvelua.",
            "Ez a weboldal sütiket használ.",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.",
        ],
        [
            "Informasjonskapsler er små tekstfiler, forklarte hun i retten.",
            "Kami menggunakan cookie resep nenek kami, kata pemilik toko roti itu.",
            "Hän käyttää evästeitä tutkimuksessaan, professori kertoi.",
        ],
    ),
    (
        "comments",
        ["Svar · Liker (2)", "Balas · Suka (3)", "Load 10 more comments", "Report abuse"],
        [
            "Reply to the letter was slow, the council admitted.",
            "Report abuse to the police, the minister urged parents on Monday.",
        ],
    ),
    (
        "share",
        [
            "Partager sur Facebook",
            "Auf Facebook teilen",
            "Email this",
            "Folgen Sie uns auf Instagram",
            "Join our WhatsApp channel",
            "Artikel anhören",
        ],
        [
            "Share on Facebook fell by a third, the company said.",
            "Folgen Sie uns, rief der Bürgermeister den Demonstranten zu.",
            "She urged parents to join our WhatsApp group for updates, the principal said.",
        ],
    ),
    (
        "newsletter",
        ["Abonnez-vous à notre newsletter", "Never miss a story: sign up for breaking news alerts"],
        ["Residents can sign up for flood alerts on the council website."],
    ),
    (
        "paywall",
        [
            "Premium content",
            "Unlock this article",
            "Register to continue reading",
            "Csak előfizetőknek",
        ],
        ["Get full access to the files, the lawyer told the court on Tuesday."],
    ),
    (
        "related",
        ["Most viewed", "Ähnliche Artikel", "Relaterte saker", "Bài viết liên quan"],
        ["Most viewed the decision as a setback, the survey showed."],
    ),
    (
        "copyright_notice",
        [
            "Alle Rechte vorbehalten.",
            "© 2026 Uutiset Oy. Kaikki oikeudet pidätetään.",
            "Med enerett.",
        ],
        ["NRK sender VM-finalen med enerett i år."],
    ),
    (
        "navigation",
        ["Zurück nach oben", "Retour en haut", "Impressum", "Mentions légales"],
        ["Die Preise gingen nach oben, sagte der Händler."],
    ),
    (
        "press_council",
        [
            "This publication is regulated by the Independent Press Standards Organisation.",
            "Member of the Press Council.",
            "Avisa arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
        ],
        [
            "The newspaper, a member of the Press Council, denied the claim on Monday.",
            "We are members of the union and we will strike, the nurse said.",
            "Han følger pressens dekning av saken nøye, sa ordføreren.",
        ],
    ),
    (
        "live_blog",
        ["Key events", "Pinned post", "LIVE", "3 new updates"],
        ["Live music returns to the square on Friday."],
    ),
    (
        "feedback",
        ["Was this article helpful?", "Rate this article", "Fehler melden"],
        ["Was this article helpful to the defence, the judge asked."],
    ),
    (
        "embed",
        ["Photo gallery (12 photos)", "Bildergalerie"],
        ["The gallery reopens in March after a two-year refit."],
    ),
    (
        "advertisement",
        ["Sponsored by Acme Bank", "In partnership with Acme Energy"],
        ["The festival was sponsored by Acme Bank and the city council this year."],
    ),
    (
        "date_banner",
        ["Weather: 24°C, sunny", "Perth 31°C Sunny"],
        ["It was 24°C and sunny.", "Temperatures reached 41°C on Sunday, a record for November."],
    ),
    (
        "timestamp",
        ["3h ago", "vor 3 Std.", "3 órája"],
        ["A tűz 3 órája ég, mondta a tűzoltó."],
    ),
]


KINDS += [
    (
        "cookies",
        [
            "We and our 1,042 partners store and/or access information on a device.",
            "Nous et nos 845 partenaires stockons des informations sur un appareil.",
        ],
        [
            "We and our 30 partners will continue to fight, she said.",
            "Wir und unsere 12 Partner haben das Projekt gemeinsam finanziert, sagte er.",
        ],
    ),
    (
        "sports_table",
        [
            "Full time",
            "FT: Rovers 2-1 United",
            "Att: 12,004",
            "Bookings: Smith (45), Jones (67)",
            "Pos Team P W D L GD Pts",
        ],
        [
            "Result: the council lost the vote 3-2 after a long debate.",
            "Half-time came with the score at 1-1 and the crowd restless.",
        ],
    ),
    (
        "bio",
        ["Senior reporter", "Toimittaja"],
        ["The senior reporter was arrested at the border, the paper said."],
    ),
    (
        "paywall",
        ["Get 50% off your first year", "Only €1 for the first month"],
        ["Only 5% of the first year's budget was spent, the audit found."],
    ),
    (
        "press_council",
        [
            "The Daily Post is a member of the Independent Press Standards Organisation.",
            "We adhere to the Editors' Code of Practice.",
        ],
        [
            "The Daily Post is a member of the Press Council and denied wrongdoing.",
            "We adhere to the code of conduct, the union said.",
        ],
    ),
    (
        "masthead",
        ["Deputy editor: Lisa Grey", "Chefredakteur: Hans Müller"],
        ["The deputy editor said the paper would publish a correction."],
    ),
    (
        "comments",
        [
            "Commenting on this article has ended.",
            "Hide replies",
            "This comment has been removed by a moderator.",
            "Jan P. replied",
            "Jan P. 2h",
        ],
        [
            "The minister responded.",
            "Apollo 13",
            "The council replied that it had no record of the complaint.",
        ],
    ),
    (
        "newsletter",
        ["Sign me up", "Check your inbox to confirm your subscription."],
        ["Check your inbox regularly for scam messages, the police advised."],
    ),
]


KINDS += [
    (
        "date_banner",
        [
            "Päivitetty 1.12.2026 10:12",
            "Frissítve: 2026. december 1. 10:12",
            "Diperbarui 1 Desember 2026, 10:12 WIB",
            "Veröffentlicht am 01.12.2026 um 10:12 Uhr.",
        ],
        [
            "Oppdatert informasjon kommer 1. desember 2026, sa hun.",
            "Published in 1998, the book sold 2 million copies.",
            "Publicado el 3 de marzo de 2020, el informe causó polémica.",
        ],
    ),
    (
        "reading_time",
        ["Olvasási idő: 3 perc", "Waktu baca 3 menit"],
        ["Waktu baca 3 menit cukup untuk memahami aturan baru itu, katanya."],
    ),
    (
        "advertisement",
        ["Tiếp tục đọc", "Annonse:", "Anzeige: Jetzt Ferienwohnung buchen"],
        ["Annonse: det var ordet hun brukte om avtalen, sa advokaten."],
    ),
    (
        "navigation",
        ["Zurück zur Übersicht", "Seite 1 von 3", "Page 2 of 4", "1 2 3 Next", "Zum Thema"],
        [
            "Page 2 of the report lists 14 schools that will close.",
            "Mehr Nachrichten aus Bayern gab es an diesem Tag nicht, sagte der Sprecher.",
        ],
    ),
    (
        "embed",
        ["Click to enlarge", "Tap to expand"],
        ["Click to enlarge the map, the instructions said."],
    ),
]


# Kinds first met on the sixth blind set, in other sites' wording and languages.
KINDS += [
    (
        "jump_line",
        ["Continued on Page 12", "Suite page 4", "Ciąg dalszy na str. 7", "(See HARBOUR, Page B2)"],
        [
            "Turn to page 12 for the full list, the booklet says.",
            "Continued on page 6 of the report, the letter named three firms.",
        ],
    ),
    (
        "running_head",
        [
            "12 The Island Post www.islandpost.example",
            "SPORT | ISLANDS 9",
            "DAGBLADET Fredag 6. mars 2026",
        ],
        [
            "12 people were rescued from the harbour on Tuesday.",
            "NATO leaders met in Vilnius on 11 July 2023 to discuss the war.",
        ],
    ),
    (
        "app_share",
        [
            "Partagé depuis l'application Le Port",
            "Enviado desde mi iPhone",
            "Shared via the Isla app",
        ],
        [
            "Shared from the stage, the singer's message reached millions.",
            "Sent from my office, the letter reached the minister on Monday.",
        ],
    ),
    (
        "sponsor",
        [
            "This newsletter is sponsored by Harbour Bank.",
            "Cette émission est présentée par Café du Port.",
        ],
        ["The festival is sponsored by the regional council, organisers said."],
    ),
    (
        "music_credit",
        ['Music: "Tidewater" by Sea Glass, used with permission.', "Theme music by Ana Ruiz"],
        [
            "Music: the festival lineup was announced by organisers on Monday.",
            "Music by local bands filled the square until midnight.",
        ],
    ),
    (
        "chapters",
        ["Timestamps", "Chapitres"],
        ["Chapters of the report deal with fisheries and tourism."],
    ),
    (
        "feed_field",
        [
            "description:",
            "enclosure: https://x.example/a.mp3 (audio/mpeg)",
            "media:thumbnail: https://x.example/a.jpg",
        ],
        ["Summary: the council approved the plan on Monday."],
    ),
    (
        "syndication_note",
        ["L'article Le ferry reprend est apparu en premier sur Le Port."],
        ["The post office appeared first on the list of closures, the union said."],
    ),
    (
        "channel_promo",
        ["Rejoignez notre chaîne WhatsApp.", "Síguenos en Facebook, Instagram y TikTok."],
        ["The group met on WhatsApp and Telegram before the protest, police said."],
    ),
    (
        "wire_note",
        ["This article will be updated as more information becomes available."],
        ["The report will be updated next year, the ministry said."],
    ),
    (
        "feedback",
        ["Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Оцените статью: ★★★★★"],
        ["Press Ctrl+Enter to send the message, the guide says."],
    ),
    (
        "byline",
        [
            "Höfundur: Anna Jónsdóttir",
            "Muallif: Aziz Karimov",
            "Пише: Марко Петровић | 06.03.2026. | Коментари (4)",
            "خبرنگار: علی رضایی | تاریخ انتشار: ۱۵ اسفند ۱۴۰۴ - ۰۹:۱۵",
            "संवाददाता: रवि शर्मा",
            "Written by: Lee Morgan",
            "מאת דנה לוי",
            "Per Joan Serra i Vidal",
        ],
        [
            "Höfundur bókarinnar segir að ferjan hafi siglt í fimmtíu ár.",
            "Muallif kitobni orol aholisiga bag'ishlaganini aytdi.",
            "Пише у писму да трајект касни сваког дана, рекао је он.",
            "Per tant, el ferri no sortirà dilluns, segons el port.",
            "מאת השנים האחרונות לא ראה הנמל סערה כזאת, אמר המנהל.",
        ],
    ),
    (
        "date_banner",
        [
            "Avaldatud 06.03.2026 kell 09:15",
            "Publikované 6. marca 2026, 9:15 | Aktualizované 6. marca 2026, 11:40",
            "An wallafa: 6 Maris, 2026 | 09:15",
            "เผยแพร่: 6 มี.ค. 2569 09:15 น.",
        ],
        [
            "Avaldatud andmetel sõitis praam 6. märtsil tühjana, ütles vallavanem.",
            "Publikované údaje ukazujú, že trajekt mešká každý deň.",
        ],
    ),
    (
        "print_stamp",
        [
            "Printed on 6 March 2026, 09:15",
            "Imprimé le 06/03/2026",
            "[ Drucken ] [ Fenster schließen ]",
        ],
        ["Printed on 6 March 2026, the leaflet reached every island household within a week."],
    ),
    (
        "tags",
        ["Efnisorð: Ferjur, Hafnir", "Etiquetes: Lleida, Mobilitat", "Тагови: трајект, лука"],
        ["Efnisorð eru ekki mikilvæg, sagði hann: ferjan skiptir máli."],
    ),
    (
        "sources_list",
        ["Fonts consultades:", "Sources:", "Quellen:"],
        ["Fonts consultades pel diari confirmen que el ferri no sortirà dilluns."],
    ),
    (
        "boxed_text",
        [
            "│ CLAIM: The ferry will be free from Monday.",
            "└ Become a member from 3 euros a month →",
        ],
        ["The claim │ verdict box is new, the editor said."],
    ),
    # Labels of existing kinds in a wider set of languages (issue #3's first-contact misses).
    (
        "advertisement",
        ["Isikhangiso", "— Hysbyseb —", "ကြော်ငြာ", "آگهی"],
        ["Hysbyseb newydd y cyngor oedd ar bob wal yn y dref ddydd Llun."],
    ),
    (
        "related",
        ["Прочетете още: Нов мост над реката", "ఇది కూడా చదవండి", "Свързани новини", "相关文章"],
        ["Прочетете още веднъж доклада, каза кметът на града."],
    ),
    (
        "tags",
        ["Тагове: Пловдив, транспорт", "Tagiau", "برچسب‌ها: تهران، مترو"],
        ["Tagiau newydd y siop oedd yn rhy fach i'w darllen, meddai hi."],
    ),
    (
        "comments",
        ["Sylwadau (3)", "Amazwana 12", "Izimvo"],
        ["Sylwadau'r cynghorydd oedd yn annheg, meddai'r maer."],
    ),
    (
        "channel_promo",
        [
            "👉 WhatsApp kanalımıza katılın",
            "Kövesse csatornánkat a WhatsAppon!",
            "Ndiqni kanalin tonë në Viber @lajmet",
        ],
        ["Telegram channel fined for spreading rumours", "WhatsApp channels feature launched"],
    ),
    (
        "correction_note",
        [
            "Correction: An earlier version of this article gave the wrong date for the fair.",
            "Berichtigung, 4. März: In einer früheren Fassung stand, die Brücke sei 40 Meter lang.",
            "Rectificación: La primera versión de esta nota decía que el puente costó 3 millones.",
        ],
        [
            "Correction: the ferry fare is 6 euros, not 16",  # a correction notice's headline
            "The council issued a correction on Monday after the figures were questioned.",
            # labels that also name an amendment or a repair
            "Поправка: депутаты внесли в закон о парках ещё одну статью о детских площадках.",
            "Oprava: most přes řeku bude uzavřen do konce měsíce kvůli výměně zábradlí.",
        ],
    ),
]


@pytest.mark.parametrize(("kind", "furniture", "story"), KINDS, ids=[k for k, _, _ in KINDS])
def test_a_kind_takes_its_lines_and_no_story_sentence(
    kind: str, furniture: list[str], story: list[str]
) -> None:
    assert [_verdict(line) for line in furniture] == [kind] * len(furniture)
    assert [_verdict(line) for line in story] == [None] * len(story)


def test_guarded_rules_of_a_rule_set_of_its_own() -> None:
    """Literals are found anywhere in the line, overlapping; an empty one is in every line."""
    rules = parse_rules(
        {
            "rule": [
                {"name": "empty", "patterns": ["x+"], "requires": [""]},
                {"name": "overlap", "patterns": [".*bc.*"], "requires": ["abc", "bcd"]},
                {"name": "plain", "patterns": ["y+"]},
            ]
        }
    )
    assert [_name(rules, line) for line in ("xx", "zabcd", "bcd", "ab cd", "yy")] == [
        "empty",
        "overlap",
        "overlap",
        None,
        "plain",
    ]


def _name(rules: FurnitureRules, line: str) -> str | None:
    rule = rules.classify(line, line.lower(), line.count(" ") + 1, prose=False)
    return None if rule is None else rule.name


def test_every_pattern_compiles() -> None:
    """Patterns compile on first use: a bad one in the data file must fail here, not on a line."""
    for rule in RULES.rules:
        for part in (rule.pattern, rule.lower, rule.cased):
            assert part is None or part.compiled.pattern == part.source


@pytest.mark.parametrize("patterns", [["a", "(?i)b"], ["a)|(?:b"], ["(?P<x>a)", "(?P<x>b)"]])
def test_patterns_that_cannot_be_joined_fail_at_load(patterns: list[str]) -> None:
    with pytest.raises(re.error):
        parse_rules({"rule": [{"name": "bad", "patterns": patterns}]})


def test_a_long_line_of_dotted_items_is_judged_at_once() -> None:
    """Each " · " separator is read one way only: a long line of items ending on an item too
    long for a menu once backtracked for minutes (every dot was two kinds of separator)."""
    menu = next(rule for rule in RULES.rules if rule.name == "menu")
    items = ["Brisk", "Larkmoor", "Town"] * 7
    line = " · ".join([*items[:20], "a closing item far longer than thirty characters"])
    assert menu.pattern.fullmatch(line) is None
    short = " · ".join([*items[:13], "another closing item longer than thirty"])
    assert _verdict(short) is None
    assert _verdict("Brisk · Larkmoor · Town · Weather") == "menu"
    assert _verdict("bus·rail·tram") is None
