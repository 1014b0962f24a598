"""Calendar dates written the ways news writes them, parsed to `datetime.date`.

Month names kept by hand (with case forms and spellings CLDR lacks), and CLDR's month names of
every locale (`data/month_names.tsv`, made by `scripts/build_month_names.py`): "4 March 2025",
"March 4, 2025", "4. März 2025", "5 de marzo de 2025", "6 марта 2025", ISO "2025-03-04" and numeric
"17/03/2025" (day first unless the first number cannot be a day). Thai dates ("1 ธ.ค. 2569")
count years in the Buddhist era, 543 years ahead; Ethiopian-calendar dates ("ኅዳር 22/2019 ዓ.ም")
are converted to the Gregorian calendar.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache
from importlib import resources
from typing import Final

_MONTH_NAMES: Final = (  # en, fr, de, es, it, pt, nl, sv, pl, cs, ro, tr, ru (with case forms),
    # then sw, tl, uk, el, and is, et, sk, ca and ha, then af, mt and eu, then be, gl, mk, tg,
    # mr and hi, yo, gd, zu, lb and ur/ps, then wa, mg, rw, gn, sm, oc, gu, pa and ml, then ht,
    # br and xh (each line's last names), then su, ast, sc, fj, to, sn, tpi, ig, hsb, sd, cv and
    # ba (each month's last line); Hindi's December also with a half nasal for the anusvara,
    # as many papers print it ("दिसम्बर" for "दिसंबर"; CLDR has September and November so)
    "jan january janvier januar enero gennaio janeiro januari stycznia styczeń ledna leden "
    "ianuarie ocak января январь січня ιανουαρίου"
    " janúar jaanuar januára január gener janairu"
    " januarie jannar urtarrila urtarrilaren"
    " студзеня xaneiro јануари январи जानेवारी जनवरी ṣẹ́rẹ́ faoilleach januwari جنوری"
    " djanvî janoary mutarama jasyteĩ ianuari genièr જાન્યુઆરી ਜਨਵਰੀ ജനുവരി janvye genver janyuwari"
    " xineru ghennàrgiu ghennarzu janueri sānuali sanuali ndira jenụwarị jenuwari januara"
    " جنوري кӑрлач ғинуар",
    "feb february février fevrier februar febrero febbraio fevereiro februari lutego luty února "
    "únor februarie şubat subat февраля февраль pebrero лютого φεβρουαρίου"
    " febrúar veebruar februára február febrer fabrairu"
    " februarie frar otsaila otsailaren"
    " лютага febreiro февруари феврали फेब्रुवारी फ़रवरी फरवरी èrèlè gearran februwari فروری"
    " fevrî febroary gashyantare jasykõi fepuari febrièr ફેબ્રુઆરી ਫ਼ਰਵਰੀ ഫെബ്രുവരി fevriye februwari"
    " pébruari pebruari febreru freàrgiu feperueri fēpueli fepueli kukadzi februeri febrụwarị"
    " febụwarị februara فيبروري нарӑс",
    "mar march mars märz maerz marzo março maart marca marzec března březen martie mart марта март "
    "machi marso березня μαρτίου"
    " märts marec març maris"
    " marzu martxoa martxoaren"
    " сакавіка марти मार्च ẹrẹ̀nà màrt mashi mäerz مارچ"
    " måss martsa werurwe jasyapy mati માર્ચ ਮਾਰਚ മാർച്ച് mas meurzh matshi"
    " maret maji maʻasi kurume maachị měrca пуш",
    "apr april avril abril aprile kwietnia kwiecień dubna duben aprilie nisan апреля апрель aprili "
    "квітня απριλίου"
    " apríl aprill apríla afrilu"
    " apirila apirilaren"
    " красавіка апрели एप्रिल अप्रैल ìgbé giblean ephreli abrëll اپریل"
    " avri aprily mata jasyrundy aperila એપ્રિલ ਅਪ੍ਰੈਲ ഏപ്രിൽ ebrel epreli"
    " epereli ʻepeleli epeleli kubvumbi epril eprel abrile apryla اپريل ака",
    "may mai mayo maggio maio mei maj maja května květen mayıs mayis мая май травня μαΐου"
    " maí mája máj maig mayu"
    " mejju maiatza maiatzaren"
    " майи मे मई ẹ̀bibi cèitean meyi mee مئی"
    " mey gicurasi jasypo મે ਮਈ മേയ്"
    " méi chivabvu maju meje مئي",
    "jun june juin juni junio giugno junho czerwca czerwiec června červen iunie haziran июня июнь "
    "hunyo червня ιουνίου"
    " júní juuni júna jún juny yuni"
    " junie ġunju ekaina ekainaren"
    " чэрвеня xuño јуни जून òkúdu ògmhios جون"
    " djun jona kamena jasypoteĩ iuni junh જૂન ਜੂਨ ജൂൺ jen mezheven"
    " xunu jiune chikumi làmpadas lampadas junija",
    "jul july juillet juli julio luglio julho lipca lipiec července červenec iulie temmuz "
    "июля июль julai hulyo липня ιουλίου"
    " júlí juuli júla júl juliol yuli"
    " julie lulju uztaila uztailaren"
    " ліпеня xullo јули जुलै जुलाई agẹmọ iuchar julayi جولائی"
    " djulete jolay nyakanga jasypokõi iulai julhet જુલાઈ ਜੁਲਾਈ ജൂലൈ jiyè gouere"
    " xunetu jiulai siulai chikunguru julaị trìulas triulas julija جولاء утӑ",
    "aug august août aout agosto augusti augustus sierpnia sierpień srpna srpen "
    "ağustos agustos августа август agosti серпня αυγούστου"
    " ágúst augusta agost agusta"
    " awwissu abuztua abuztuaren"
    " жніўня августи ऑगस्ट अगस्त ògún lùnastal agasti اگست"
    " awousse aogositra kanama jasypoapy aukuso ઑગસ્ટ ઓગસ્ટ ਅਗਸਤ ഓഗസ്റ്റ് eost"
    " agustus agostu okosita ʻaokosi aokosi nyamavhuvhu ogas ọgọst austu awgusta آگسٽ ҫурла",
    "sep sept september septembre septiembre setiembre settembre setembro września wrzesień "
    "září septembrie eylül eylul сентября сентябрь septemba setyembre вересня σεπτεμβρίου"
    " septembra setembre satumba"
    " settembru iraila irailaren"
    " верасня setembro септември сентябри सप्टेंबर सितंबर owewe sultain septhemba ستمبر"
    " setimbe septambra nzeri jasyporundy setema સપ્ટેમ્બર ਸਤੰਬਰ സെപ്റ്റംബർ septanm gwengolo"
    " séptémber seviteba sepitema gunyana cabudanni سيپٽمبر авӑн",
    "oct october octobre oktober octubre ottobre outubro oktober października październik října "
    "říjen octombrie ekim октября октябрь oktoba oktubre жовтня οκτωβρίου"
    " október oktoober októbra oktoba"
    " ottubru urria urriaren"
    " кастрычніка октомври октябри ऑक्टोबर अक्टूबर ọ̀wàrà dàmhair okthoba اکتوبر"
    " octôbe oktobra ukwakira jasypa oketopa ઑક્ટોબર ઓક્ટોબર ਅਕਤੂਬਰ ഒക്ടോബർ oktòb okthobha"
    " ochobre okotova ʻokatopa okatopa gumiguru ọktoba santugaine آڪٽوبر юпа",
    "nov november novembre noviembre novembro listopada listopad listopadu noiembrie kasım kasim "
    "ноября ноябрь novemba nobyembre листопада νοεμβρίου"
    " nóvember novembra nuwamba"
    " novembru azaroa azaroaren"
    " лістапада ноември ноябри नोव्हेंबर नवंबर bélú samhain novemba نومبر"
    " nôvimbe novambra ugushyingo jasypateĩ novema નવેમ્બર ਨਵੰਬਰ നവംബർ novanm"
    " nopémber payares noveba nōvema novema mbudzi santandria nowembra чӳк",
    "dec december décembre decembre dezember diciembre dicembre dezembro grudnia grudzień "
    "prosince prosinec decembrie aralık aralik декабря декабрь desemba disyembre грудня "
    "δεκεμβρίου"
    " desember detsember decembra desembre disamba"
    " diċembru abendua abenduaren"
    " снежня decembro декември декабри डिसेंबर दिसंबर दिसम्बर ọ̀pẹ̀ dùbhlachd disemba دسمبر"
    " decimbe desambra ukuboza jasypakõi tesema ડિસેમ્બર ਦਸੰਬਰ ഡിസംബർ desanm kerzu"
    " désémber avientu tiseba tīsema tisema zvita nadale ڊسمبر раштав",
)


# More spellings, a string a month as above: Sesotho as Lesotho spells it ("Tšitoe"; CLDR has
# South Africa's), Tamil's abbreviations without their dots ("01 டிச 2026"), Latvian's genitive
# and locative ("2026. gada 1. decembrī"; CLDR has the nominative).
_MORE_MONTH_NAMES: Final = (
    "pherekhong ஜன janvāra janvārī",
    "பிப் februāra februārī",
    "மார் marta martā",
    "ஏப் aprīļa aprīlī",
    "motšeanong maija maijā",
    "jūnija jūnijā",
    "jūlija jūlijā",
    "ஆக augusta augustā",
    "loetse செப் septembra septembrī",
    "அக் oktobra oktobrī",
    "pulungoana நவ novembra novembrī",
    "tšitoe டிச decembra decembrī",
)
# Month names of languages CLDR has none for, a string a month as above: Tetum ("Dezembru"),
# Ilocano ("Disiembre"), Tahitian and Cook Islands Maori ("Tītema"), Seychellois Creole
# ("Desanm"; its "Me", "Zen" and "Out" left out, English words), Scots ("Mairch"), Neapolitan
# ("Dicembre"), Crimean Tatar ("Dekabr"), Kashubian with its genitive ("1 gòdnika"; October
# only so, as "rujan" is Croatian September), Võro ("Joulukuu"), Veps ("Tal'vkuu"), Aromanian
# ("Andreu"), Udmurt ("Толсур") and Meadow Mari ("Теле").
_REGIONAL_MONTH_NAMES: Final = (
    "janeiru enero tenuare tianuare zanvye yanvar stëcznik stëcznika vahtsõaastakuu vilukuu"
    " yinar ghinar jennaro толшор шорыкйол",
    "fevereiru pebrero fepuare pepueri fevriye fevral gromicznik gromicznika radokuu uhokuu"
    " shcurtu şcurtu frevaro тулыспал пургыж",
    "marsu marso māti mairch strumiannik strumiannika urbõkuu keväz'kuu martsu marţu"
    " южтолэзь ӱярня",
    "abríl abril eperēra āperira avril aprel apryle łżëkwiôt łżëkwiôta mahlakuu sulakuu"
    " apriir aprilu prir abbrile оштолэзь вӱдшор",
    "maiu mayo mē mey mayıs môj môja lehekuu semendkuu mailu maggio куартолэзь ага",
    "juñu junu hunio tiunu iyun czerwińc czerwińca piimäkuu kezakuu cireshar cireşar"
    " ciresharu giugno инвожо пеледыш",
    "jullu julu hulio tiurai zilyet julie iyul lëpińc lëpińca hainakuu heinkuu alunar luglio"
    " пӧсьтолэзь пöсьтолэзь сӱрем",
    "agostu agosto ātete atete ʻātete ākuteru akuteru avgust zélnik zélnika põimukuu elokuu"
    " avgustu agustu aùsto austo гудырикошкон сорла",
    "setembru septiembre tetepa tepetema septanm sentâbr séwnik séwnika süküskuu sügüz'kuu"
    " yizmãciunj yizmãciunjlu yizmaciunj settembre куарусён идым",
    "outubru oktubre ātopa atopa ʻātopa okotopa oktob oktâbr rujana rehekuu reduku"
    " sumedru ottovre коньывуон шыже",
    "novembru nobiembre novema noema novanm noyabr lëstopadnik lëstopadnika märtekuu kül'mkuu"
    " brumar brumaru nuvembre шуркынмон кылме",
    "dezembru disiembre tītema titema desanm dekabr gòdnik gòdnika joulukuu tal'vkuu andreu"
    " andreiu dicembre толсур теле",
)
# Month names of two words or more, which the lists above cannot hold: Kurmanji's ("29 Çiriya
# Paşîn 2026"), Zazaki's (its Kanûn and Teshrin months, "former" and "latter", as Kurmanji's)
# and Quechua's (Cusco's: "1 Qhapaq Raymi killa 2026", "killa" is "month").
_MONTH_PHRASES: Final = (
    ("kanûna paşîn", 1),
    ("çiriya pêşîn", 10),
    ("çiriya paşîn", 11),
    ("kanûna pêşîn", 12),
    ("kanûno peyên", 1),
    ("tışrino verên", 10),
    ("tışrino peyên", 11),
    ("kanûno verên", 12),
    ("uchuy poqoy", 1),
    ("hatun poqoy", 2),
    ("pawqar waray", 3),
    ("inti raymi", 6),
    ("anta sitwa", 7),
    ("qhapaq sitwa", 8),
    ("quya raymi", 9),
    ("uma raymi", 10),
    ("aya marq'a", 11),
    ("qhapaq raymi", 12),
)


def _month_numbers(months: tuple[str, ...]) -> dict[str, int]:
    """Each month's spellings (space-separated, one string per month in order) to its number.

    Names are keyed as NFC text reads them: a nukta letter ("ਫ਼") comes apart under NFC.
    """
    return {
        name: number
        for number, names in enumerate(months, start=1)
        for name in unicodedata.normalize("NFC", names).split()
    }


def month_key(name: str) -> str:
    """A month name as the tables key it: NFC, lower case, a typographic apostrophe as ASCII."""
    return unicodedata.normalize("NFC", name).lower().replace("’", "'")


def hand_month_numbers() -> dict[str, int]:
    """Every hand-kept month name to its number.

    `_MONTH_NAMES`, `_MORE_MONTH_NAMES`, `_REGIONAL_MONTH_NAMES` (a language's whole year, though
    CLDR may hold some of its names) and the two-word `_MONTH_PHRASES`.
    """
    return (
        _month_numbers(_MONTH_NAMES)
        | _month_numbers(_MORE_MONTH_NAMES)
        | _month_numbers(_REGIONAL_MONTH_NAMES)
        | {month_key(name): month for name, month in _MONTH_PHRASES}
    )


def _cldr_month_numbers() -> dict[str, int]:
    """CLDR's month names of every locale, as `scripts/build_month_names.py` filtered them.

    Names of one to five words ("Mee ny Nollick", "sánzá ya zómi na míbalé"), keyed by
    `month_key`.
    """
    text = resources.files("newsstream.data").joinpath("month_names.tsv").read_text("utf-8")
    rows = (line.partition("\t") for line in text.splitlines() if line[:1] != "#")
    return {name: int(number) for number, _, name in rows}


_MONTHS: Final = _cldr_month_numbers() | hand_month_numbers()  # the hand list's forms win
# A month's name: a word, perhaps with an apostrophe or a hyphen inside ("N'wendzamhala"), or up
# to five words ("Mee ny Nollick"; lazily, so "4 de marzo de 2025" reads "marzo").
_NAME_WORD: Final = r"[^\W\d_]++(?:['’-][^\W\d_]++)*+"  # possessive: no backtracking
_MONTH: Final = rf"(?P<month>{_NAME_WORD})\.?"
# A name of more words than this is known whole or not at all: "sánzá ya zómi na míbalé"
# (Lingala's "month ten and two"), never a month's word among others ("4 of the boats in May").
_SPAN_MAX_WORDS: Final = 3
_NAME_MAX_WORDS: Final = 5
_MORE_WORDS: Final = f"{{0,{_NAME_MAX_WORDS - 1}}}?"  # lazily
# After a day's number, a name of two to five words is tried too: a match starts at a digit.
_MONTH_AFTER_DAY: Final = rf"(?P<month>{_NAME_WORD}(?:\s{_NAME_WORD}){_MORE_WORDS})\.?"
# The same with combining accents after a word's letters ("sánzá ya zómi na mɔ̌kɔ́": no
# precomposed letter has them), tried only on a line that holds such marks.
_ACCENTED_WORD: Final = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*+"
_ACCENTED_AFTER_DAY: Final = rf"(?P<month>{_ACCENTED_WORD}(?:\s{_ACCENTED_WORD}){_MORE_WORDS})"
# An inflected form: a known name of this many letters or more, and a case ending this long.
_STEM_MIN: Final = 5
_ENDING_MAX: Final = 2
# A month's name in a script that writes vowels as marks (Devanagari) or tones as combining
# accents (Yoruba): tried only on a line that holds such marks.
_MARKED_MONTH: Final = r"(?P<month>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff]){1,14})\.?"
_MARKS: Final = re.compile(r"[\u0300-\u036f\u0900-\u0dff]")
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|èr|º|\.)?"
_YEAR: Final = r"(?P<year>(?:19|20|25)\d\d)"
# 4 March 2025; "4 de marzo de 2025", "4 d'abril de 2025"; Maltese "4 ta' Marzu"; Yoruba
# "4 Oṣù Bélú" ("month"); Breton "4 a viz Meurzh"; isiXhosa "4 kuMatshi" ("in March");
# Kyrgyz "4-март, 2025-жыл"
_DAY_FIRST: Final = (
    r"\b{day}(?:\s+|-)(?:de\s+|d['’]|ta['’]\s+|[Oo]ṣù\s+|a viz\s+|ku(?=\w{{3}}))?{month},?\s+"
    r"(?:de\s+)?{year}\b"
)
_PATTERNS: Final = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # March 4, 2025
    re.compile(_DAY_FIRST.format(day=_DAY, month=_MONTH_AFTER_DAY, year=_YEAR)),
    re.compile(
        rf"\b{_YEAR}(?:ko|eko)\s+{_MONTH}\s+{_DAY}(?:a|an)?\b"
    ),  # Basque: 2025eko martxoaren 4a
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)"),  # 2025-03-04
    # The year first with a mark after it, in any script: Hungarian "2025. március 4." and
    # "2025. márc. 4-én", Lithuanian "2025 m. kovo 4 d."; the day closes the date (a dot, a
    # case ending, a comma, the time or the line's end), not a sentence's next words; the month in
    # lower case, as those languages write it ("in 2023. March 5 was …" is two sentences).
    re.compile(
        rf"\b{_YEAR}(?:\.|\s+m\.)\s+(?![A-ZÀ-Þ]){_MONTH}\s+(?P<day>[0-3]?\d)"
        r"(?=[.,-]|\s+d\.|\s+\d|\s*$)"
    ),
    re.compile(rf"\b{_YEAR}\.\s+gada\s+{_DAY}\s+{_MONTH}"),  # Latvian: 2025. gada 4. martā
    # Numbers, the year first: "2025. 03. 04." (Korean, Hungarian), "2025.03.04", "2025/03/04";
    # a one-digit month or day only after a space ("2025.1.2" is a version)
    re.compile(
        rf"\b{_YEAR}(?P<mark>[./])\s?(?P<month>\d\d|(?<=\s)\d)(?P=mark)\s?"
        r"(?P<day>\d\d|(?<=\s)\d)(?!\d)"
    ),
)
_MARKED: Final = re.compile(_DAY_FIRST.format(day=_DAY, month=_MARKED_MONTH, year=_YEAR))
# Year first, as pages in some scripts write it: "2025 മാർച്ച് 4" (Malayalam).
_YEAR_FIRST: Final = r"\b{year}\.?\s+{month}\s+{day}(?!\d)"
_NON_ASCII: Final = (re.compile(_YEAR_FIRST.format(day=_DAY, month=_MONTH, year=_YEAR)),)
_MARKED_ALL: Final = (
    _MARKED,
    re.compile(rf"\b{_MARKED_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # the month first: "डिसेम्बर ४, २०२६"
    re.compile(_DAY_FIRST.format(day=_DAY, month=_ACCENTED_AFTER_DAY, year=_YEAR)),
    re.compile(_YEAR_FIRST.format(day=_DAY, month=_MARKED_MONTH, year=_YEAR)),
)
_EAST_ASIAN: Final = re.compile(  # 2025年3月4日, 2025년 3월 4일
    rf"{_YEAR}\s?[年년]\s?(?P<month>\d{{1,2}})\s?[月월]\s?(?P<day>\d{{1,2}})\s?[日일]"
)
# Thai months, written out or abbreviated ("ธ.ค."): letters and marks the word class lacks.
_THAI_MONTHS: Final = _month_numbers(
    (
        "มกราคม ม.ค.",
        "กุมภาพันธ์ ก.พ.",
        "มีนาคม มี.ค.",
        "เมษายน เม.ย.",
        "พฤษภาคม พ.ค.",
        "มิถุนายน มิ.ย.",
        "กรกฎาคม ก.ค.",
        "สิงหาคม ส.ค.",
        "กันยายน ก.ย.",
        "ตุลาคม ต.ค.",
        "พฤศจิกายน พ.ย.",
        "ธันวาคม ธ.ค.",
    )
)
_THAI: Final = re.compile(
    r"(?P<day>[0-3]?\d)\s*(?P<month>[\u0e01-\u0e4e.]{4,10})\s*(?P<year>25\d\d)\b"
)
# Ethiopian-calendar months (Amharic spellings), thirteen of them: "ኅዳር 22/2019 ዓ.ም".
_ETHIOPIAN_MONTHS: Final = _month_numbers(
    (
        "መስከረም",
        "ጥቅምት",
        "ኅዳር ህዳር ሕዳር",
        "ታኅሣሥ ታህሳስ ታኅሳስ",
        "ጥር",
        "የካቲት",
        "መጋቢት",
        "ሚያዝያ",
        "ግንቦት",
        "ሰኔ",
        "ሐምሌ ሀምሌ",
        "ነሐሴ ነሀሴ",
        "ጳጉሜ ጳጉሜን",
    )
)
_ETHIOPIAN: Final = re.compile(
    r"(?P<month>[\u1200-\u137f]{2,5})\s*(?P<day>[0-3]?\d)(?:\s*ቀን)?\s*[/,]?\s*(?P<year>(?:19|20)\d\d)"
)
# Khmer dates name the day, the month and the year: "ថ្ងៃទី៣០ ខែវិច្ឆិកា ឆ្នាំ២០២៦".
_KHMER_MONTHS: Final = _month_numbers(
    ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
)
_KHMER: Final = re.compile(
    r"(?P<day>[0-3]?\d)\s*ខែ\s*(?P<month>[\u1780-\u17d3]{2,8})\s*ឆ្នាំ\s*(?P<year>(?:19|20)\d\d)"
)
# Solar Hijri months (Iran's Persian names, Afghanistan's Dari names), the day before the month
# and the year after it (in Persian digits or ASCII): "11 آذر 1405", "11 قوس 1405". Years 1300
# to 1499 (1921 to 2121).
_SOLAR_HIJRI_MONTHS: Final = _month_numbers(
    (
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد امرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    )
)
# Dari's months are the zodiac's signs, ordinary Arabic words too ("12 سرطان" is twelve cancers):
# read only on a line that is Persian by a letter Arabic lacks or by the Solar Hijri year's word.
_DARI_MONTHS: Final = _month_numbers(
    ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
)
_PERSIAN_SIGN: Final = re.compile(r"[یکگپ]|هـ\.?\s?ش|خورشیدی")
_SOLAR_HIJRI: Final = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\s*(?P<month>[\u0621-\u06d3]{2,8})\s*(?P<year>1[34]\d\d)(?!\d)"
)
_ARABIC_LETTER: Final = re.compile(r"[\u0621-\u06d3]")
# The years in which Borkowski's rule of leap years changes, bracketing the years it is exact for
# (the tables of the jalaali calendar libraries).
_SOLAR_HIJRI_BREAKS: Final = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
)  # fmt: skip
_HIJRI_TO_GREGORIAN: Final = 621
_FIRST_HALF_MONTHS: Final = 6  # of 31 days; the next five of 30, the last of 29 or 30
_MONTHS_IN_YEAR: Final = 12
_LAST_YEAR: Final = _SOLAR_HIJRI_BREAKS[-1] - 1  # the year after it is still in the table
_CYCLE: Final = 33  # years of the leap-year cycle: eight leap years in each
_SHORT_CYCLE_END: Final = 4  # a span ending on a short cycle shifts its last leap year
# Dates of a script's own month names: the pattern, its months, and a sign every match holds
# (Khmer's word for month; none for Thai), which spares the search on other text.
_SCRIPT_CALENDARS: Final = ((_THAI, _THAI_MONTHS, ""), (_KHMER, _KHMER_MONTHS, "ខែ"))
_ETHIOPIAN_EPOCH: Final = 1724220 - 1721425  # day 0 of year 1 (Julian day), as a date ordinal
_MONTH_DAYS: Final = 30
_PAGUME: Final = 13  # the short thirteenth month
_PAGUME_DAYS: Final = 6
_BUDDHIST_ERA: Final = 543  # a year in the 2500s is a Buddhist-era year: 2569 is 2026
_BUDDHIST_FROM: Final = 2500
# Decimal digits of the scripts news is written in, beyond ASCII: Arabic-Indic, Persian, N'Ko,
# the Brahmic scripts (Devanagari to Malayalam), Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
_DIGIT_STARTS: Final = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810,
)  # fmt: skip
_DIGIT_TABLE: Final = {start + n: str(n) for start in _DIGIT_STARTS for n in range(10)}
_FOREIGN_DIGIT: Final = re.compile(
    "[" + "".join(f"{chr(start)}-{chr(start + 9)}" for start in _DIGIT_STARTS) + "]"
)
_NUMERIC: Final = re.compile(
    r"\b(?P<first>\d{1,2})(?:/|\.\s?)(?P<second>\d{1,2})(?:/|\.\s?)(?P<year>(?:19|20)\d\d)\b"
)


def find_date(text: str) -> date | None:
    """The first complete calendar date (day, month and year) written in `text`, if any.

    Digits of other scripts ("१ डिसेंबर २०२६", "۳۰ نومبر ۲۰۲۶") are read as the digits they are;
    Solar Hijri dates are converted to the Gregorian calendar.
    """
    if not text.isascii() and _FOREIGN_DIGIT.search(text):
        text = text.translate(_DIGIT_TABLE)
    if "20" not in text and "19" not in text and "25" not in text:
        # every pattern's year starts so but a Solar Hijri one's: most lines are tried by three
        solar = None if text.isascii() else _solar_hijri(text)
        return solar[1] if solar else None
    found: list[tuple[int, date]] = []
    patterns: tuple[re.Pattern[str], ...] = _PATTERNS
    if not text.isascii():
        patterns += _MARKED_ALL if _MARKS.search(text) else _NON_ASCII
        patterns += (_EAST_ASIAN,) if "年" in text or "년" in text else ()
    for pattern in patterns:
        for match in pattern.finditer(text):
            parsed = _named(match)
            if parsed is not None:
                found.append((match.start(), parsed))
                break
    if not text.isascii():
        found.extend(_script_dates(text))
    for match in _NUMERIC.finditer(text):
        parsed = _numeric(match)
        if parsed is not None:
            found.append((match.start(), parsed))
            break
    return min(found)[1] if found else None


def _script_dates(text: str) -> list[tuple[int, date]]:
    """Thai, Khmer and Ethiopian-calendar dates in `text`, each with where it starts."""
    found: list[tuple[int, date]] = []
    for pattern, months, sign in _SCRIPT_CALENDARS:
        match = pattern.search(text) if sign in text else None
        if match is not None:
            month = months.get(match.group("month"))
            parsed = _date(int(match.group("year")), month, int(match.group("day")))
            found.extend([(match.start(), parsed)] if parsed is not None else [])
    if (ethiopian := _ETHIOPIAN.search(text)) and (parsed := _ethiopian(ethiopian)):
        found.append((ethiopian.start(), parsed))
    if solar := _solar_hijri(text):
        found.append(solar)
    return found


def _solar_hijri(text: str) -> tuple[int, date] | None:
    """The first Solar Hijri date in `text` (ASCII digits), as a Gregorian one, and its start."""
    if not _ARABIC_LETTER.search(text):
        return None
    persian: bool | None = None  # looked for once, at the first Dari month
    for match in _SOLAR_HIJRI.finditer(text):
        month = _SOLAR_HIJRI_MONTHS.get(match.group("month"))
        if month is None and (dari := _DARI_MONTHS.get(match.group("month"))):
            if persian is None:
                persian = _PERSIAN_SIGN.search(text) is not None
            month = dari if persian else None
        day = int(match.group("day"))
        found = solar_hijri_date(int(match.group("year")), month, day) if month else None
        if found is not None:
            return match.start(), found
    return None


def solar_hijri_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one (Borkowski's arithmetic, exact for 1 to 3177).

    The year starts at Nowruz, 20 or 21 March; six months of 31 days, five of 30, then Esfand
    of 29, or of 30 in a leap year: None for a day the month does not have.
    """
    days = 31 if month <= _FIRST_HALF_MONTHS else 30
    if not 1 <= month <= _MONTHS_IN_YEAR or not 1 <= day <= days or not 0 < year < _LAST_YEAR:
        return None
    before = (month - 1) * 31 if month <= _FIRST_HALF_MONTHS else 186 + (month - 7) * 30
    ordinal = _nowruz(year) + before + day - 1
    return date.fromordinal(ordinal) if ordinal < _nowruz(year + 1) else None


def _nowruz(year: int) -> int:
    """The date ordinal of the first day of a Solar Hijri year (1 Farvardin)."""
    gregorian = year + _HIJRI_TO_GREGORIAN
    leap = -14  # leap days of the Solar Hijri calendar before the year, less those of Gregory's
    previous, jump = _SOLAR_HIJRI_BREAKS[0], 0
    for following in _SOLAR_HIJRI_BREAKS[1:]:
        jump = following - previous
        if year < following:
            break
        leap += jump // _CYCLE * 8 + jump % _CYCLE // 4
        previous = following
    into = year - previous
    leap += into // _CYCLE * 8 + (into % _CYCLE + 3) // 4
    if jump % _CYCLE == _SHORT_CYCLE_END and jump - into == _SHORT_CYCLE_END:
        leap += 1
    gregorian_leap = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leap - gregorian_leap).toordinal()


def _ethiopian(match: re.Match[str]) -> date | None:
    """An Ethiopian-calendar date: twelve months of thirty days, then five or six (Pagume)."""
    month = _ETHIOPIAN_MONTHS.get(match.group("month"))
    year, day = int(match.group("year")), int(match.group("day"))
    if month is None or not 1 <= day <= (_PAGUME_DAYS if month == _PAGUME else _MONTH_DAYS):
        return None
    return date.fromordinal(
        _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    )


def _named(match: re.Match[str]) -> date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _month(month_text)
    return _date(int(match.group("year")), month, int(match.group("day")))


def month_named(text: str) -> bool:
    """Whether `text` (a word to five) names a month, as a date prints it."""
    return bool(text) and _month(text) is not None


def _month(text: str) -> int | None:
    """The month a name (of one to five words) gives, if it is one.

    Words around a month's name are no part of it ("on March 4, 2025", "27 di Novembar dal
    2026"): of three words at most, the longest run of them that names a month does, the last
    of equally long ones, and a wide name wins over an abbreviation (Friulian "dal" is "of the",
    Maasai's "Dal" January). Four or five words name a month only all together. A hyphen joins
    two words that may each be one ("March-April"): the last is tried. A name unknown as printed
    may be a known one with a case ending of a letter or two ("Muddee" for "Mudde"), if the known
    name is long enough not to be a word's first letters.
    """
    key = month_key(text)
    month = _MONTHS.get(key)
    if month is None and " " in key:
        words = key.split()
        if len(words) > _SPAN_MAX_WORDS:
            return None
        spans = (
            " ".join(words[start : start + size])
            for size in range(len(words) - 1, 0, -1)
            for start in range(len(words) - size, -1, -1)
        )
        known = [span for span in spans if span in _MONTHS]
        month = _MONTHS[max(known, key=len)] if known else None
        key = words[-1]
    if month is None and "-" in key:
        month = _MONTHS.get(key.rpartition("-")[2])
    if month is None and len(key) > _STEM_MIN:
        month = next(
            (
                m
                for cut in range(1, _ENDING_MAX + 1)
                if len(key) - cut >= _STEM_MIN and (m := _MONTHS.get(key[:-cut]))
            ),
            None,
        )
    return month


# A month's name misspelt by a letter ("dicenbre", "Disiembre"): a name of this many letters or
# more, one letter added, dropped or changed, when every known name it comes so near names
# one month. Tried only where a line is known to be a date line (`near_date`).
_NEAR_MIN: Final = 6
# A name may hold an apostrophe (Veps "tal'vkuu"): it is no letter, and the comparison drops it.
_NEAR_NAME: Final = r"[^\W\d_]{2,}['’]?[^\W\d_]{2,}"
# A short word in lower case between the day and the month ("de", Yucatec "ti'"), or after it.
_NEAR_PARTICLE: Final = r"[^\W\d_A-Z]{1,3}['’]?"
_NEAR_DAY_FIRST: Final = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\.?\s+(?:{_NEAR_PARTICLE}\s+)?(?P<month>{_NEAR_NAME})\.?,?"
    rf"\s+(?:{_NEAR_PARTICLE}\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
# The month first, as American and Philippine pages write it: "Disiembre 3, 2026".
_NEAR_MONTH_FIRST: Final = re.compile(
    r"(?<![^\W\d_])(?P<month>[^\W\d_]{6,})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)

# The year, the month and the day in numbers, each number after a word for its unit, as East
# Asian dates write them in letters of their own ("2026 bi 12 nyied 3": year, month, day).
_NEAR_UNITS: Final = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)\s+[^\W\d_]{1,5}\s+(?P<month>1[0-2]|0?[1-9])\s+"
    r"[^\W\d_]{1,6}\s+(?P<day>[0-3]?\d)(?![\d.,:])"
)


def _bare(name: str) -> str:
    """A name in lower case without its accents or apostrophes: "desàmbar" is "desambar"."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(
        char for char in decomposed if not unicodedata.combining(char) and char not in "'’"
    )


def _dropped(key: str) -> set[tuple[str, int]]:
    """The key (at -1), and the key with one letter dropped at each place (at the place)."""
    return {(key, -1), *((key[:i] + key[i + 1 :], i) for i in range(len(key)))}


@cache
def _near_months() -> dict[str, frozenset[tuple[int, int]]]:
    """Each one-word month name of `_NEAR_MIN` letters or more, and its one-letter drops.

    Each maps to the months it comes from, with the place of the letter dropped: a word one
    letter off meets one of them.
    """
    near: dict[str, set[tuple[int, int]]] = {}
    for name, month in _MONTHS.items():
        key = _bare(name)
        if len(key) >= _NEAR_MIN and key.isalpha():
            for variant, place in _dropped(key):
                near.setdefault(variant, set()).add((month, place))
    return {key: frozenset(months) for key, months in near.items()}


def near_month(word: str) -> int | None:
    """The month a word of `_NEAR_MIN` letters or more names, misspelt by a letter at most.

    One letter added, dropped, or changed in its place: a letter dropped from the word and
    another from the name at two places is a letter moved, two edits ("singer" is no "sginer").
    None when it comes near names of two months or of none.
    """
    key = _bare(word)
    if len(key) < _NEAR_MIN:
        return None
    near = _near_months()
    months: set[int] = set()
    for variant, place in _dropped(key):
        months.update(
            month for month, at in near.get(variant, ()) if at == place or at < 0 or place < 0
        )
    return months.pop() if len(months) == 1 else _borrowed_month(key) if not months else None


_BORROWED_SUFFIX_MAX: Final = 4
_DOUBLED: Final = re.compile(r"(.)\1+")


@cache
def _folded_months() -> dict[str, frozenset[int]]:
    """Each one-word month name of `_NEAR_MIN` letters or more, its doubled letters single."""
    folded: dict[str, set[int]] = {}
    for name, month in _MONTHS.items():
        key = _DOUBLED.sub(r"\1", _bare(name))
        if len(key) >= _NEAR_MIN and key.isalpha():
            folded.setdefault(key, set()).add(month)
    return {key: frozenset(months) for key, months in folded.items()}


def _borrowed_month(key: str) -> int | None:
    """The month a borrowed name comes from, its vowels lengthened and a suffix added.

    A language may write a month it borrows with doubled letters and its own ending
    ("Noveemberiya"): with its doubled letters single, the word opens on a month's name of
    `_NEAR_MIN` letters or more and adds `_BORROWED_SUFFIX_MAX` letters at most to it.
    """
    folded = _DOUBLED.sub(r"\1", key)
    months = _folded_months()
    for end in range(len(folded), max(_NEAR_MIN, len(folded) - _BORROWED_SUFFIX_MAX) - 1, -1):
        found = months.get(folded[:end])
        if found is not None:
            return next(iter(found)) if len(found) == 1 else None
    return None


def near_date(text: str) -> date | None:
    """`find_date`, or a day and a year with a month's name misspelt by a letter between.

    "2 dicenbre 2026", or the month first: "Disiembre 3, 2026", or numbers after words for their
    units ("2026 bi 12 nyied 3", `_NEAR_UNITS`).

    For a line known to be a date line (under a byline, after a "Published" label): elsewhere a
    word one letter from a month's name is as often some other word.
    """
    found = find_date(text)
    if found is None:
        for pattern in (_NEAR_DAY_FIRST, _NEAR_MONTH_FIRST):
            for match in pattern.finditer(text):
                month = near_month(match["month"])
                found = _date(int(match["year"]), month, int(match["day"])) if month else None
                if found is not None:
                    return found
        if units := _NEAR_UNITS.search(text):
            return _date(int(units["year"]), int(units["month"]), int(units["day"]))
    return found


def _numeric(match: re.Match[str]) -> date | None:
    first, second = int(match.group("first")), int(match.group("second"))
    day, month = (second, first) if second > 12 else (first, second)
    return _date(int(match.group("year")), month, day)


def _date(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    if year >= _BUDDHIST_FROM:
        year -= _BUDDHIST_ERA
    try:
        return date(year, month, day)
    except ValueError:  # "February 30": not a date, whatever it looks like
        return None
