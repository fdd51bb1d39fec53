# The dying-ReLU sweep of dying-relu-sweep.ts in PyTorch: 40 seeds of each setup.
import statistics
import torch
from torch import nn
from sklearn.datasets import make_moons

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

X, y = make_moons(n_samples=200, noise=0.1, random_state=0)
X = torch.tensor(X)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)
SEEDS = 40

def mlp(act):
    model = nn.Sequential(nn.Linear(2, 16), act(), nn.Linear(16, 16), act(), nn.Linear(16, 16), act(), nn.Linear(16, 1))
    for m in model:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's "he"
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    return model

def dead_fraction(model, act):
    """Per hidden layer: share of units whose derivative is 0 on every sample (ReLU: z <= 0 everywhere)."""
    shares, h = [], X
    for layer in model[:-1]:
        h = layer(h)
        if isinstance(layer, nn.Linear):
            # Leaky ReLU's slope is never 0: no unit counts as dead
            shares.append((h <= 0).all(dim=0).double().mean().item() if act is nn.ReLU else 0.0)
    return shares

def train_once(act, lr, seed):
    torch.manual_seed(seed)
    model = mlp(act)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(20):
        for idx in torch.randperm(200).split(32):
            opt.zero_grad()
            nn.functional.binary_cross_entropy_with_logits(model(X[idx]), y[idx]).backward()
            opt.step()
    with torch.no_grad():
        accuracy = ((model(X) > 0).double() == y).double().mean().item()
        return dead_fraction(model, act), accuracy

def spread(values, digits=3):
    return f"median {statistics.median(values):.{digits}f}, range {min(values):.{digits}f} to {max(values):.{digits}f} ({len(values)} seeds)"

for act, lr in [(nn.ReLU, 0.01), (nn.ReLU, 0.3), (nn.LeakyReLU, 0.3)]:
    results = [train_once(act, lr, seed) for seed in range(SEEDS)]
    collapsed = [seed for seed, (dead, _) in enumerate(results) if max(dead) == 1]
    chance = sum(accuracy <= 0.5 for _, accuracy in results)
    print(f"{act.__name__} lr {lr}:")
    print(f"  a hidden layer 100% dead: {len(collapsed)} of {SEEDS} seeds" + (f" (seeds {', '.join(map(str, collapsed))})" if collapsed else ""))
    print(f"  accuracy 0.5 or less: {chance} of {SEEDS} seeds")
    print(f"  accuracy: {spread([accuracy for _, accuracy in results])}")
    print(f"  dead units, % of the 48: {spread([100 * sum(dead) / len(dead) for dead, _ in results], 0)}")
