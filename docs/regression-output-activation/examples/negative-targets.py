import torch
from torch import nn
from sklearn.datasets import make_regression

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny networks: threads only add overhead

LOW, HIGH = -8.0, -1.0
X, raw = make_regression(n_samples=200, n_features=2, n_informative=2, noise=10, random_state=0)
y = LOW + (HIGH - LOW) * (raw - raw.min()) / (raw.max() - raw.min())
X = torch.tensor(X, dtype=torch.float64)
y = torch.tensor(y, dtype=torch.float64).unsqueeze(1)

class Neg(nn.Module):
    """−f(z): a head whose outputs are never positive."""
    def __init__(self, f):
        super().__init__()
        self.f = f
    def forward(self, z):
        return -self.f(z)

heads = {"identity": nn.Identity(), "relu": nn.ReLU(), "-relu": Neg(nn.ReLU()), "-softplus": Neg(nn.Softplus())}
for name, head in heads.items():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 1), head)
    for m in model:
        if isinstance(m, nn.Linear):  # He initialisation and zero biases, as createMlp's default
            nn.init.kaiming_normal_(m.weight)
            nn.init.zeros_(m.bias)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    for epoch in range(60):
        for idx in torch.randperm(200).split(32):
            opt.zero_grad()
            nn.functional.mse_loss(model(X[idx]), y[idx]).backward()
            opt.step()
    with torch.no_grad():
        p = model(X)
        r2 = 1 - ((p - y) ** 2).sum() / ((y - y.mean()) ** 2).sum()
        print(f"{name:10} MSE {nn.functional.mse_loss(p, y).item():8.4f}  R² {r2.item():7.3f}")
