import numpy as np
import torch
from torch import nn
from sklearn.datasets import make_regression

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead
X_np, raw = make_regression(n_samples=200, n_features=2, n_informative=2, noise=10, random_state=0)
X = torch.tensor(X_np)
relu, softplus = nn.functional.relu, nn.functional.softplus
HEADS = {"identity": lambda z: z, "relu": relu, "-relu": lambda z: -relu(z), "-softplus": lambda z: -softplus(z)}

def train(head, y, seed):
    """R² on the training data, and the share of samples with z <= 0 (no gradient through a ReLU head) before and after."""
    torch.manual_seed(seed)
    body = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1))
    for m in body:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's default
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    with torch.no_grad():
        stuck_start = (body(X) <= 0).double().mean().item()
    opt = torch.optim.Adam(body.parameters(), lr=0.01)
    for epoch in range(60):
        for idx in torch.randperm(len(X)).split(32):
            opt.zero_grad()
            nn.functional.mse_loss(head(body(X[idx])), y[idx]).backward()
            opt.step()
    with torch.no_grad():
        z = body(X)
        p = head(z)
        r2 = (1 - ((p - y) ** 2).sum() / ((y - y.mean()) ** 2).sum()).item()
        return r2, stuck_start, (z <= 0).double().mean().item()

for low, high in [(-8.0, -1.0), (-0.5, -0.1)]:
    y = torch.tensor(low + (high - low) * (raw - raw.min()) / (raw.max() - raw.min())).unsqueeze(1)
    print(f"targets in [{low}, {high}], 200 samples, 60 epochs, seeds 0 to 19:")
    for name, head in HEADS.items():
        r2, start, end = np.array([train(head, y, seed) for seed in range(20)]).T
        print(f"  {name:10} R² median {np.median(r2):.3f}, range {r2.min():.3f} to {r2.max():.3f}; "
              f"R² < 0 in {(r2 < 0).sum()} of 20 seeds, R² < 0.9 in {(r2 < 0.9).sum()} of 20 seeds")
        if name in ("relu", "-relu"):  # the heads with a flat side: z <= 0 gives no gradient
            failed = r2 < 0
            print(f"    every sample stuck at the start: {(start == 1).sum()} of 20 seeds; at the end: {(end == 1).sum()} of 20 seeds")
            print(f"    the {failed.sum()} seeds with R² < 0: every sample stuck at the end in {(end[failed] == 1).sum()}; "
                  f"at the start every sample in {(start[failed] == 1).sum()}, "
                  f"some in {((start[failed] > 0) & (start[failed] < 1)).sum()}, none in {(start[failed] == 0).sum()}")
