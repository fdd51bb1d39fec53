import torch

for z in [-3.0, -0.5, 0.0, 2.0, 8.0]:
    pair = torch.tensor([z, 0.0], dtype=torch.float64)
    print(f"z = {z:4}   sigmoid {torch.sigmoid(pair[0]).item():.6f}"
          f"   softmax([z, 0])[0] {torch.softmax(pair, dim=0)[0].item():.6f}")

z = torch.tensor([2.0, 1.0, 0.1], dtype=torch.float64)
print(torch.softmax(z, dim=0), torch.softmax(z + 100, dim=0))  # equal
print(torch.sigmoid(z), torch.sigmoid(z + 100))                # not equal
