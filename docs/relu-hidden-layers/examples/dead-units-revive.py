import torch
from torch import nn
from sklearn.datasets import make_moons

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

X, y = make_moons(n_samples=200, noise=0.1, random_state=0)
X = torch.tensor(X)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)
SEEDS = 20

def mlp():
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 1))
    for m in model:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's "he"
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    return model

@torch.no_grad()
def dead_units(model):
    """Per hidden layer: which units are <= 0 on every sample."""
    dead, h = [], X
    for layer in model[:-1]:
        h = layer(h)
        if isinstance(layer, nn.Linear):
            dead.append((h <= 0).all(dim=0))
    return dead

def train_once(make_opt, seed):
    """Per hidden layer: how many times a dead unit came back, and whether some unit was ever dead."""
    torch.manual_seed(seed)
    model = mlp()
    opt = make_opt(model.parameters())
    was_dead = dead_units(model)  # dead at the previous check (the first: before training)
    came_back = [0] * len(was_dead)
    had_dead = [bool(d.any()) for d in was_dead]
    for epoch in range(20):
        for idx in torch.randperm(200).split(32):
            opt.zero_grad()
            nn.functional.binary_cross_entropy_with_logits(model(X[idx]), y[idx]).backward()
            opt.step()
        dead = dead_units(model)
        for l, (before, now) in enumerate(zip(was_dead, dead)):
            came_back[l] += int((before & ~now).sum())
            had_dead[l] = had_dead[l] or bool(now.any())
        was_dead = dead
    return came_back, had_dead

RUNS = [
    ("adam lr 0.01", lambda p: torch.optim.Adam(p, lr=0.01)),
    ("adam lr 0.3", lambda p: torch.optim.Adam(p, lr=0.3)),
    ("sgd lr 1", lambda p: torch.optim.SGD(p, lr=1.0)),  # plain SGD: no momentum, no weight decay
]
for label, make_opt in RUNS:
    results = [train_once(make_opt, seed) for seed in range(SEEDS)]
    print(f"{label}:")
    for l in range(3):
        seeds_back = sum(came_back[l] > 0 for came_back, _ in results)
        times = sum(came_back[l] for came_back, _ in results)
        seeds_dead = sum(had_dead[l] for _, had_dead in results)
        print(f"  layer {l + 1}: a dead unit came back in {seeds_back} of {SEEDS} seeds ({times} times in all); "
              f"some unit was dead in {seeds_dead} of {SEEDS} seeds")
