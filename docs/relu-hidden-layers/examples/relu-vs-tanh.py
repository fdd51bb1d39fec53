# relu-vs-tanh.ts in PyTorch: the [2, 8, 8, 1] network trained on two-moons with Adam at 0.01 for 60 epochs, once
# with ReLU (He initialisation) and once with tanh (Glorot uniform) hidden units. A ReLU network is linear
# wherever the same units are active, so this counts its linear pieces inside the data's rectangle: the distinct
# patterns of active units on a 64 × 64 grid (a lower bound: a piece smaller than a cell can be missed). The
# playground draws P(class 1); in place of the picture, for seed 0, this counts the runs of three neighbouring
# cells along a row of the grid on which the logit is linear (second difference below 1e-9): every run inside one
# ReLU piece is, while tanh's logit curves everywhere. Then 20 seeds, which set the initialisation and the
# shuffling; the data is fixed.
# scikit-learn's make_moons draws other points than core's makeMoons (another random generator), and PyTorch
# other weights and shuffles, so the numbers differ from the playground's; the method is the same.
import statistics
import torch
from torch import nn
from sklearn.datasets import make_moons

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

SEED, SEEDS, EPOCHS, STEPS = 0, 20, 60, 64
X, y = make_moons(n_samples=200, noise=0.1, random_state=0)
X = torch.tensor(X)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)

# The centres of a 64 × 64 grid over the data's rectangle widened by 10% on each side (core's gridBounds), row by row.
lo, hi = X.min(0).values, X.max(0).values
lo, hi = lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo)
t = (torch.arange(STEPS) + 0.5) / STEPS
rows, cols = torch.meshgrid(lo[1] + t * (hi[1] - lo[1]), lo[0] + t * (hi[0] - lo[0]), indexing="ij")
cells = torch.stack([cols.flatten(), rows.flatten()], dim=1)

def train(seed, act):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, 8), act(), nn.Linear(8, 8), act(), nn.Linear(8, 1))
    for m in model:
        if isinstance(m, nn.Linear):  # zero biases; weights as createMlp's "he" (ReLU) and "xavier" (tanh)
            if act is nn.ReLU:
                nn.init.kaiming_normal_(m.weight)
            else:
                nn.init.xavier_uniform_(m.weight)
            nn.init.zeros_(m.bias)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(EPOCHS):
        for idx in torch.randperm(len(X)).split(32):
            opt.zero_grad()
            nn.functional.binary_cross_entropy_with_logits(model(X[idx]), y[idx]).backward()
            opt.step()
    with torch.no_grad():
        accuracy = ((model(X) > 0).double() == y).double().mean().item()
    return model, accuracy

@torch.no_grad()
def linear_pieces(model):
    """The distinct patterns of active units (z > 0 in every hidden layer) over the grid's cells."""
    active, h = [], cells
    for layer in model[:-1]:
        h = layer(h)
        if isinstance(layer, nn.Linear):
            active.append(h > 0)
    return len(torch.unique(torch.cat(active, dim=1), dim=0))

@torch.no_grad()
def linear_runs(model):
    """Runs of three neighbouring cells along a row on which the logit is linear (second difference < 1e-9), and all runs."""
    z = model(cells).reshape(STEPS, STEPS)
    second_difference = z[:, :-2] - 2 * z[:, 1:-1] + z[:, 2:]
    return f"{int((second_difference.abs() < 1e-9).sum())} of {second_difference.numel()}"

relu, relu_accuracy = train(SEED, nn.ReLU)
tanh, tanh_accuracy = train(SEED, nn.Tanh)
print(f"seed {SEED}: accuracy {relu_accuracy:.3f} (ReLU), {tanh_accuracy:.3f} (tanh)")
print(f"seed {SEED}: the ReLU network is linear on at least {linear_pieces(relu)} pieces of the rectangle (64 × 64 grid)")
print(f"seed {SEED}: the logit is linear on {linear_runs(relu)} runs of three cells along a row (ReLU), "
      f"on {linear_runs(tanh)} (tanh)")

def spread(values, digits=3):
    return f"median {statistics.median(values):.{digits}f}, range {min(values):.{digits}f} to {max(values):.{digits}f} ({len(values)} seeds)"

runs = []
for seed in range(SEEDS):
    model, accuracy = train(seed, nn.ReLU)
    runs.append((linear_pieces(model), accuracy, train(seed, nn.Tanh)[1]))
pieces, relu_accuracies, tanh_accuracies = zip(*runs)
print(f"linear pieces of the ReLU network in the rectangle, at least (64 × 64 grid): {spread(pieces, 0)}")
print(f"accuracy, ReLU: {spread(relu_accuracies)}")
print(f"accuracy, tanh: {spread(tanh_accuracies)}")
