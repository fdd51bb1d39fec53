import warnings

import numpy as np
from sklearn.datasets import make_blobs
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import accuracy_score, log_loss
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

warnings.filterwarnings("ignore", category=ConvergenceWarning)
angles = 2 * np.pi * np.arange(16) / 16
far = np.column_stack([1.5 + 20 * np.cos(angles), 1 + 20 * np.sin(angles)])  # 16 points far from the blobs

runs = []
for seed in range(30):
    X, y = make_blobs(n_samples=300, centers=[[0, 0], [3, 0], [1.5, 2.5]], cluster_std=1.2, random_state=seed)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, random_state=seed)
    # Class indices: MLPClassifier ends in softmax, trained with cross-entropy.
    softmax_net = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=seed).fit(X_train, y_train)
    # A one-hot indicator matrix: the same network ends in three sigmoids, trained with binary cross-entropy.
    sigmoid_net = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=seed)
    sigmoid_net.fit(X_train, np.eye(3, dtype=int)[y_train])
    p_softmax, p_sigmoid = softmax_net.predict_proba(X_test), sigmoid_net.predict_proba(X_test)
    renormalized = p_sigmoid / p_sigmoid.sum(1, keepdims=True)
    far_sigmoid = sigmoid_net.predict_proba(far)
    runs.append({
        "accuracy_diff": accuracy_score(y_test, p_sigmoid.argmax(1)) - accuracy_score(y_test, p_softmax.argmax(1)),
        "log_loss_diff": log_loss(y_test, renormalized) - log_loss(y_test, p_softmax),
        "far_sums": far_sigmoid.sum(1),
        "far_top_softmax": softmax_net.predict_proba(far).max(1),
        "far_top_renormalized": (far_sigmoid / far_sigmoid.sum(1, keepdims=True)).max(1),
    })

def spread(values, digits=3):
    v = np.array(values)
    return f"median {np.median(v):.{digits}f}, range {v.min():.{digits}f} to {v.max():.{digits}f} ({len(v)} seeds)"

n = len(runs)
print("test accuracy, sigmoids − softmax:", spread([r["accuracy_diff"] for r in runs]))
lower = sum(r["log_loss_diff"] < 0 for r in runs)
print(f"test log-loss: renormalized sigmoids lower in {lower} of {n} seeds, softmax lower in "
      f"{sum(r['log_loss_diff'] > 0 for r in runs)} of {n} seeds")
print("test log-loss, renormalized − softmax:", spread([r["log_loss_diff"] for r in runs], 4))
sums = np.concatenate([r["far_sums"] for r in runs])
def share(values, test):
    return f"{int(test(values).sum())} of {len(values)} far points"
print("far points whose sigmoids sum to 1 ± 0.05:", share(sums, lambda s: np.abs(s - 1) <= 0.05))
print("far points whose sigmoids sum to 1.5 or more (two classes at once):", share(sums, lambda s: s >= 1.5))
print("far points whose sigmoids sum to 0.5 or less (no class):", share(sums, lambda s: s <= 0.5))
top = np.concatenate([r["far_top_softmax"] for r in runs])
print("far points where softmax's top probability is 0.99 or more:", share(top, lambda p: p >= 0.99))
top = np.concatenate([r["far_top_renormalized"] for r in runs])
print("far points where the renormalized sigmoids' top probability is 0.99 or more:", share(top, lambda p: p >= 0.99))
