"""The results as CSV: the same numbers as the page, small groups suppressed, formulas
defused."""

import csv
import io

from django.utils.translation import gettext as _

from sachstand.participation.exports import cell
from sachstand.participation.models import SurveyAnswer
from sachstand.participation.services.surveys import free_text_moderate, survey_close, survey_save


def rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def test_public_csv_of_a_published_survey(client, plan, built):
    for n in range(5):
        built.submit(channel="vor-ort" if n < 3 else "online", rating=5, text=f"=SUMME({n})")
    first = SurveyAnswer.objects.filter(question=built.missing).order_by("pk").first()
    free_text_moderate(answer=first, publish=True, user=plan.actor)
    url = f"/{plan.municipality.slug}/umfragen/{built.survey.pk}/ergebnisse.csv"
    assert client.get(url).status_code == 404  # not closed, results not public
    survey_close(survey=built.survey, user=plan.actor)
    survey_save(municipality=plan.municipality, survey=built.survey,
                values={"results_public": True}, user=plan.actor)  # fmt: skip
    response = client.get(url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    table = rows(response.content)
    title = built.survey.title
    assert table[0][0] == _("survey")
    assert [title, _("responses"), "", "", "5", "", ""] in table
    assert [title, str(_("single choice")), built.channel.text, "Vor Ort", "3", "60.0", ""] in table
    assert [title, str(_("single choice")), built.channel.text, "Online", "2", "40.0", ""] in table
    # The multiple-choice question nobody answered is suppressed, not broken down.
    suppressed = [r for r in table if r[2] == built.wanted.text]
    assert len(suppressed) == 1 and suppressed[0][3:6] == ["", "", ""]
    # One published free text, defused: a spreadsheet shows it instead of computing it.
    texts = [r for r in table if r[1] == _("published free text")]
    assert [r[3] for r in texts] == ["'=SUMME(0)"]
    assert "=SUMME(1)" not in response.content.decode("utf-8-sig")


def test_cells_that_look_like_formulas_are_defused():
    assert [cell(v) for v in ("=1+1", "+49 170", "-x", "@A1", "Text", None)] == [
        "'=1+1", "'+49 170", "'-x", "'@A1", "Text", "",
    ]  # fmt: skip
