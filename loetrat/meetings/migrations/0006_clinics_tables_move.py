"""Consulting clinics have an app of their own: their tables take its name (the rows, keys and
the agencies-advised table stay as they are); the models leave this app in 0007."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("meetings", "0005_stored_files")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable("clinicsession", "clinics_clinicsession"),
                migrations.AlterModelTable("clinicfollowup", "clinics_clinicfollowup"),
            ],
        ),
    ]
