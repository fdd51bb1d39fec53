# The sweep of decision-regions-sweep.ts in PyTorch: the [2, 8, 8, 1] ReLU network (He initialisation, Adam,
# 60 epochs) from 20 seeds at a safe and at a high learning rate, checked for dead units (<= 0 on every sample)
# before training and after every epoch. A seed sets the initialisation and the shuffling; the data is fixed.
# scikit-learn's make_moons draws other points than core's makeMoons (another random generator), and PyTorch
# other weights and shuffles, so the counts differ from the playground's; the method is the same.
import statistics
import torch
from torch import nn
from sklearn.datasets import make_moons

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

X, y = make_moons(n_samples=200, noise=0.1, random_state=0)
X = torch.tensor(X)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)
SEEDS, EPOCHS = 20, 60

@torch.no_grad()
def dead_units(model):
    """Per hidden layer: which units are <= 0 on every sample."""
    dead, h = [], X
    for layer in model[:-1]:
        h = layer(h)
        if isinstance(layer, nn.Linear):
            dead.append((h <= 0).all(dim=0))
    return dead

def train_watched(seed, lr):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 1))
    for m in model:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's "he"
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    dead = dead_units(model)
    dead_at_start = ever_dead = any(bool(d.any()) for d in dead)
    revived = 0  # dead at one check, active at the next
    for epoch in range(EPOCHS):
        for idx in torch.randperm(len(X)).split(32):
            opt.zero_grad()
            nn.functional.binary_cross_entropy_with_logits(model(X[idx]), y[idx]).backward()
            opt.step()
        now = dead_units(model)
        revived += sum(int((before & ~after).sum()) for before, after in zip(dead, now))
        ever_dead = ever_dead or any(bool(d.any()) for d in now)
        dead = now
    with torch.no_grad():
        accuracy = ((model(X) > 0).double() == y).double().mean().item()
    return dict(dead_at_start=dead_at_start, dead=sum(int(d.sum()) for d in dead), ever_dead=ever_dead,
                revived=revived, accuracy=accuracy)

def spread(values, digits=3):
    return f"median {statistics.median(values):.{digits}f}, range {min(values):.{digits}f} to {max(values):.{digits}f} ({len(values)} seeds)"

for lr in [0.01, 0.3]:
    runs = [train_watched(seed, lr) for seed in range(SEEDS)]
    count = lambda test: f"{sum(test(r) for r in runs)} of {SEEDS} seeds"
    print(f"lr {lr}:")
    print(f"  some unit dead before training: {count(lambda r: r['dead_at_start'])}")
    print(f"  some unit dead after {EPOCHS} epochs: {count(lambda r: r['dead'] > 0)}")
    print(f"  dead units after {EPOCHS} epochs, of the 16: {spread([r['dead'] for r in runs], 0)}")
    print(f"  some unit dead at some check: {count(lambda r: r['ever_dead'])}")
    print(f"  a dead unit came back: {count(lambda r: r['revived'] > 0)}")
    print(f"  accuracy: {spread([r['accuracy'] for r in runs])}")
