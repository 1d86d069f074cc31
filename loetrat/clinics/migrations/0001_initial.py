"""The clinics app takes over the models (and tables, renamed in meetings 0006) of consulting
clinics; nothing is created in the database."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    """Permissions and generic links (agenda items, approvals) follow the models to this app."""
    content_types = apps.get_model("contenttypes", "ContentType")
    for model in ("clinicsession", "clinicfollowup"):
        content_types.objects.filter(app_label="meetings", model=model).update(app_label="clinics")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('organizations', '0002_name_order_index'),
        ('meetings', '0006_clinics_tables_move'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
        migrations.CreateModel(
            name='ClinicSession',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                ('topics', models.JSONField(default=list, verbose_name='topics')),
                ('question_th', models.TextField(verbose_name='what the agency asks')),
                ('status', models.CharField(choices=[('requested', 'Requested'), ('scheduled', 'Scheduled'), ('held', 'Held'), ('closed', 'Closed'), ('cancelled', 'Cancelled')], default='requested', max_length=16, verbose_name='status')),
                ('scheduled_at', models.DateTimeField(blank=True, null=True, verbose_name='scheduled')),
                ('mode', models.CharField(blank=True, choices=[('in_person', 'In person'), ('online', 'Online (electronic meeting)'), ('hybrid', 'In person and online')], max_length=16, verbose_name='how')),
                ('place_th', models.CharField(blank=True, max_length=300, verbose_name='place')),
                ('chaired_by_th', models.CharField(blank=True, max_length=300, verbose_name='chaired by')),
                ('advice_th', models.TextField(blank=True, verbose_name='advice given')),
                ('discussion_th', models.TextField(blank=True, verbose_name='points raised')),
                ('covered', models.ManyToManyField(blank=True, related_name='clinic_sessions_covering', to='organizations.organization', verbose_name='agencies advised')),
                ('organization', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='clinic_sessions', to='organizations.organization', verbose_name='requested by (agency)')),
                ('requested_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'clinic session',
                'verbose_name_plural': 'clinic sessions',
                'ordering': ['-scheduled_at', '-created_at'],
            },
        ),
        migrations.CreateModel(
            name='ClinicFollowUp',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                ('text_th', models.TextField(verbose_name='follow-up')),
                ('due_on', models.DateField(blank=True, null=True, verbose_name='due')),
                ('done_on', models.DateField(blank=True, null=True, verbose_name='done')),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='clinic_follow_ups', to='organizations.organization', verbose_name='responsible organisation')),
                ('clinic', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='follow_ups', to='clinics.clinicsession')),
            ],
            options={
                'verbose_name': 'clinic follow-up',
                'verbose_name_plural': 'clinic follow-ups',
                'ordering': ['clinic', 'due_on', 'pk'],
            },
        ),
    ]),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
