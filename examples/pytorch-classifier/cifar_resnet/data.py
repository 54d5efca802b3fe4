"""CIFAR-10 loaders. The validation split is carved out of the official training set with a fixed seed."""

import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Subset
from torchvision import datasets, transforms

CIFAR10_MEAN = (0.4914, 0.4822, 0.4465)
CIFAR10_STD = (0.2470, 0.2435, 0.2616)


def train_transform() -> transforms.Compose:
    return transforms.Compose(
        [
            transforms.RandomCrop(32, padding=4),
            transforms.RandomHorizontalFlip(),
            transforms.ToTensor(),
            transforms.Normalize(CIFAR10_MEAN, CIFAR10_STD),
        ]
    )


def eval_transform() -> transforms.Compose:
    return transforms.Compose([transforms.ToTensor(), transforms.Normalize(CIFAR10_MEAN, CIFAR10_STD)])


def seed_worker(worker_id: int) -> None:
    """Give every DataLoader worker its own, reproducible NumPy and `random` state."""
    worker_seed = torch.initial_seed() % 2**32
    np.random.seed(worker_seed)
    random.seed(worker_seed)


def split_indices(n: int, val_size: int, seed: int) -> tuple[list[int], list[int]]:
    perm = torch.randperm(n, generator=torch.Generator().manual_seed(seed)).tolist()
    return perm[val_size:], perm[:val_size]


def build_loaders(root: str, batch_size: int, num_workers: int, val_size: int, seed: int, sampler=None):
    full_train = datasets.CIFAR10(root, train=True, download=True, transform=train_transform())
    full_val = datasets.CIFAR10(root, train=True, download=True, transform=eval_transform())
    train_idx, val_idx = split_indices(len(full_train), val_size, seed)
    train_set, val_set = Subset(full_train, train_idx), Subset(full_val, val_idx)

    generator = torch.Generator()
    generator.manual_seed(seed)
    if sampler is not None:
        sampler = sampler(train_set)
    train_loader = DataLoader(
        train_set,
        batch_size=batch_size,
        shuffle=sampler is None,
        sampler=sampler,
        num_workers=num_workers,
        pin_memory=True,
        drop_last=True,
        worker_init_fn=seed_worker,
        generator=generator,
    )
    val_loader = DataLoader(val_set, batch_size=512, shuffle=False, num_workers=num_workers)
    return train_loader, val_loader


def build_test_loader(root: str, batch_size: int = 512, num_workers: int = 4) -> DataLoader:
    test_set = datasets.CIFAR10(root, train=False, download=True, transform=eval_transform())
    return DataLoader(test_set, batch_size=batch_size, shuffle=False, num_workers=num_workers)
