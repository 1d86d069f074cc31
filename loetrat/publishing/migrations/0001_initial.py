"""The publishing app takes over the news model (its table was renamed in meetings 0008);
nothing is created in the database."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    """Permissions and generic links follow the model to this app."""
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="meetings", model="newsitem").update(
        app_label="publishing"
    )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('clinics', '0001_initial'),
        ('meetings', '0008_news_table_move'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[migrations.CreateModel(
            name='NewsItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                ('slug', models.SlugField(max_length=120, unique=True, verbose_name='web address')),
                ('title_th', models.CharField(max_length=300, verbose_name='headline (Thai)')),
                ('title_en', models.CharField(blank=True, max_length=300, verbose_name='headline (English)')),
                ('body_th', models.TextField(verbose_name='text (Thai)')),
                ('body_en', models.TextField(blank=True, verbose_name='text (English)')),
                ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', max_length=16, verbose_name='status')),
                ('published_at', models.DateTimeField(blank=True, db_index=True, null=True, verbose_name='published')),
                ('clinic', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='news', to='clinics.clinicsession', verbose_name='clinic')),
                ('created_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('meeting', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='news', to='meetings.meeting', verbose_name='meeting')),
            ],
            options={
                'verbose_name': 'news item',
                'verbose_name_plural': 'news items',
                'ordering': ['-published_at', '-created_at'],
                'indexes': [models.Index(fields=['status', '-published_at'], name='meetings_ne_status_399ff7_idx')],
            },
        ),
    ]),
        migrations.RunPython(move_content_type, migrations.RunPython.noop),
    ]
