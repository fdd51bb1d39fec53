import torch
from torch import nn

x = torch.tensor([-3.0, -1.0, -0.5, 0.5, 3.0], dtype=torch.float64, requires_grad=True)
ACTS = [nn.ReLU(), nn.LeakyReLU(), nn.ELU(), nn.GELU(), nn.SiLU()]
for act in ACTS:
    (grad,) = torch.autograd.grad(act(x).sum(), x)
    print(f"{type(act).__name__:10} f(x): {act(x).detach().numpy().round(3)}  f'(x): {grad.numpy().round(3)}")

# Far below zero only Leaky ReLU keeps its slope: the others' derivatives go to 0 as x -> -inf.
for x0 in (-10.0, -30.0):
    far = torch.tensor([x0], dtype=torch.float64, requires_grad=True)
    slopes = [torch.autograd.grad(act(far).sum(), far)[0].item() for act in ACTS]
    print(f"f'({x0:g}): " + ", ".join(f"{type(act).__name__} {s:.1e}" for act, s in zip(ACTS, slopes)))
