import datetime

from ninja import Schema


class OrganizationRef(Schema):
    id: int
    code: str
    name_th: str
    name_en: str


class OrganizationOut(Schema):
    id: int
    code: str
    kind: str
    name_th: str
    name_en: str
    abbreviation_th: str
    abbreviation_en: str
    parent: OrganizationRef | None = None
    status: str
    active_from: datetime.date | None
    active_until: datetime.date | None
    website: str


class MembershipOut(Schema):
    role: str
    role_label: str
    organization: OrganizationRef
    position: str
    starts_on: datetime.date | None


class MeOut(Schema):
    id: int
    username: str
    full_name: str
    email: str
    language: str
    is_secretariat: bool
    memberships: list[MembershipOut]
