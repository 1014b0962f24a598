"""A newsletter's footer line that says why the reader gets the e-mail, in many languages.

Every line here is invented for these tests.
"""

from __future__ import annotations

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

WHY_YOU_GET_IT = (  # German, French, Spanish, Haitian Creole, Dutch
    "Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.",
    "Vous recevez ce courriel car vous êtes inscrit à notre lettre du matin.",
    "Recibes este correo porque te suscribiste al boletín de la radio.",
    "Ou resevwa imèl sa a paske w enskri sou sit nou an ak adrès ou.",
    "Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op onze site.",
)


def test_each_footer_goes_and_a_story_sentence_alike_stays() -> None:
    story = "El municipio recibe fondos porque la ley lo exige desde el año pasado."
    footers = "\n\n".join(WHY_YOU_GET_IT)
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{footers}")
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"
    assert [line.text for line in article.removed][-5:] == list(WHY_YOU_GET_IT)


def test_a_story_sentence_on_an_e_mail_received_for_another_reason_stays() -> None:
    warnings = [
        "Sie erhalten eine E-Mail, weil angeblich Ihr Konto gesperrt wurde, warnt die Polizei.",
        "Recibes un correo porque alguien intentó entrar en tu cuenta, explica el experto.",
    ]
    article = clean_text("\n\n".join([HEADLINE, P1, *warnings, P2]))
    assert article.body.split("\n\n") == [P1, *warnings, P2]
