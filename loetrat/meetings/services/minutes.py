"""The minutes of a meeting (รายงานการประชุม) in Thai official style, and their PDF.

The minutes are built from the meeting record: committee, number, date, place or electronic
meeting, who attended and who did not, the agenda items with their summaries and resolutions,
and the secretary who kept them. The secretariat may put a draft text into `Meeting.minutes_th`
and edit it until the minutes are certified; the PDF then prints that text instead of the
generated structure. The document is an official Thai one, so its wording is Thai whatever the
page language (like `meeting_label`'s "ครั้งที่"); the pages around it are translated.

The PDF is set in TLWG Laksaman (Debian's fonts-thai-tlwg), a Sarabun-family face with complete
Thai and Latin coverage; see `loetrat.awards.services.receipts` for why web-font subsets are not
used."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from loetrat.core.audit import audit_record
from loetrat.core.errors import ConflictError
from loetrat.core.pdf import render_pdf
from loetrat.core.thai.dates import format_date

from ..enums import (
    AGENDA_SECTION_TH,
    AgendaSection,
    AttendanceStatus,
    CommitteeKind,
    CommitteeRole,
    MeetingMode,
    MeetingStatus,
    ResolutionOutcome,
)
from ..models import AgendaDocument, Meeting

THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
ONLINE_TH = "ผ่านระบบอิเล็กทรอนิกส์"
CABINET_TH = "และให้นำเสนอคณะรัฐมนตรีเพื่อพิจารณาต่อไป"

OUTCOME_TH = {
    ResolutionOutcome.APPROVED: "เห็นชอบ",
    ResolutionOutcome.APPROVED_WITH_AMENDMENTS: "เห็นชอบโดยให้ปรับปรุงตามความเห็นของที่ประชุม",
    ResolutionOutcome.NOTED: "รับทราบ",
    ResolutionOutcome.REJECTED: "ไม่เห็นชอบ",
    ResolutionOutcome.DEFERRED: "ให้เลื่อนการพิจารณา",
}
_ROLE_TH = {
    CommitteeRole.CHAIR: "ประธาน{g}",
    CommitteeRole.VICE_CHAIR: "รองประธาน{g}",
    CommitteeRole.MEMBER: "{g}",
    CommitteeRole.SECRETARY: "{g}และเลขานุการ",
    CommitteeRole.ASSISTANT_SECRETARY: "{g}และผู้ช่วยเลขานุการ",
}
_ROLE_ORDER = list(_ROLE_TH)
# Lines of an edited text that the PDF sets as headings.
HEADING_PREFIXES = (
    "ผู้มาประชุม",
    "ผู้ไม่มาประชุม",
    "ผู้เข้าร่วมประชุม",
    "เริ่มประชุมเวลา",
    "ระเบียบวาระที่",
    "มติที่ประชุม",
    "เลิกประชุมเวลา",
)
# An item's own line in an edited text ("4.1 ร่างเกณฑ์ ..."), also set as a heading.
ITEM_LINE = re.compile(r"^\d+\.\d+\s")
NOTHING_TH = "- ไม่มี -"


def thai_long_date(value) -> str:
    """ "วันอังคารที่ 27 กันยายน 2565", as Thai official documents date a meeting."""
    day = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {format_date(day, lang='th')}"


def thai_clock(value) -> str:
    """ "09.30 น." (Thai official documents separate hours and minutes with a full stop)."""
    if value is None:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    return f"{local.hour:02d}.{local.minute:02d} น."


def place_th(mode: str, place: str) -> str:
    """ "ณ ห้องประชุม ...", "ผ่านระบบอิเล็กทรอนิกส์" or both for a hybrid meeting."""
    place = (place or "").strip()
    if mode == MeetingMode.ONLINE:
        return ONLINE_TH
    if not place:
        return ONLINE_TH if mode == MeetingMode.HYBRID else ""
    if mode == MeetingMode.HYBRID and "ผ่านระบบ" not in place:
        return f"ณ {place} และ{ONLINE_TH}"
    return f"ณ {place}"  # a place that already names its online system says it once


def role_th(committee, role: str) -> str:
    """The seat's title: กรรมการ, or อนุกรรมการ on a sub-committee (ประธานอนุกรรมการ ...)."""
    group = "อนุกรรมการ" if committee.kind == CommitteeKind.SUBCOMMITTEE else "กรรมการ"
    return _ROLE_TH.get(role, "{g}").format(g=group)


def with_cabinet(text: str, forward: bool) -> str:
    """Add the forwarding to the Cabinet unless the text already says it."""
    text = " ".join((text or "").split())
    if forward and "คณะรัฐมนตรี" not in text:
        return f"{text} {CABINET_TH}".strip()
    return text


@dataclass
class Person:
    name: str
    title: str = ""
    note: str = ""


@dataclass
class MinutesItem:
    label: str  # 4.1
    title: str
    presenter: str
    summary: list[str]
    outcome: str = ""
    resolution: str = ""
    documents: list[str] = field(default_factory=list)


@dataclass
class Minutes:
    """Everything the minutes say, ready for the PDF template and the draft text."""

    meeting: Meeting
    committee_name: str
    number: str
    date: str
    place: str
    starts: str
    ends: str
    present: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    attending: list[Person] = field(default_factory=list)
    sections: list[MinutesSection] = field(default_factory=list)
    secretary: Person | None = None

    @property
    def items(self) -> list[MinutesItem]:
        return [item for section in self.sections for item in section.items]


@dataclass
class MinutesSection:
    """One of the six parts of the agenda (ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา) and its items."""

    number: int
    heading: str
    items: list[MinutesItem] = field(default_factory=list)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text or "") if part.strip()]


def minutes_of(meeting: Meeting) -> Minutes:
    """The minutes built from the record, in five queries whatever the meeting's size."""
    meeting = Meeting.objects.select_related("committee", "chair").get(pk=meeting.pk)
    committee = meeting.committee
    present, absent = [], []
    attendance = sorted(
        meeting.attendance.select_related("member"),
        key=lambda a: (_ROLE_ORDER.index(a.member.role), a.member.pk),
    )
    secretary = None
    for record in attendance:
        member = record.member
        title = " ".join(filter(None, [member.position_th, role_th(committee, member.role)]))
        if record.status == AttendanceStatus.ABSENT:
            absent.append(Person(member.name_th, title, record.note))
            continue
        if record.status == AttendanceStatus.PROXY and record.proxy_name_th:
            person = Person(record.proxy_name_th, title, f"แทน {member.name_th}")
        else:
            person = Person(member.name_th, title, record.note)
        present.append(person)
        if member.role == CommitteeRole.SECRETARY and secretary is None:
            secretary = person
    if secretary is None:
        seat = (
            committee.members.serving(meeting.day)
            .filter(role=CommitteeRole.SECRETARY)
            .order_by("pk")
            .first()
        )
        if seat is not None:
            secretary = Person(seat.name_th, role_th(committee, seat.role))
    sections = {
        number: MinutesSection(number, AGENDA_SECTION_TH[number]) for number in AgendaSection.values
    }
    presenters = []
    documents = Prefetch("documents", queryset=AgendaDocument.objects.active(), to_attr="papers")
    agenda = meeting.agenda_items.select_related("resolution").prefetch_related(documents)
    for item in agenda.order_by("section", "number"):
        resolution = getattr(item, "resolution", None)
        if item.presenter_th and item.presenter_th not in presenters:
            presenters.append(item.presenter_th)
        sections[item.section].items.append(
            MinutesItem(
                label=item.label,
                title=item.title_th,
                presenter=item.presenter_th,
                summary=_paragraphs(item.summary_th),
                outcome=OUTCOME_TH.get(resolution.outcome, "") if resolution else "",
                resolution=(
                    with_cabinet(resolution.text_th, resolution.forward_to_cabinet)
                    if resolution
                    else ""
                ),
                documents=[document.title_th for document in item.papers],
            )
        )
    return Minutes(
        meeting=meeting,
        committee_name=committee.name_on(meeting.day).name_th,
        number=meeting.number,
        date=thai_long_date(meeting.starts_at),
        place=place_th(meeting.mode, meeting.place_th),
        starts=thai_clock(meeting.starts_at),
        ends=thai_clock(meeting.ends_at),
        present=present,
        absent=absent,
        attending=[Person(name) for name in presenters],
        sections=list(sections.values()),
        secretary=secretary,
    )


def _people(lines: list[str], heading: str, people: list[Person]) -> None:
    lines += ["", heading]
    if not people:
        lines.append("- ไม่มี -")
    for number, person in enumerate(people, start=1):
        parts = [f"{number}. {person.name}", person.title]
        if person.note:
            parts.append(f"({person.note})")
        lines.append(" ".join(filter(None, parts)))


def minutes_text(minutes: Minutes) -> str:
    """The generated minutes as plain text, the draft the secretariat edits."""
    lines = [
        f"รายงานการประชุม{minutes.committee_name}",
        f"ครั้งที่ {minutes.number}",
        f"เมื่อ{minutes.date}",
    ]
    if minutes.place:
        lines.append(minutes.place)
    _people(lines, "ผู้มาประชุม", minutes.present)
    _people(lines, "ผู้ไม่มาประชุม", minutes.absent)
    if minutes.attending:
        _people(lines, "ผู้เข้าร่วมประชุม", minutes.attending)
    lines += ["", f"เริ่มประชุมเวลา {minutes.starts}"]
    for section in minutes.sections:
        lines += ["", f"ระเบียบวาระที่ {section.number} {section.heading}"]
        if not section.items:
            lines.append(NOTHING_TH)
        for item in section.items:
            _item_lines(lines, item)
    if minutes.ends:
        lines += ["", f"เลิกประชุมเวลา {minutes.ends}"]
    if minutes.secretary:
        lines += ["", "ผู้จดรายงานการประชุม", minutes.secretary.name, minutes.secretary.title]
    return "\n".join(lines).strip() + "\n"


def _item_lines(lines: list[str], item: MinutesItem) -> None:
    lines += ["", f"{item.label} {item.title}"]
    if item.presenter:
        lines.append(f"ผู้นำเสนอ: {item.presenter}")
    for paragraph in item.summary:
        lines += ["", paragraph]
    if item.resolution:
        lines += ["", "มติที่ประชุม", item.resolution]


def minutes_blocks(text: str) -> list[tuple[str, str]]:
    """An edited text as (kind, line) pairs for the PDF: "title" for the heading lines up to
    the first blank line, "heading" for section lines, "para" for the rest."""
    blocks, in_title = [], True
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            in_title = in_title and not blocks
            continue
        if in_title:
            kind = "title"
        elif line.startswith(HEADING_PREFIXES) or ITEM_LINE.match(line):
            kind = "heading"
        else:
            kind = "para"
        blocks.append((kind, line))
    return blocks


def _require_editable(meeting: Meeting) -> Meeting:
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.status == MeetingStatus.CERTIFIED:
        raise ConflictError(
            _("The minutes of meeting %(number)s are certified; they can no longer change.")
            % {"number": meeting.number},
            code="meeting_certified",
        )
    return meeting


@transaction.atomic
def minutes_generate_draft(*, meeting: Meeting, actor) -> Meeting:
    """Put the minutes generated from the record into `minutes_th`, replacing any edit."""
    meeting = _require_editable(meeting)
    text = minutes_text(minutes_of(meeting))
    return _save(meeting, text, actor, "meetings.minutes.drafted")


@transaction.atomic
def minutes_update(*, meeting: Meeting, text_th: str, actor) -> Meeting:
    """Save the secretariat's edited minutes; an empty text goes back to the generated ones."""
    meeting = _require_editable(meeting)
    return _save(meeting, text_th.strip(), actor, "meetings.minutes.edited")


def _save(meeting: Meeting, text: str, actor, action: str) -> Meeting:
    before = meeting.minutes_th
    meeting.minutes_th = text
    meeting.save(update_fields=["minutes_th", "updated_at"])
    audit_record(
        actor=actor,
        action=action,
        target=meeting,
        organization_id=meeting.committee.secretariat_id,
        before={"length": len(before)},
        after={"length": len(text)},
    )
    return meeting


def minutes_pdf(meeting: Meeting, **pdf_options) -> bytes:
    """The minutes as PDF bytes: the edited text when there is one, else the generated
    structure. `pdf_options` go to WeasyPrint's write_pdf."""
    minutes = minutes_of(meeting)
    edited = minutes.meeting.minutes_th.strip()
    context = {"minutes": minutes, "blocks": minutes_blocks(edited) if edited else None}
    return render_pdf(
        "meetings/minutes_pdf.html", context, stylesheet="meetings/pdf/minutes.css", **pdf_options
    )
