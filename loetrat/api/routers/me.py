from django.http import HttpRequest
from ninja import Router

from loetrat.organizations.roles import is_secretariat_user
from loetrat.organizations.selectors import memberships_of_user

from ..schemas.organizations import MeOut

router = Router(tags=["me"])


@router.get("/", response=MeOut, summary="The signed-in user and their roles")
def me(request: HttpRequest):
    user = request.user
    return {
        "id": user.pk,
        "username": user.get_username(),
        "full_name": user.get_full_name(),
        "email": user.email,
        "language": user.language,
        "is_secretariat": is_secretariat_user(user),
        "memberships": [
            {
                "role": membership.role,
                "role_label": membership.get_role_display(),
                "organization": membership.organization,
                "position": membership.position,
                "starts_on": membership.starts_on,
            }
            for membership in memberships_of_user(user)
        ],
    }
