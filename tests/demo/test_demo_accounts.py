"""Each demo account the README lists logs in to a dashboard that shows its own work."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

import loetrat
from loetrat.core.demo import load_demo
from loetrat.organizations.demo import demo_people
from loetrat.organizations.enums import Role

README = Path(loetrat.__file__).resolve().parent.parent / "README.md"

# What the dashboard of each demo account shows of its own work.
OWN_WORK = {
    "opdc.admin": "รางวัลเลิศรัฐ ประจำปี 2566",
    "opdc.officer": "รางวัลเลิศรัฐ ประจำปี 2566",
    "rd.coordinator": "ผลงานของหน่วยงานท่าน",
    "rd.head": "คืนภาษีเงินได้บุคคลธรรมดาภายใน 3 วัน",
    "committee": "อ.ก.พ.ร. ธรรมาภิบาลและคุณภาพภาครัฐ",
}


def test_the_readme_lists_the_demo_accounts_with_their_roles():
    text = README.read_text()
    listed = dict(re.findall(r"^\| `([a-z.]+)` \| ([^|(]+?) \(", text, flags=re.M))
    with translation.override("en"):
        for person in demo_people():
            if person["username"] in listed:
                assert listed[person["username"]] == Role(person["role"]).label
    assert set(OWN_WORK) | {"assessor", "evaluator"} <= set(listed)


@pytest.mark.django_db(transaction=False)
def test_each_demo_account_sees_its_own_work(django_user_model):
    load_demo()
    for username, own in OWN_WORK.items():
        client = Client()
        client.force_login(django_user_model.objects.get(username=username))
        page = client.get("/dashboard/")
        assert page.status_code == 200
        assert own in page.content.decode(), username
