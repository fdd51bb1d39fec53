# label-regions.ts in PyTorch: the two networks of exclusive-classes.ts ([2, 16, 3], ReLU, He initialisation, Adam
# at 0.01 for 100 epochs on half of three overlapping blobs), one with a softmax head and cross-entropy, one with
# three sigmoids and binary cross-entropy on one-hot targets. The playground draws where each head answers; this
# prints what the pictures show, as shares of 64 × 64 grids: over the data's rectangle, and over a square 40 wide
# around it counting only its cells outside the rectangle. Each sigmoid says yes above 0.5, so a cell can get no
# label or several; softmax always names one class. Seed 3, then 30 seeds (data, split, weights and shuffling).
# scikit-learn's make_blobs and train_test_split draw other points and splits than core's makeBlobs and
# trainTestSplit (another random generator), and PyTorch other weights and shuffles, so the shares differ from
# the playground's; the method is the same.
import statistics
import torch
from torch import nn
from sklearn.datasets import make_blobs
from sklearn.model_selection import train_test_split

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead
SEED, SEEDS, STEPS = 3, 30, 64

def grid(x, y):
    """The centres of a 64 × 64 grid over [x0, x1] × [y0, y1], row by row."""
    t = (torch.arange(STEPS) + 0.5) / STEPS
    rows, cols = torch.meshgrid(y[0] + t * (y[1] - y[0]), x[0] + t * (x[1] - x[0]), indexing="ij")
    return torch.stack([cols.flatten(), rows.flatten()], dim=1)

FAR = grid((-18.5, 21.5), (-19.0, 21.0))  # a square 40 wide centred on the blobs' middle, [1.5, 1]

def train(X, targets, loss, seed):
    torch.manual_seed(seed)  # the same initial weights for both heads, as in the playground
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))  # logits; the head is in the loss
    for m in model:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's default
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(100):
        for idx in torch.randperm(len(X)).split(32):
            opt.zero_grad()
            loss(model(X[idx]), targets[idx]).backward()
            opt.step()
    return model

def shares(seed):
    X, y = make_blobs(n_samples=300, centers=[[0, 0], [3, 0], [1.5, 2.5]], cluster_std=1.2, random_state=seed)
    X_train, _, y_train, _ = train_test_split(torch.tensor(X), torch.tensor(y), test_size=0.5, random_state=seed)
    softmax_net = train(X_train, y_train, nn.functional.cross_entropy, seed)
    one_hot = nn.functional.one_hot(y_train, 3).double()
    sigmoid_net = train(X_train, one_hot, nn.functional.binary_cross_entropy_with_logits, seed)
    with torch.no_grad():
        # The data's rectangle widened by 10% on each side (core's gridBounds), over all 300 points.
        lo, hi = X.min(0), X.max(0)
        lo, hi = lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo)
        near = grid((lo[0], hi[0]), (lo[1], hi[1]))
        away = ((FAR < torch.tensor(lo)) | (FAR > torch.tensor(hi))).any(dim=1)  # far cells outside the rectangle
        labels_near = (torch.sigmoid(sigmoid_net(near)) > 0.5).sum(dim=1)  # how many sigmoids say yes
        labels_far = (torch.sigmoid(sigmoid_net(FAR[away])) > 0.5).sum(dim=1)
        softmax_far = torch.softmax(softmax_net(FAR), dim=1)
        share = lambda hits: hits.double().mean().item()
        return dict(
            none_near=share(labels_near == 0),
            several_near=share(labels_near >= 2),
            none_far=share(labels_far == 0),
            several_far=share(labels_far >= 2),
            sure_far=share(softmax_far[away].max(dim=1).values > 0.99),
            # What the softmax pictures show: each class's share of the grid it wins.
            classes_near=torch.bincount(softmax_net(near).argmax(dim=1), minlength=3) / len(near),
            classes_far=torch.bincount(softmax_far.argmax(dim=1), minlength=3) / len(FAR),
        )

pct = lambda v: f"{100 * v:.1f}%"
area = lambda c: ", ".join(f"{k}: {100 * v:.0f}%" for k, v in enumerate(c.tolist()))
one = shares(SEED)
print(f"seed {SEED}, softmax's classes: near the data {area(one['classes_near'])}; far {area(one['classes_far'])}")
print(f"seed {SEED}, near the data: no label on {pct(one['none_near'])}, several on {pct(one['several_near'])} of the rectangle")
print(f"seed {SEED}, far square outside the rectangle: no label on {pct(one['none_far'])}, "
      f"several on {pct(one['several_far'])}; softmax above 0.99 on {pct(one['sure_far'])}")

runs = [shares(seed) for seed in range(SEEDS)]
for name, key in [
    ("near the data, no sigmoid above 0.5", "none_near"),
    ("near the data, 2 or more sigmoids above 0.5", "several_near"),
    ("far square outside the rectangle, no sigmoid above 0.5", "none_far"),
    ("far square outside the rectangle, 2 or more sigmoids above 0.5", "several_far"),
    ("far square outside the rectangle, softmax's top probability above 0.99", "sure_far"),
]:
    values = [100 * r[key] for r in runs]
    print(f"{name}: in {sum(v > 0 for v in values)} of {SEEDS} seeds; % of the area "
          f"median {statistics.median(values):.1f}, range {min(values):.1f} to {max(values):.1f} ({SEEDS} seeds)")
