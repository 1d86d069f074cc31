"""News belongs to the public site: its table takes the publishing app's name (rows and keys stay
as they are); the model leaves this app in 0009."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("meetings", "0007_clinics_models_move")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.AlterModelTable("newsitem", "publishing_newsitem")],
        ),
    ]
