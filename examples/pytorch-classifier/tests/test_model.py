import torch

from cifar_resnet.model import build_model, resnet18


def test_output_shape():
    model = resnet18(num_classes=10)
    out = model(torch.zeros(2, 3, 32, 32))
    assert out.shape == (2, 10)


def test_unknown_model_name():
    try:
        build_model("vgg11", 10)
    except ValueError as err:
        assert "unknown model" in str(err)
    else:
        raise AssertionError("expected ValueError")


def test_parameter_count():
    n = sum(p.numel() for p in resnet18().parameters())
    assert 11_000_000 < n < 11_300_000
