"""ResNet models and CIFAR-10 data pipeline used by train.py, evaluate.py and predict.py."""

from .model import resnet18, resnet34

__all__ = ["resnet18", "resnet34"]
