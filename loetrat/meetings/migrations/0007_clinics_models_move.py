"""The clinic models now belong to the clinics app (their tables were renamed in 0006)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0006_clinics_tables_move"),
        ("clinics", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="newsitem",
                    name="clinic",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="news",
                        to="clinics.clinicsession",
                        verbose_name="clinic",
                    ),
                ),
                migrations.DeleteModel(name="ClinicFollowUp"),
                migrations.DeleteModel(name="ClinicSession"),
            ],
        ),
    ]
