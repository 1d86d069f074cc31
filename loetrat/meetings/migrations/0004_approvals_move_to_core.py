"""Approvals are kept by core (one row per object, whatever approved it). Each approval a
resolution gave is copied there, citing the resolution in Thai and dated by its meeting."""

from django.db import migrations
from django.utils import timezone

from loetrat.core.thai.numbering import format_meeting_number


def copy_to_core(apps, schema_editor):
    old = apps.get_model("meetings", "Approval")
    new = apps.get_model("core", "Approval")
    content_types = apps.get_model("contenttypes", "ContentType")
    resolution_type, _ = content_types.objects.get_or_create(app_label="meetings", model="resolution")
    rows = old.objects.select_related("resolution__agenda_item__meeting__committee")
    for row in rows.order_by("pk"):
        item = row.resolution.agenda_item
        meeting = item.meeting
        committee = meeting.committee.abbreviation_th or meeting.committee.name_th
        number = format_meeting_number(meeting.sequence, meeting.year_be)
        new.objects.update_or_create(
            content_type_id=row.content_type_id,
            object_id=row.object_id,
            defaults={
                "target_label": row.target_label,
                "source_type": resolution_type,
                "source_id": row.resolution_id,
                "reference_th": f"มติ {committee} ครั้งที่ {number} วาระที่ {item.position}",
                "decided_on": timezone.localtime(meeting.starts_at).date(),
                "approved_at": row.approved_at,
                "approved_by_id": row.approved_by_id,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0003_agenda_documents"),
        ("core", "0003_approval"),
    ]

    operations = [
        migrations.RunPython(copy_to_core, migrations.RunPython.noop),
        migrations.DeleteModel(name="Approval"),
    ]
