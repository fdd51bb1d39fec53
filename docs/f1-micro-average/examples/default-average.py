from sklearn.metrics import f1_score

y_true = [0, 0, 1, 1, 2, 2]
y_pred = [0, 1, 1, 1, 2, 0]

try:
    f1_score(y_true, y_pred)
except ValueError as error:
    print(f"ValueError: {error}")
