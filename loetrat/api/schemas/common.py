from ninja import Schema


class ErrorDetail(Schema):
    field: str = ""
    message: str


class Error(Schema):
    code: str
    message: str
    details: list[ErrorDetail] = []
