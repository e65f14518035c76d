package dev.polya.multivariable.autodiff.tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backward pass over a tensor graph: order the nodes that require gradients so that every node comes
 * after its parents, then visit them from the output back, each applying its operation's chain rule
 * <pre>  ∂L/∂x = Σ_{children c of x} (∂c/∂x)ᵀ ∂L/∂c,</pre>
 * so that a node's gradient is complete (all of its children have contributed) before it is propagated.
 *
 * <p>The order is a depth-first post-order computed with an explicit stack, so a chain of any length does
 * not overflow the call stack. Intermediate nodes' gradients are reset at the start of each pass; leaves'
 * gradients are added to (callers zero them between steps). Cost: O(nodes + edges) for the ordering, plus
 * each operation's backward arithmetic.
 *
 * <p>Reference: Danka, <i>Mathematics of Machine Learning</i>, chapter 17 (backpropagation on a
 * computational graph); Goodfellow, Bengio, Courville, <i>Deep Learning</i>, §6.5.6, Algorithm 6.2;
 * A. Karpathy, micrograd, {@code Value.backward} (topological sort, then the reversed order).
 */
final class Backpropagation {

    private Backpropagation() {
    }

    /** Adds seedᵀ · ∂root/∂x into the gradient of every leaf x that requires gradients. */
    static void run(Tensor root, double[] seed) {
        List<Tensor> order = topologicalOrder(root);
        for (Tensor node : order) {
            if (node.backward != null) {
                if (node.grad == null) {
                    node.grad = new double[node.data.length];
                } else {
                    Arrays.fill(node.grad, 0.0);
                }
            }
        }
        double[] g = root.gradArray();
        for (int i = 0; i < g.length; i++) {
            g[i] += seed[i];
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor node = order.get(i);
            if (node.backward != null) {
                node.backward.propagate(node.grad);
            }
        }
    }

    /** Nodes requiring gradients reachable from the root, parents before children (iterative DFS). */
    private static List<Tensor> topologicalOrder(Tensor root) {
        List<Tensor> order = new ArrayList<>();
        Map<Tensor, Boolean> visited = new IdentityHashMap<>();
        ArrayDeque<Tensor> stack = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        stack.push(root);
        next.push(0);
        visited.put(root, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Tensor node = stack.peek();
            int i = next.pop();
            if (i < node.parents.length) {
                next.push(i + 1);
                Tensor p = node.parents[i];
                if (p.requiresGrad() && visited.putIfAbsent(p, Boolean.TRUE) == null) {
                    stack.push(p);
                    next.push(0);
                }
            } else {
                stack.pop();
                order.add(node);
            }
        }
        return order;
    }
}
