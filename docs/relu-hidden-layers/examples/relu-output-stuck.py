import statistics
import torch
from torch import nn
from sklearn.datasets import make_regression

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

RANGES = [(-8.0, -1.0), (1.0, 8.0)]
SEEDS = 20
X, raw = make_regression(n_samples=200, n_features=2, n_informative=2, noise=10, random_state=0)
X = torch.tensor(X)

def train_once(head, y, seed):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1), head)
    for m in model:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's "he"
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    with torch.no_grad():
        stuck_before = (model[:-1](X) <= 0).double().mean().item()  # output pre-activation z <= 0
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(60):
        for idx in torch.randperm(200).split(32):
            opt.zero_grad()
            nn.functional.mse_loss(model(X[idx]), y[idx]).backward()
            opt.step()
    with torch.no_grad():
        p = model(X)
        r2 = 1 - ((p - y) ** 2).sum().item() / ((y - y.mean()) ** 2).sum().item()
        return stuck_before, r2, bool((p == 0).all())

def count(flags):
    seeds = [seed for seed, f in enumerate(flags) if f]
    text = f"{len(seeds)} of {len(flags)} seeds"
    return f"{text} (seeds {', '.join(map(str, seeds))})" if 0 < len(seeds) <= len(flags) / 2 else text

for low, high in RANGES:
    y = low + (high - low) * (raw - raw.min()) / (raw.max() - raw.min())  # targets in [low, high]
    y = torch.tensor(y).unsqueeze(1)
    print(f"targets in [{low:g}, {high:g}]:")
    for name, head in [("identity", nn.Identity), ("relu", nn.ReLU)]:
        results = [train_once(head(), y, seed) for seed in range(SEEDS)]
        r2 = [r for _, r, _ in results]
        print(f"  {name} head: R² median {statistics.median(r2):.3f}, range {min(r2):.3f} to {max(r2):.3f} ({SEEDS} seeds)")
        print(f"    R² above 0.9: {count([r > 0.9 for r in r2])}")
        print(f"    predicts exactly 0 for every sample: {count([zero for _, _, zero in results])}")
        if name == "relu":
            print(f"    every sample starts at z ≤ 0 (100% stuck): {count([s == 1 for s, _, _ in results])}")
            print(f"    no sample starts at z ≤ 0 (0% stuck): {count([s == 0 for s, _, _ in results])}")
