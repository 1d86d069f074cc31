import datetime
from typing import Any

from ninja import Schema

from .common import Moment


class FrameworkVersionRef(Schema):
    id: int
    framework_code: str
    label: str
    status: str

    @staticmethod
    def resolve_framework_code(obj) -> str:
        return obj.framework.code


class BranchRef(Schema):
    id: int
    code: str
    name_th: str
    name_en: str


class CycleOut(Schema):
    id: int
    year_be: int
    name_th: str
    name_en: str
    status: str
    programme: str
    copied_from_year: int | None = None

    @staticmethod
    def resolve_programme(obj) -> str:
        return obj.programme.code

    @staticmethod
    def resolve_copied_from_year(obj) -> int | None:
        return obj.copied_from.year_be if obj.copied_from_id else None


class TypeSummaryOut(Schema):
    id: int
    code: str
    name_th: str
    name_en: str
    branch: BranchRef
    subject: str
    shared_work: bool
    framework_version: FrameworkVersionRef | None = None
    opens_at: datetime.datetime | None
    closes_at: datetime.datetime | None
    is_open: bool

    @staticmethod
    def resolve_is_open(obj) -> bool:
        return obj.is_open()


class TypeOut(TypeSummaryOut):
    cycle_year: int
    position: int
    description_th: str
    description_en: str
    form_schema: list[dict[str, Any]]
    eligibility: dict[str, Any]
    stage_plan: list[dict[str, Any]]
    levels: list[dict[str, Any]]
    max_file_mb: int
    max_total_mb: int

    @staticmethod
    def resolve_cycle_year(obj) -> int:
        return obj.cycle.year_be


class BranchOut(BranchRef):
    position: int
    description_th: str
    description_en: str
    types: list[TypeSummaryOut]


class CycleDetailOut(CycleOut):
    branches: list[BranchOut]

    @staticmethod
    def resolve_branches(obj) -> list:
        return obj.branch_rows


class CopyIn(Schema):
    year_be: int


class TypeUpdateIn(Schema):
    """Only the fields sent are changed."""

    name_th: str | None = None
    name_en: str | None = None
    description_th: str | None = None
    description_en: str | None = None
    position: int | None = None
    subject: str | None = None
    shared_work: bool | None = None
    framework_version_id: int | None = None
    form_schema: list[Any] | None = None
    eligibility: dict[str, Any] | None = None
    stage_plan: list[Any] | None = None
    levels: list[Any] | None = None
    opens_at: Moment | None = None
    closes_at: Moment | None = None
    max_file_mb: int | None = None
    max_total_mb: int | None = None
    reason: str = ""


class FieldChangeOut(Schema):
    field: str
    label: str
    details: list[str]


class TypeRef(Schema):
    id: int
    code: str
    name_th: str
    name_en: str


class TypeChangeOut(Schema):
    code: str
    renamed: bool
    old_name_th: str
    new_name_th: str
    fields: list[FieldChangeOut]


class BranchDiffOut(Schema):
    code: str
    status: str
    renamed: bool
    old_type_count: int
    new_type_count: int
    types_added: list[TypeRef]
    types_removed: list[TypeRef]
    types_changed: list[TypeChangeOut]


class DiffOut(Schema):
    old_year: int
    new_year: int
    branches: list[BranchDiffOut]


class TypeCountsOut(Schema):
    id: int
    code: str
    counts: dict[str, int]
    total: int


class CountsOut(Schema):
    year_be: int
    types: list[TypeCountsOut]
    totals: dict[str, int]
    total: int
