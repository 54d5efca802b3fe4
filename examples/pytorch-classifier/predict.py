"""Classify one image with a trained checkpoint.

    python predict.py --checkpoint resnet18_cifar10_seed0.pt --image examples/cat.png
"""

import argparse

import torch
from PIL import Image

from cifar_resnet.data import eval_transform
from cifar_resnet.model import build_model

CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--image", required=True)
    parser.add_argument("--top-k", type=int, default=3)
    args = parser.parse_args()

    state = torch.load(args.checkpoint, map_location="cpu")
    cfg = state["config"]
    model = build_model(cfg["model"]["name"], cfg["model"]["num_classes"])
    model.load_state_dict(state["model"])
    model.eval()

    image = Image.open(args.image).convert("RGB").resize((32, 32))
    batch = eval_transform()(image).unsqueeze(0)
    with torch.no_grad():
        probs = model(batch).softmax(dim=1)[0]
    top = probs.topk(args.top_k)
    for p, idx in zip(top.values.tolist(), top.indices.tolist()):
        print(f"{CLASSES[idx]:<12} {p:.3f}")


if __name__ == "__main__":
    main()
