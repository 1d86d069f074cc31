import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from loetrat.organizations.models import Organization
from tests.organizations.helpers import GOOD_ROWS, csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db

IMPORT = reverse("organizations:import")
CONFIRM = reverse("organizations:import_confirm")
TEMPLATE = reverse("organizations:import_template")


def upload(client, content, name="bodies.csv"):
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, content)})


def test_preview_then_confirm_imports(secretariat_admin_client):
    response = upload(secretariat_admin_client, xlsx_bytes(GOOD_ROWS), "bodies.xlsx")

    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and result.created == 3
    assert b"T-DEPT" in response.content
    assert not Organization.objects.filter(code__startswith="T-").exists()

    token = response.context["token"]
    response = secretariat_admin_client.post(CONFIRM, {"token": token})

    assert response.status_code == 302 and response.url == reverse("organizations:list")
    assert Organization.objects.filter(code__startswith="T-").count() == 3
    # The stored upload is used once.
    response = secretariat_admin_client.post(CONFIRM, {"token": token})
    assert response.status_code == 302 and response.url == IMPORT


def test_errors_are_listed_and_nothing_is_kept(secretariat_admin_client):
    rows = [*GOOD_ROWS, ["T-MIN", "bogus", "", "", "", "", "", "", "", ""]]

    response = upload(secretariat_admin_client, csv_bytes(rows))

    assert response.status_code == 400
    errors = [(error.row, error.column) for error in response.context["result"].errors]
    assert errors == [(5, "code"), (5, "kind"), (5, "name_th")]
    assert not response.context["token"]
    assert b"<td data-label" in response.content and b"T-MIN" in response.content
    assert not Organization.objects.filter(code__startswith="T-").exists()
    assert secretariat_admin_client.post(CONFIRM, {"token": "x"}).status_code == 302


@pytest.mark.parametrize(
    "content,name",
    [
        (b"code,kind,name_th\n", "bodies.txt"),
        (b"not a zip at all", "bodies.xlsx"),
        ("code,kind,name_th\nX,กรม,ชื่อ\n".encode("cp874"), "bodies.csv"),
    ],
)
def test_bad_files_show_an_error_beside_the_file_field(secretariat_admin_client, content, name):
    response = upload(secretariat_admin_client, content, name)

    assert response.status_code == 400
    assert response.context["form"].errors["file"]


def test_confirm_with_a_wrong_token_imports_nothing(secretariat_admin_client):
    upload(secretariat_admin_client, csv_bytes(GOOD_ROWS))

    response = secretariat_admin_client.post(CONFIRM, {"token": "forged"})

    assert response.status_code == 302
    assert not Organization.objects.filter(code__startswith="T-").exists()


def test_confirm_rechecks_against_the_database(secretariat_admin_client, secretariat_admin):
    response = upload(secretariat_admin_client, csv_bytes(GOOD_ROWS))
    Organization.objects.create(code="t-min", kind="ministry", name_th="ชนกัน", path="x.")

    response = secretariat_admin_client.post(CONFIRM, {"token": response.context["token"]})

    assert response.status_code == 409
    assert response.context["result"].errors
    assert not Organization.objects.filter(code="T-MIN").exists()


def test_template_download(secretariat_admin_client):
    response = secretariat_admin_client.get(TEMPLATE)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response.content[:2] == b"PK"


@pytest.mark.parametrize("url", [IMPORT, TEMPLATE])
@pytest.mark.parametrize("persona", ["secretariat_client", "coordinator_client"])
def test_others_are_refused(request, url, persona):
    client = request.getfixturevalue(persona)
    assert client.get(url).status_code == 403
    assert client.post(CONFIRM, {"token": "x"}).status_code == 403


@pytest.mark.parametrize("url", [IMPORT, TEMPLATE, CONFIRM])
def test_anonymous_is_sent_to_login(anonymous_client, url):
    response = anonymous_client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_list_page_links_to_import_only_for_admins(secretariat_admin_client, secretariat_client):
    assert IMPORT.encode() in secretariat_admin_client.get(reverse("organizations:list")).content
    assert IMPORT.encode() not in secretariat_client.get(reverse("organizations:list")).content
