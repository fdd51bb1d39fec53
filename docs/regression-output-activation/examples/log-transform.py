import numpy as np
import torch
from torch import nn

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead
SIGMA = 0.8

def draw(rng, n):
    x = rng.standard_normal((n, 1))
    mu = 1 + 0.5 * x[:, 0]
    return x, -np.exp(mu + SIGMA * rng.standard_normal(n))  # negative, log-normal magnitudes

def fit(x, targets, seed):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    X, T = torch.tensor(x), torch.tensor(targets).unsqueeze(1)
    for epoch in range(100):
        for idx in torch.randperm(len(X)).split(32):
            opt.zero_grad()
            nn.functional.mse_loss(model(X[idx]), T[idx]).backward()
            opt.step()
    return lambda new_x: model(torch.tensor(new_x))[:, 0].detach().numpy()

rows = []
for seed in range(20):
    rng = np.random.default_rng(seed)
    x, y = draw(rng, 400)
    x_new, y_new = draw(rng, 2000)  # new samples from the same distribution
    a = fit(x, y, seed)                        # A: MSE on y
    b = fit(x, np.log(-y), seed)               # B: MSE on log(−y), inverted below
    pA, pB = a(x), -np.exp(b(x))
    mse = lambda t, p: ((t - p) ** 2).mean()
    rows.append(((y < pA).mean(), (y < pB).mean(), pA.mean() / pB.mean(),
                 mse(y, pB) > mse(y, pA), mse(y_new, -np.exp(b(x_new))) > mse(y_new, a(x_new))))
belowA, belowB, ratio, higher, higher_new = map(np.array, zip(*rows))
spread = lambda v, d=3: f"median {np.median(v):.{d}f}, range {v.min():.{d}f} to {v.max():.{d}f}"
print("seeds 0 to 19:")
print(f"  % of targets below A's predictions: {spread(100 * belowA, 1)}")
print(f"  % of targets below B's predictions: {spread(100 * belowB, 1)}")
print(f"  mean of A / mean of B: {spread(ratio)}; exp(σ²/2) = {np.exp(SIGMA**2 / 2):.3f}")
print(f"  B's MSE on y above A's, on the training data: {higher.sum()} of 20 seeds")
print(f"  B's MSE on y above A's, on 2,000 new samples: {higher_new.sum()} of 20 seeds")
