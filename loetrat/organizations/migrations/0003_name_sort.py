from django.db import migrations, models

from loetrat.core.thai.collation import thai_sort_key


def fill_name_sort(apps, schema_editor):
    Organization = apps.get_model("organizations", "Organization")
    bodies = list(Organization.objects.only("pk", "name_th"))
    for body in bodies:
        body.name_sort = thai_sort_key(body.name_th)
    Organization.objects.bulk_update(bodies, ["name_sort"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("organizations", "0002_name_order_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="name_sort",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill_name_sort, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="organization", name="organization_name_order"),
        migrations.AddIndex(
            model_name="organization",
            index=models.Index(fields=["name_sort", "id"], name="organization_name_order"),
        ),
    ]
