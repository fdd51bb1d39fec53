import numpy as np
import torch
import torch.nn.functional as F
from sklearn.datasets import make_blobs
from sklearn.model_selection import train_test_split

torch.set_default_dtype(torch.float64)  # float64 throughout, as @nn-explained/core
torch.set_num_threads(1)  # tiny tensors: one thread is fastest


def ece(p, y, bins=15):
    """Expected calibration error over 15 confidence bins, as Guo et al. measure it."""
    conf, pred = p.max(1)
    total = torch.zeros(())
    for b in range(bins):
        inside = (conf > b / bins) & (conf <= (b + 1) / bins)
        if inside.any():
            hits = (pred[inside] == y[inside]).double().mean()
            total += inside.double().mean() * (hits - conf[inside].mean()).abs()
    return total.item()


def calibrate(seed):
    torch.manual_seed(seed)
    X, y = make_blobs(n_samples=400, centers=[[0, 0], [3, 0], [1.5, 2.5]], cluster_std=1.3, random_state=seed)
    X, y = torch.tensor(X, dtype=torch.float64), torch.tensor(y)
    X_train, X_rest, y_train, y_rest = train_test_split(X, y, test_size=0.8, random_state=seed)
    X_val, X_test, y_val, y_test = train_test_split(X_rest, y_rest, test_size=0.5, random_state=seed)

    net = torch.nn.Sequential(torch.nn.Linear(2, 32), torch.nn.ReLU(), torch.nn.Linear(32, 3))  # logits out
    opt = torch.optim.Adam(net.parameters(), lr=0.03)
    for epoch in range(500):  # far too long for 80 points: the network becomes overconfident
        opt.zero_grad()
        F.cross_entropy(net(X_train), y_train).backward()
        opt.step()
    with torch.no_grad():
        val_logits, test_logits = net(X_val), net(X_test)
    # One parameter, log T (so T stays positive), fitted on the validation set as in Guo et al.'s code.
    log_t = torch.zeros(1, requires_grad=True)
    lbfgs = torch.optim.LBFGS([log_t], lr=0.1, max_iter=200)

    def closure():
        lbfgs.zero_grad()
        loss = F.cross_entropy(val_logits / log_t.exp(), y_val)
        loss.backward()
        return loss

    lbfgs.step(closure)
    T = log_t.exp().item()
    score = {}
    for when, t in [("before", 1.0), ("after", T)]:
        p = torch.softmax(test_logits / t, dim=1)
        score[when] = {
            "accuracy": (p.argmax(1) == y_test).double().mean().item(),
            "confidence": p.max(1).values.mean().item(),
            "cross_entropy": F.cross_entropy(test_logits / t, y_test).item(),
            "ece": ece(p, y_test),
        }
    return T, score["before"], score["after"]


runs = [calibrate(seed) for seed in range(30)]
n = len(runs)
Ts = np.array([T for T, _, _ in runs])
print(f"overconfident before (mean confidence > accuracy): {sum(b['confidence'] > b['accuracy'] for _, b, _ in runs)} of {n} seeds")
print(f"fitted T: median {np.median(Ts):.2f}, range {Ts.min():.2f} to {Ts.max():.2f} ({n} seeds); T > 1 in {(Ts > 1).sum()} of {n} seeds")
print(f"test cross-entropy lower after: {sum(a['cross_entropy'] < b['cross_entropy'] for _, b, a in runs)} of {n} seeds")
print(f"ECE lower after: {sum(a['ece'] < b['ece'] for _, b, a in runs)} of {n} seeds")
print(f"accuracy unchanged: {sum(a['accuracy'] == b['accuracy'] for _, b, a in runs)} of {n} seeds")
