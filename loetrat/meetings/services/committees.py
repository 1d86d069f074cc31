"""Setting up committees and their members."""

from django.db import transaction

from loetrat.core.audit import audit_record

from ..models import Committee, CommitteeMember


@transaction.atomic
def committee_create(*, actor, **fields) -> Committee:
    committee = Committee(**fields)
    committee.full_clean()
    committee.save()
    audit_record(
        actor=actor,
        action="meetings.committee.created",
        target=committee,
        organization_id=committee.secretariat_id,
        after={"code": committee.code, "name_th": committee.name_th},
    )
    return committee


@transaction.atomic
def member_appoint(*, committee: Committee, actor, **fields) -> CommitteeMember:
    """Give someone a seat (chair, member, secretary...) for a term."""
    member = CommitteeMember(committee=committee, **fields)
    member.full_clean()
    member.save()
    audit_record(
        actor=actor,
        action="meetings.member.appointed",
        target=member,
        organization_id=committee.secretariat_id,
        after={"name_th": member.name_th, "role": member.role},
    )
    return member
