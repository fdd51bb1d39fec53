import warnings
import numpy as np
from sklearn.compose import TransformedTargetRegressor
from sklearn.datasets import make_regression
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore", category=ConvergenceWarning)  # 60 epochs on purpose
OFFSET, SPREAD = -950, 100
X, raw = make_regression(n_samples=200, n_features=2, n_informative=2, noise=10, random_state=0)
y = OFFSET - SPREAD / 2 + SPREAD * (raw - raw.min()) / (raw.max() - raw.min())

raw_r2, scaled_r2 = [], []
for seed in range(20):  # random_state: initialisation and shuffling
    mlp = dict(hidden_layer_sizes=(16,), learning_rate_init=0.01, max_iter=60, random_state=seed)
    raw_r2.append(MLPRegressor(**mlp).fit(X, y).score(X, y))
    scaled = TransformedTargetRegressor(regressor=MLPRegressor(**mlp), transformer=StandardScaler())
    scaled_r2.append(scaled.fit(X, y).score(X, y))
for name, r2 in [("raw targets:         ", np.array(raw_r2)), ("standardized targets:", np.array(scaled_r2))]:
    print(f"{name} R² median {np.median(r2):.3f}, range {r2.min():.3f} to {r2.max():.3f}; "
          f"R² < 0 in {(r2 < 0).sum()} of 20 seeds")
