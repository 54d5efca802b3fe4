#!/usr/bin/env bash
# Train with every GPU of one machine; the README's results are seeds 0, 1 and 2.
#   bash scripts/train.sh 0
set -euo pipefail

SEED="${1:-0}"
NGPUS="${NGPUS:-$(nvidia-smi -L | wc -l)}"

torchrun --standalone --nproc_per_node="${NGPUS}" train.py \
  --config configs/resnet18_cifar10.yaml \
  --seed "${SEED}"
