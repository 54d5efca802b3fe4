"""Evaluate a trained checkpoint on the CIFAR-10 test split (10,000 images).

    python evaluate.py --checkpoint runs/resnet18_cifar10/seed0/best.pt
"""

import argparse
import json

import torch

from cifar_resnet.data import build_test_loader
from cifar_resnet.model import build_model


@torch.no_grad()
def evaluate(model: torch.nn.Module, loader, device: torch.device, num_classes: int) -> dict:
    model.eval()
    correct = total = 0
    per_class_correct = torch.zeros(num_classes, dtype=torch.long)
    per_class_total = torch.zeros(num_classes, dtype=torch.long)
    for images, labels in loader:
        images, labels = images.to(device), labels.to(device)
        preds = model(images).argmax(dim=1)
        hits = preds == labels
        correct += hits.sum().item()
        total += labels.numel()
        for c in range(num_classes):
            mask = labels == c
            per_class_total[c] += mask.sum().item()
            per_class_correct[c] += (hits & mask).sum().item()
    return {
        "top1_accuracy": correct / total,
        "per_class_accuracy": (per_class_correct.float() / per_class_total.clamp(min=1).float()).tolist(),
        "num_images": total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Top-1 accuracy on the CIFAR-10 test split")
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--data-root", default="data/cifar10")
    parser.add_argument("--output", default=None, help="write the metrics as JSON here")
    args = parser.parse_args()

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    state = torch.load(args.checkpoint, map_location=device)
    cfg = state["config"]
    model = build_model(cfg["model"]["name"], cfg["model"]["num_classes"]).to(device)
    model.load_state_dict(state["model"])

    metrics = evaluate(model, build_test_loader(args.data_root), device, cfg["model"]["num_classes"])
    print(f"test top-1 accuracy: {metrics['top1_accuracy'] * 100:.2f}% on {metrics['num_images']} images")
    if args.output:
        with open(args.output, "w") as f:
            json.dump(metrics, f, indent=2)


if __name__ == "__main__":
    main()
