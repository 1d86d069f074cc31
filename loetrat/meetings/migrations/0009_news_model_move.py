"""The news model now belongs to the publishing app (its table was renamed in 0008)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0008_news_table_move"),
        ("publishing", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel("NewsItem")]),
    ]
