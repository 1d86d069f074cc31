"""Drafts of news summaries (ข่าว ก.พ.ร.) written as OPDC's writers write them:

    เมื่อวันที่ 27 กันยายน 2565 สำนักงาน ก.พ.ร. จัดประชุม<คณะ...> ครั้งที่ 7/2565 ผ่านระบบ
    อิเล็กทรอนิกส์ โดยมี <ประธาน> เป็นประธาน สรุปสาระสำคัญ ดังนี้
    1. <เรื่อง> <สาระของเรื่อง> ที่ประชุมมีมติเห็นชอบ... และให้เสนอคณะรัฐมนตรีพิจารณาต่อไป
    นอกจากนี้ ที่ประชุมยังได้รับทราบ<เรื่องเพื่อทราบ> <สาระ>

Each decided item is told from its title and summary, then what was resolved; items decided
alike are told one after another and the resolution once for all of them; what was only noted
comes last, joined by "นอกจากนี้". The texts are content in their own language whatever the page
language, drafted for the secretariat to edit before publishing."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from loetrat.clinics.models import ClinicSession
from loetrat.core.thai.dates import format_date
from loetrat.meetings.enums import AgendaSection, CommitteeRole, MeetingMode
from loetrat.meetings.enums import ResolutionOutcome as Outcome
from loetrat.meetings.models import Meeting
from loetrat.meetings.services.minutes import place_th, with_cabinet

_OPDC_TH = "สำนักงาน ก.พ.ร."
_OPDC_EN = "the Office of the Public Sector Development Commission (OPDC)"
# (subject, verb): a resolution's own wording starts with the verb as the seeds write it
# ("มีมติเห็นชอบผลการตรวจประเมิน..."), so the verb is added only where it is missing.
_OUTCOME_TH = {
    Outcome.APPROVED: ("ที่ประชุมมีมติ", "เห็นชอบ"),
    Outcome.APPROVED_WITH_AMENDMENTS: ("ที่ประชุมมีมติ", "เห็นชอบ"),
    Outcome.NOTED: ("ที่ประชุม", "รับทราบ"),
    Outcome.REJECTED: ("ที่ประชุมมีมติ", "ไม่เห็นชอบ"),
    Outcome.DEFERRED: ("ที่ประชุมมีมติ", "ให้เลื่อนการพิจารณา"),
}
_AMENDED_TH = "โดยให้ปรับปรุงตามความเห็นของที่ประชุม"
_OUTCOME_EN = {
    Outcome.APPROVED: "approved",
    Outcome.APPROVED_WITH_AMENDMENTS: "approved, with amendments,",
    Outcome.NOTED: "noted",
    Outcome.REJECTED: "did not approve",
    Outcome.DEFERRED: "deferred",
}
# Words a resolution's English text may start with that already say the outcome.
_VERBS_EN = ("approved", "noted", "rejected", "deferred", "did not approve", "endorsed", "agreed")
# Words with which a noted item's resolution goes on to ask for something.
_NOTED_ADDS = ("และ", "โดย", "ทั้งนี้", "ให้", "พร้อม", "ตาม")
CABINET_EN = "and asked that it be submitted to the Cabinet for consideration"


@dataclass(frozen=True)
class NewsDraft:
    title_th: str
    title_en: str
    body_th: str
    body_en: str


def _clean(text: str) -> str:
    return " ".join((text or "").split())


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _resolution_th(resolution, count: int = 1) -> str:
    """What the meeting resolved, in Thai; for several items alike, "…ทั้ง 3 เรื่อง…"."""
    subject, verb = _OUTCOME_TH.get(resolution.outcome, ("ที่ประชุมมีมติ", ""))
    text = _clean(resolution.text_th)
    every = f"ทั้ง {count} เรื่อง" if count > 1 else ""
    if verb and text.startswith(verb):
        rest = text[len(verb) :]
        # "เห็นชอบการปรับปรุง…" runs on; "เห็นชอบ และให้…" keeps its space
        phrase = subject + verb + (f"{every} {rest.strip()}" if every else rest)
    else:
        phrase = _join(subject + verb + every, text)
    phrase = phrase.strip()
    if resolution.outcome == Outcome.APPROVED_WITH_AMENDMENTS and _AMENDED_TH not in phrase:
        phrase = _join(phrase, _AMENDED_TH)
    return with_cabinet(phrase, resolution.forward_to_cabinet)


def _resolution_en(resolution, count: int = 1) -> str:
    text = _clean(resolution.text_en).rstrip(".")
    outcome = _OUTCOME_EN.get(resolution.outcome, "resolved")
    if text.lower().startswith(_VERBS_EN):
        said = text[0].lower() + text[1:]
    else:
        said = _join(outcome, text) if text else f"{outcome} {'them' if count > 1 else 'it'}"
    sentence = f"the meeting {said}"
    if count > 1:
        sentence = f"On these {count} items, {sentence}"
    if resolution.forward_to_cabinet and "cabinet" not in sentence.lower():
        sentence += f", {CABINET_EN}"
    return sentence + "."


def _alike(resolution) -> tuple:
    return (resolution.outcome, _clean(resolution.text_th), resolution.forward_to_cabinet)


def _items(meeting: Meeting) -> tuple[list, list]:
    """(decided, noted) items in agenda order; certifying earlier minutes is left out."""
    items = list(
        meeting.agenda_items.exclude(section=AgendaSection.MINUTES)
        .filter(resolution__isnull=False)
        .select_related("resolution")
        .order_by("section", "number")
    )
    decided = [item for item in items if item.resolution.outcome != Outcome.NOTED]
    noted = [item for item in items if item.resolution.outcome == Outcome.NOTED]
    return decided, noted


def _decided_paragraphs(decided) -> tuple[list[str], list[str]]:
    thai, english = [], []
    number = 0
    for _key, group in itertools.groupby(decided, key=lambda item: _alike(item.resolution)):
        group = list(group)
        alone = len(group) == 1
        for item in group:
            number += 1
            told = _join(f"{number}.", _clean(item.title_th), _clean(item.summary_th))
            title_en = _clean(item.title_en) or _clean(item.title_th)
            if alone:
                thai.append(_join(told, _resolution_th(item.resolution)))
                english.append(f"{number}. {title_en}: {_resolution_en(item.resolution)}")
            else:
                thai.append(told)
                english.append(f"{number}. {title_en}.")
        if not alone:
            thai.append(_resolution_th(group[0].resolution, len(group)))
            english.append(_resolution_en(group[0].resolution, len(group)))
    return thai, english


def _noted_th(item) -> str:
    """The item and its summary, with what the resolution adds to "รับทราบ" when it asks for
    something ("…และให้สำนักงาน ก.พ.ร. …"); "รับทราบรายงาน" only repeats the title."""
    extra = _clean(item.resolution.text_th)
    extra = extra[len("รับทราบ") :].strip() if extra.startswith("รับทราบ") else extra
    if not extra.startswith(_NOTED_ADDS):
        extra = ""
    return _join(_clean(item.title_th), _clean(item.summary_th), extra)


def _noted_paragraphs(noted, after_decisions: bool) -> tuple[list[str], list[str]]:
    if not noted:
        return [], []
    lead = "นอกจากนี้ ที่ประชุมยังได้รับทราบ" if after_decisions else "ที่ประชุมได้รับทราบ"
    titles = [_clean(item.title_en) or _clean(item.title_th) for item in noted]
    also = "also " if after_decisions else ""
    if len(noted) == 1:
        return [lead + _noted_th(noted[0])], [f"The meeting {also}noted: {titles[0]}."]
    thai = [lead + "เรื่องต่าง ๆ ดังนี้", "\n".join(f"- {_noted_th(item)}" for item in noted)]
    listed = "; ".join(titles[:-1]) + f"; and {titles[-1]}"
    return thai, [f"The meeting {also}noted: {listed}."]


def _chair_name(meeting: Meeting) -> str:
    if meeting.chair_id:
        return meeting.chair.name_th
    seat = (
        meeting.committee.members.serving(meeting.day)
        .filter(role=CommitteeRole.CHAIR)
        .order_by("pk")
        .first()
    )
    return seat.name_th if seat else ""


def _the(name: str) -> str:
    """An English name of a public body with its article ("the Ministry of …")."""
    return f"the {name[4:]}" if name.lower().startswith("the ") else f"the {name}"


def _secretariat_en(secretariat) -> str:
    if not secretariat.name_en:
        return _OPDC_EN
    name = _the(secretariat.name_en)
    return f"{name} ({secretariat.abbreviation_en})" if secretariat.abbreviation_en else name


def _where_en(mode: str, place: str) -> str:
    place = place.strip()
    if mode == MeetingMode.ONLINE or (mode == MeetingMode.HYBRID and not place):
        return "online"
    if not place:
        return ""
    return f"at {place} and online" if mode == MeetingMode.HYBRID else f"at {place}"


def news_draft_for_meeting(meeting: Meeting) -> NewsDraft:
    """The headline and text, in Thai and English, of a news summary of the meeting."""
    meeting = Meeting.objects.select_related("committee__secretariat", "chair").get(pk=meeting.pk)
    secretariat = meeting.committee.secretariat
    committee = meeting.committee.name_on(meeting.day)  # its names on the day it met
    decided, noted = _items(meeting)
    chair, number = _chair_name(meeting), meeting.number
    opening_th = _join(
        f"เมื่อวันที่ {format_date(meeting.starts_at, lang='th')}",
        secretariat.abbreviation_th or secretariat.name_th or _OPDC_TH,
        f"จัดประชุม{committee.name_th} ครั้งที่ {number}",
        place_th(meeting.mode, meeting.place_th),
        f"โดยมี {chair} เป็นประธาน" if chair else "",
        "สรุปสาระสำคัญ ดังนี้" if decided or noted else "",
    )
    name_en = committee.name_en or committee.name_th
    opening_en = _join(
        f"On {format_date(meeting.starts_at, lang='en')},",
        f"{_secretariat_en(secretariat)} held meeting {number} of the {name_en}",
        _where_en(meeting.mode, meeting.place_th),
    )
    opening_en = opening_en[0].upper() + opening_en[1:]
    if chair:
        opening_en += f", chaired by {chair}"
    opening_en += ". The main points were as follows:" if decided or noted else "."
    decided_th, decided_en = _decided_paragraphs(decided)
    noted_th, noted_en = _noted_paragraphs(noted, after_decisions=bool(decided))
    return NewsDraft(
        title_th=f"การประชุม{committee.name_th} ครั้งที่ {number}",
        title_en=f"Meeting {number} of the {name_en}",
        body_th="\n\n".join([opening_th, *decided_th, *noted_th]),
        body_en="\n\n".join([opening_en, *decided_en, *noted_en]),
    )


def _numbered_lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def news_draft_for_clinic(clinic: ClinicSession) -> NewsDraft:
    """A news summary of a consulting session held with an agency: who met, where, what the
    agency raised and what advice was given."""
    clinic = ClinicSession.objects.select_related("organization").get(pk=clinic.pk)
    agency = clinic.organization
    when_th = format_date(clinic.scheduled_at, lang="th") if clinic.scheduled_at else ""
    when_en = format_date(clinic.scheduled_at, lang="en") if clinic.scheduled_at else ""
    chaired = _clean(clinic.chaired_by_th)
    opening_th = _join(
        f"เมื่อวันที่ {when_th}" if when_th else "",
        f"{_OPDC_TH} และ{agency.name_th} ได้ประชุมหารือแนวทางการขับเคลื่อนการพัฒนาระบบราชการ",
        place_th(clinic.mode, clinic.place_th),
        f"โดยมี{chaired} เป็นประธานในการประชุม" if chaired else "",
    )
    body_th = [opening_th]
    advice, discussion = _numbered_lines(clinic.advice_th), _numbered_lines(clinic.discussion_th)
    if advice:
        body_th += [f"ในการนี้ {_OPDC_TH} ได้ให้คำแนะนำในประเด็นต่าง ๆ ดังนี้", "\n".join(advice)]
    if discussion:
        body_th += ["ที่ประชุมได้หารือร่วมกันในประเด็นที่สำคัญ ดังนี้", "\n".join(discussion)]
    agency_en = _the(agency.name_en) if agency.name_en else agency.name_th
    opening_en = _join(
        f"On {when_en}," if when_en else "",
        f"OPDC and {agency_en} met to discuss how to drive public-sector development together",
        _where_en(clinic.mode, clinic.place_th),
    )
    opening_en = opening_en[0].upper() + opening_en[1:] + "."
    body_en = [opening_en]
    if advice or discussion:
        body_en.append(
            "OPDC gave advice and the meeting discussed the points listed in the Thai text."
        )
    return NewsDraft(
        title_th=(
            f"การประชุมหารือแนวทางการขับเคลื่อนการพัฒนาระบบราชการ ระหว่าง {_OPDC_TH} และ{agency.name_th}"
        ),
        title_en=f"OPDC and {agency_en} discuss public-sector development",
        body_th="\n\n".join(body_th),
        body_en="\n\n".join(body_en),
    )
