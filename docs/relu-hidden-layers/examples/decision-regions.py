# The small ReLU network of decision-regions.ts in PyTorch: [2, 8, 8, 1], He initialisation, Adam at lr 0.3 for
# 60 epochs, checked for dead units (<= 0 on every sample) before training and after every epoch. The playground
# draws the last pictures; this prints what they show: each class's share of the 40 × 40 grid, each hidden
# layer's range of outputs on it, and whether each dead unit's map is flat (0 everywhere) or lit somewhere.
# scikit-learn's make_moons draws other points than core's makeMoons (another random generator), and PyTorch
# other weights and shuffles, so the numbers differ from the playground's; the method is the same.
import torch
from torch import nn
from sklearn.datasets import make_moons

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

SEED, LEARNING_RATE, EPOCHS, STEPS = 0, 0.3, 60, 40
X, y = make_moons(n_samples=200, noise=0.1, random_state=0)
X = torch.tensor(X)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)

def grid_cells(X, steps, margin=0.1):
    """The centres of a steps × steps grid over the data's rectangle widened by 10% on each side (core's gridBounds)."""
    lo, hi = X.min(0).values, X.max(0).values
    lo, hi = lo - margin * (hi - lo), hi + margin * (hi - lo)
    t = (torch.arange(steps) + 0.5) / steps
    ys, xs = torch.meshgrid(lo[1] + t * (hi[1] - lo[1]), lo[0] + t * (hi[0] - lo[0]), indexing="ij")
    return torch.stack([xs.flatten(), ys.flatten()], dim=1)

@torch.no_grad()
def hidden_z(model, inputs):
    """Each hidden layer's pre-activations z; the unit's output, what its map shows, is max(0, z)."""
    zs, h = [], inputs
    for layer in model[:-1]:
        h = layer(h)
        if isinstance(layer, nn.Linear):
            zs.append(h)
    return zs

dead_units = lambda model: [(z <= 0).all(dim=0) for z in hidden_z(model, X)]

torch.manual_seed(SEED)
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 1))
for m in model:
    if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's "he"
        nn.init.kaiming_normal_(m.weight)
        nn.init.zeros_(m.bias)
opt = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
dead, revived = dead_units(model), 0  # revived: dead at one check, active at the next
for epoch in range(EPOCHS):
    for idx in torch.randperm(len(X)).split(32):
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(X[idx]), y[idx]).backward()
        opt.step()
    now = dead_units(model)
    revived += sum(int((before & ~after).sum()) for before, after in zip(dead, now))
    dead = now

cells = grid_cells(X, STEPS)
with torch.no_grad():
    class1 = (torch.sigmoid(model(cells)) > 0.5).double().mean().item()
print(f"decision regions after {EPOCHS} epochs ({STEPS} × {STEPS} grid): "
      f"class 0 on {100 * (1 - class1):.0f}%, class 1 on {100 * class1:.0f}% of the cells")
for l, (z, d) in enumerate(zip(hidden_z(model, cells), dead)):
    out = z.clamp(min=0)  # the unit maps: one column per unit
    maps = []
    for u in d.nonzero().flatten().tolist():  # a dead unit is 0 on every sample, not always on the whole grid
        lit = int((out[:, u] > 0).sum())
        maps.append(f"unit {u + 1} ({f'lit on {lit} of {len(cells)} cells' if lit else '0 on every cell'})")
    print(f"hidden layer {l + 1}: outputs 0 to {out.max():.3g} on the grid; dead: {', '.join(maps) or 'none'}")
with torch.no_grad():
    accuracy = ((model(X) > 0).double() == y).double().mean().item()
print(f"dead units after {EPOCHS} epochs at lr {LEARNING_RATE}: "
      + ", ".join(f"layer {l + 1}: {int(d.sum())} of {len(d)}" for l, d in enumerate(dead)))
print(f"times a dead unit came back during training: {revived}")
print(f"accuracy on the 200 points: {accuracy:.3f}")
