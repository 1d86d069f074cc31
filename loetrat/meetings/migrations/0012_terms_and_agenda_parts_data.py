"""Existing records onto terms and the six agenda parts.

Each committee's seats go into one term, from the earliest day any of its seats or meetings
began to the latest day a seat ended (left empty when a seat had no end, since no date was
recorded). Agenda items go to the part their kind belonged to (matters from the chair to 1,
certifying minutes to 2, follow-up to 3, consideration to 4, acknowledgement to 5, other to 6)
and are numbered within it in their old order. Meetings already held, certified or cancelled
count as having sent their agenda (when is not known)."""

from django.db import migrations
from django.utils import timezone

KIND_TO_SECTION = {
    "announcement": 1,
    "minutes": 2,
    "follow_up": 3,
    "consideration": 4,
    "acknowledgement": 5,
    "other": 6,
}


def _local_day(moment):
    return timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()


def terms_for_seats(apps, schema_editor):
    Committee = apps.get_model("meetings", "Committee")
    CommitteeTerm = apps.get_model("meetings", "CommitteeTerm")
    CommitteeMember = apps.get_model("meetings", "CommitteeMember")
    Meeting = apps.get_model("meetings", "Meeting")
    for committee in Committee.objects.all():
        seats = list(CommitteeMember.objects.filter(committee=committee))
        if not seats:
            continue
        starts = [seat.term_starts for seat in seats if seat.term_starts]
        first_meeting = Meeting.objects.filter(committee=committee).order_by("starts_at").first()
        if first_meeting is not None:
            starts.append(_local_day(first_meeting.starts_at))
        starts.append(_local_day(committee.created_at))
        ends = [seat.term_ends for seat in seats]
        term = CommitteeTerm.objects.create(
            committee=committee,
            starts_on=min(starts),
            ends_on=None if None in ends else max(ends),
        )
        for seat in seats:
            seat.term = term
            seat.term_starts = seat.term_starts or term.starts_on
            seat.save(update_fields=["term", "term_starts"])


def agenda_parts(apps, schema_editor):
    AgendaItem = apps.get_model("meetings", "AgendaItem")
    Meeting = apps.get_model("meetings", "Meeting")
    counters = {}
    for item in AgendaItem.objects.order_by("meeting_id", "position", "pk"):
        section = KIND_TO_SECTION.get(item.kind, 6)
        key = (item.meeting_id, section)
        counters[key] = counters.get(key, 0) + 1
        item.section, item.number = section, counters[key]
        item.save(update_fields=["section", "number"])
    Meeting.objects.exclude(status="scheduled").update(agenda_status="sent")


class Migration(migrations.Migration):
    dependencies = [("meetings", "0011_committee_terms_agenda_parts")]

    operations = [
        migrations.RunPython(terms_for_seats, migrations.RunPython.noop),
        migrations.RunPython(agenda_parts, migrations.RunPython.noop),
    ]
