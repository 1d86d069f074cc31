"""What approved a version is kept once, as core's approval row: versions approved before the
approval gate (recorded from paper, or in the demo) get one citing the resolution they named."""

from django.db import migrations


def paper_approvals_to_rows(apps, schema_editor):
    version_model = apps.get_model("frameworks", "FrameworkVersion")
    approval_model = apps.get_model("core", "Approval")
    content_types = apps.get_model("contenttypes", "ContentType")
    version_type, _ = content_types.objects.get_or_create(
        app_label="frameworks", model="frameworkversion"
    )
    approved = set(
        approval_model.objects.filter(content_type=version_type).values_list("object_id", flat=True)
    )
    for version in version_model.objects.exclude(status="draft").select_related("framework"):
        if version.pk in approved:
            continue
        approval_model.objects.create(
            content_type=version_type,
            object_id=version.pk,
            target_label=f"{version.framework.code} {version.label}"[:300],
            reference_th=version.approving_resolution or "—",
            approved_at=version.approved_at or version.updated_at,
            approved_by_id=version.approved_by_id,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("frameworks", "0001_initial"),
        ("core", "0003_approval"),
        ("meetings", "0004_approvals_move_to_core"),
    ]

    operations = [
        migrations.RunPython(paper_approvals_to_rows, migrations.RunPython.noop),
        migrations.RemoveField(model_name="frameworkversion", name="approved_at"),
        migrations.RemoveField(model_name="frameworkversion", name="approved_by"),
        migrations.RemoveField(model_name="frameworkversion", name="approving_resolution"),
    ]
