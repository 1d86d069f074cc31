from .criterion import Criterion
from .framework import Framework, FrameworkVersion

__all__ = ["Criterion", "Framework", "FrameworkVersion"]
