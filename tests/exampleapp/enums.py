from django.db import models


class CharterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_FORCE = "in_force", "In force"
    REPEALED = "repealed", "Repealed"


class CharterAction(models.TextChoices):
    ENACT = "enact", "Enact"
    REPEAL = "repeal", "Repeal"


CHARTER_TRANSITIONS = {
    (CharterStatus.DRAFT, CharterAction.ENACT): CharterStatus.IN_FORCE,
    (CharterStatus.IN_FORCE, CharterAction.REPEAL): CharterStatus.REPEALED,
}
