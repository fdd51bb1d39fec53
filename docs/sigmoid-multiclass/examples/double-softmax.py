import torch
import torch.nn.functional as F

label = torch.tensor([0])
for z0 in [0.0, 1.0, 2.0, 5.0, 10.0, 20.0]:
    z = torch.tensor([[z0, 0.0, 0.0]], dtype=torch.float64, requires_grad=True)
    right = F.cross_entropy(z, label)                        # logits in: correct
    right_grad, = torch.autograd.grad(right, z)
    twice = F.cross_entropy(torch.softmax(z, dim=1), label)  # softmax first: the bug
    twice_grad, = torch.autograd.grad(twice, z)
    print(f"{z0:4}  loss {right.item():.5f} {twice.item():.5f}"
          f"   dloss/dz0 {right_grad[0, 0].item():.3g} {twice_grad[0, 0].item():.3g}")
