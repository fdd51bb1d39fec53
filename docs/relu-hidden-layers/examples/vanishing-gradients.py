import statistics
import torch
from torch import nn
from sklearn.datasets import make_moons

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

X, y = make_moons(n_samples=100, noise=0.1, random_state=0)
X = torch.tensor(X)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)
DEPTH, WIDTH, SEEDS = 10, 16, 20

# Glorot (Xavier) for sigmoid and tanh, He for ReLU; sigmoid also with gain 4 (every weight 4 times larger).
SETUPS = [
    ("sigmoid", nn.Sigmoid, lambda w: nn.init.xavier_uniform_(w, gain=1.0)),
    ("sigmoid×4", nn.Sigmoid, lambda w: nn.init.xavier_uniform_(w, gain=4.0)),
    ("tanh", nn.Tanh, lambda w: nn.init.xavier_uniform_(w, gain=1.0)),
    ("relu", nn.ReLU, nn.init.kaiming_normal_),
]

def norms(act, init, seed):
    """‖∂L/∂W‖ of every layer, input side first, for the mean loss over all the samples."""
    torch.manual_seed(seed)
    sizes = [2] + [WIDTH] * DEPTH + [1]
    layers = []
    for i, (a, b) in enumerate(zip(sizes, sizes[1:])):
        lin = nn.Linear(a, b)
        init(lin.weight)
        nn.init.zeros_(lin.bias)
        layers += [lin] if i == len(sizes) - 2 else [lin, act()]
    model = nn.Sequential(*layers)
    nn.functional.binary_cross_entropy_with_logits(model(X), y).backward()
    return [m.weight.grad.norm().item() for m in model if isinstance(m, nn.Linear)]

first = [norms(act, init, 0) for _, act, init in SETUPS]
print("layer" + "".join(f"{name:>10}" for name, _, _ in SETUPS))
for l in range(DEPTH + 1):
    print(f"{l + 1:5}" + "".join(f"{n[l]:10.1e}" for n in first))

print(f"layer 2's gradient as a share of layer {DEPTH}'s, over {SEEDS} seeds:")
for name, act, init in SETUPS:
    ratios = []
    for seed in range(SEEDS):
        n = norms(act, init, seed)
        ratios.append(n[1] / n[DEPTH - 1])
    print(f"  {name:9}  median {statistics.median(ratios):.1e}, range {min(ratios):.1e} to {max(ratios):.1e}")
