# Copying user objects: copy/deepcopy of instances, and __copy__/__deepcopy__ hooks.
import copy
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
tree.value = 100
print(tree)
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children)
class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("custom __copy__")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("custom __deepcopy__")
        return Tracked(copy.deepcopy(self.data, memo))
t = Tracked([1, 2])
print(copy.copy(t).data is t.data, copy.deepcopy(t).data is t.data)
