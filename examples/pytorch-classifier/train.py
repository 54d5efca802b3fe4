"""Train a ResNet on CIFAR-10.

    python train.py --config configs/resnet18_cifar10.yaml --seed 0
    torchrun --nproc_per_node=4 train.py --config configs/resnet18_cifar10.yaml   # see scripts/train.sh
"""

import argparse
import json
import os
import random
import time
from pathlib import Path

import numpy as np
import torch
import torch.distributed as dist
import torch.nn as nn
import yaml
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data.distributed import DistributedSampler

from cifar_resnet.data import build_loaders
from cifar_resnet.model import build_model


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", default="configs/resnet18_cifar10.yaml")
    parser.add_argument("--seed", type=int, default=None, help="overrides the seed in the config")
    parser.add_argument("--output-dir", default=None, help="overrides output_dir in the config")
    parser.add_argument("--epochs", type=int, default=None)
    return parser.parse_args()


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)
    # Deterministic cuDNN kernels: slower, but two runs with the same seed give the same weights.
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False


@torch.no_grad()
def accuracy(model: nn.Module, loader, device: torch.device) -> float:
    model.eval()
    correct = total = 0
    for images, labels in loader:
        images, labels = images.to(device, non_blocking=True), labels.to(device, non_blocking=True)
        with torch.autocast(device_type=device.type, dtype=torch.float16, enabled=device.type == "cuda"):
            logits = model(images)
        correct += (logits.argmax(dim=1) == labels).sum().item()
        total += labels.numel()
    return correct / max(total, 1)


def main() -> None:
    args = parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text())
    seed = args.seed if args.seed is not None else cfg["seed"]
    epochs = args.epochs or cfg["train"]["epochs"]
    out_dir = Path(args.output_dir or cfg["output_dir"]) / f"seed{seed}"

    distributed = "LOCAL_RANK" in os.environ
    if distributed:
        dist.init_process_group("nccl")
        local_rank = int(os.environ["LOCAL_RANK"])
        torch.cuda.set_device(local_rank)
        device = torch.device("cuda", local_rank)
        is_main = dist.get_rank() == 0
    else:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        is_main = True

    set_seed(seed)
    train_loader, val_loader = build_loaders(
        cfg["data"]["root"],
        batch_size=cfg["train"]["batch_size"],
        num_workers=cfg["data"]["num_workers"],
        val_size=cfg["data"]["val_size"],
        seed=seed,
        sampler=(lambda ds: DistributedSampler(ds, seed=seed)) if distributed else None,
    )

    model = build_model(cfg["model"]["name"], cfg["model"]["num_classes"]).to(device)
    if distributed:
        model = DDP(model, device_ids=[device.index])

    criterion = nn.CrossEntropyLoss(label_smoothing=cfg["train"]["label_smoothing"])
    optimizer = torch.optim.SGD(
        model.parameters(),
        lr=cfg["train"]["lr"],
        momentum=cfg["train"]["momentum"],
        weight_decay=cfg["train"]["weight_decay"],
        nesterov=True,
    )
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs)
    use_amp = cfg["train"]["amp"] and device.type == "cuda"
    scaler = torch.cuda.amp.GradScaler(enabled=use_amp)

    best_acc = 0.0
    if is_main:
        out_dir.mkdir(parents=True, exist_ok=True)
    for epoch in range(epochs):
        if distributed:
            train_loader.sampler.set_epoch(epoch)
        model.train()
        start = time.time()
        running_loss = 0.0
        for images, labels in train_loader:
            images, labels = images.to(device, non_blocking=True), labels.to(device, non_blocking=True)
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type=device.type, dtype=torch.float16, enabled=use_amp):
                loss = criterion(model(images), labels)
            scaler.scale(loss).backward()
            scaler.step(optimizer)
            scaler.update()
            running_loss += loss.item()
        scheduler.step()

        if is_main:
            val_acc = accuracy(model, val_loader, device)
            print(
                f"epoch {epoch + 1}/{epochs}  loss {running_loss / len(train_loader):.4f}  "
                f"val_acc {val_acc:.4f}  {time.time() - start:.0f}s"
            )
            state = {
                "model": (model.module if distributed else model).state_dict(),
                "config": cfg,
                "seed": seed,
                "epoch": epoch + 1,
                "val_acc": val_acc,
            }
            torch.save(state, out_dir / "last.pt")
            if val_acc > best_acc:
                best_acc = val_acc
                torch.save(state, out_dir / "best.pt")

    if is_main:
        (out_dir / "summary.json").write_text(json.dumps({"seed": seed, "best_val_acc": best_acc}, indent=2))
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
