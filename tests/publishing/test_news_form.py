"""The news form speaks the person's language, Django's own checks included."""

from loetrat.publishing.forms import NewsForm


def test_a_bad_web_address_is_explained_in_thai():
    form = NewsForm(data={"title_th": "ข่าว", "body_th": "เนื้อหา", "slug": "ข่าว ประชุม"})
    assert not form.is_valid()
    [message] = form.errors["slug"]
    assert message.startswith("ที่อยู่เว็บใช้ได้เฉพาะตัวอักษรภาษาอังกฤษ")
    assert "slug" not in message.lower()
