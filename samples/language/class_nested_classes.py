# nested classes: attributes of the outer class, __qualname__, instances, and a nested class's own body
class Tree:
    kind = "tree"

    class Node:
        count = 0

        def __init__(self, value):
            self.value = value
            Tree.Node.count += 1

        def __repr__(self):
            return f"Node({self.value!r})"

    class Leaf(Node):
        pass

    def __init__(self):
        self.root = Tree.Node(1)
        self.leaves = [Tree.Leaf(2), self.Leaf(3)]


t = Tree()
print(t.root, t.leaves, Tree.Node.count)
print(Tree.Node.__qualname__, Tree.Leaf.__qualname__, Tree.Leaf.__name__, type(t.leaves[0]).__qualname__)
print(isinstance(t.leaves[0], Tree.Node), issubclass(Tree.Leaf, Tree.Node), Tree.kind)
