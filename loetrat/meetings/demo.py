"""Demo committees and meetings: ก.พ.ร. and its sub-committee on good governance, the four seed
meetings (4/2562, 2/2564, 5/2565, 7/2565) with attendance, agenda, resolutions and certified
minutes.
Everything goes through the services, so the audit log tells the story. Loading twice adds
nothing.

The data lives in loetrat/demo/data/meetings/: committees.json (each committee with its
former names, a sub-committee naming its parent's code, and its terms of office in order: the
seats appointed in each, a later term carrying over the members serving at the end of the one
before, and the seats that ended early with the day and reason) and meetings.json (each
meeting with its committee's code, number, start as a local ISO date and time, mode, place and
agenda items, each in its part of the agenda, with their resolutions). An item's `links`
name the demo objects it concerns, when the demo has them: "pmqa-2566" (the PMQA 4.0 criteria
version 2566), "cycle-2566" (the 2566 award cycle) or "org:<code>" (a public body). The facts
(dates, numbers, chairs, decisions) follow OPDC's public news reports; the wording is the
project's own. The terms' dates and orders and the day of the renaming are the demo's own,
marked (ข้อมูลตัวอย่าง) where they are cited."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from loetrat.organizations.models import Organization

from .enums import AttendanceStatus, CommitteeRole, MeetingStatus
from .models import Committee, Meeting
from .services import (
    agenda_item_add,
    attendance_record,
    committee_create,
    committee_update,
    meeting_certify,
    meeting_schedule,
    member_appoint,
    resolution_record,
    seat_end,
    term_start,
)

DATA = Path(__file__).resolve().parent.parent / "demo" / "data" / "meetings"
DEMO_ACTOR = "opdc.officer"


def _read(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def demo_actor(actor=None):
    """The demo's secretariat officer unless someone is given (resolutions need a person)."""
    if actor is not None:
        return actor
    from loetrat.organizations.demo import load_demo_organizations

    User = get_user_model()
    if not User.objects.filter(username=DEMO_ACTOR).exists():
        load_demo_organizations()
    return User.objects.get(username=DEMO_ACTOR)


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _create(spec: dict, parent, secretariat, actor) -> Committee:
    """The committee under its first name, renamed as its former names say (so the record
    shows each change and its day)."""
    names = [*sorted(spec["former_names"], key=lambda n: n["used_until"]), spec]
    first = names[0]
    committee = committee_create(
        actor=actor,
        code=spec["code"],
        kind=spec["kind"],
        name_th=first["name_th"],
        name_en=first["name_en"],
        abbreviation_th=first["abbreviation_th"],
        parent=parent,
        secretariat=secretariat,
    )
    for before, after in zip(names, names[1:], strict=False):
        committee = committee_update(
            committee=committee,
            actor=actor,
            effective_on=_day(before["used_until"]) + datetime.timedelta(days=1),
            name_th=after["name_th"],
            name_en=after["name_en"],
            abbreviation_th=after["abbreviation_th"],
        )
    return committee


def _terms(committee: Committee, terms: list[dict], actor) -> None:
    for spec in terms:
        term = term_start(
            committee=committee,
            starts_on=_day(spec["starts_on"]),
            ends_on=_day(spec["ends_on"]),
            appointed_by_th=spec["appointed_by_th"],
            carry_over=spec.get("carry_over", False),
            actor=actor,
        )
        for seat in spec["seats"]:
            member_appoint(
                term=term,
                actor=actor,
                name_th=seat["name_th"],
                position_th=seat["position_th"],
                role=seat["role"],
                user=_account(seat.get("username")),
                term_starts=_day(seat["starts_on"]) if seat.get("starts_on") else None,
            )
        for ended in spec.get("ended", ()):
            seat_end(
                seat=term.seats.get(name_th=ended["name_th"]),
                on=_day(ended["on"]),
                reason=ended["reason"],
                actor=actor,
            )


def _committees(actor) -> dict[str, Committee]:
    secretariat = Organization.objects.get(code="OPDC")
    committees = {}
    for spec in _read("committees.json"):
        committee = Committee.objects.filter(code=spec["code"]).first()
        if committee is None:
            committee = _create(spec, committees.get(spec["parent"]), secretariat, actor)
            _terms(committee, spec["terms"], actor)
        committees[spec["code"]] = committee
    return committees


def _account(username: str | None):
    """The demo account that holds a seat (the committee-member persona), if it exists."""
    if not username:
        return None
    return get_user_model().objects.filter(username=username).first()


def _linked(names) -> list:
    """The demo objects an item concerns, those that exist."""
    from loetrat.frameworks.models import FrameworkVersion

    found = []
    for name in names:
        target = None
        if name == "pmqa-2566":
            target = FrameworkVersion.objects.filter(
                framework__code="PMQA-4.0", label="2566"
            ).first()
        elif name == "cycle-2566":
            from loetrat.awards.models import AwardCycle

            target = AwardCycle.objects.filter(programme__code="loetrat", year_be=2566).first()
        elif name.startswith("org:"):
            target = Organization.objects.filter(code=name.removeprefix("org:")).first()
        if target is not None:
            found.append(target)
    return found


def _meeting(spec: dict, committee: Committee, actor) -> Meeting:
    sequence, year_be = spec["sequence"], spec["year_be"]
    existing = Meeting.objects.filter(
        committee=committee, year_be=year_be, sequence=sequence
    ).first()
    if existing is not None:
        return existing
    starts_at = timezone.make_aware(datetime.datetime.fromisoformat(spec["starts_at"]))
    day = timezone.localtime(starts_at).date()
    chair = committee.members.serving(day).get(role=CommitteeRole.CHAIR)
    meeting = meeting_schedule(
        committee=committee,
        starts_at=starts_at,
        mode=spec["mode"],
        place_th=spec["place_th"],
        chair=chair,
        sequence=sequence,
        actor=actor,
    )
    for member in committee.members.serving(day):
        attendance_record(
            meeting=meeting, member=member, status=AttendanceStatus.PRESENT, actor=actor
        )
    for item_spec in spec["items"]:
        item = agenda_item_add(
            meeting=meeting,
            section=item_spec["section"],
            title_th=item_spec["title_th"],
            title_en=item_spec.get("title_en", ""),
            summary_th=item_spec.get("summary_th", ""),
            presenter_th=item_spec.get("presenter_th", ""),
            links=_linked(item_spec.get("links", ())),
            check_links=False,  # a record of the past: what it concerns is long in effect
            actor=actor,
        )
        resolution_record(
            agenda_item=item,
            outcome=item_spec["outcome"],
            text_th=item_spec["resolution_th"],
            text_en=item_spec.get("resolution_en", ""),
            forward_to_cabinet=item_spec.get("cabinet", False),
            actor=actor,
        )
    # Linked objects already in effect (the frameworks demo approves PMQA 2566 itself) are
    # skipped by the approval gate; a draft one is approved here.
    return meeting_certify(meeting=meeting, actor=actor)


@transaction.atomic
def load_demo_meetings(*, actor=None) -> dict[str, int]:
    """The demo committees and the four seed meetings (see the docstring)."""
    actor = demo_actor(actor)
    before = Meeting.objects.count()
    committees = _committees(actor)
    for spec in _read("meetings.json"):
        _meeting(spec, committees[spec["committee"]], actor)
    return {
        "meetings_created": Meeting.objects.count() - before,
        "certified": Meeting.objects.filter(
            committee__code__in=committees, status=MeetingStatus.CERTIFIED
        ).count(),
    }
