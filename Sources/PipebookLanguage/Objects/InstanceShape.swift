/// The names of a plain instance's attributes, in the order they were added: the keys its
/// `__dict__` would have, for an instance whose dict no one has asked for yet.
///
/// Instances of a class mostly get the same attributes in the same order (in `__init__`), so
/// they share one shape and keep only their values, in an array: no dict to allocate per
/// instance, and an attribute site that remembers (shape, position) reads `self.x` with no
/// hashing. A shape never changes; adding an attribute moves the instance on to the next
/// shape, which is remembered for the next instance that adds the same name.
final class InstanceShape {
    let names: [String]
    /// The shapes reached from this one by adding one more name.
    private var successors: [(name: String, shape: InstanceShape)] = []

    /// Bounds on the tree of shapes, for programs that give instances many different names
    /// (`setattr` in a loop): past them, an instance keeps its attributes in a dict.
    private static let maxNames = 32
    private static let maxSuccessors = 16

    init(names: [String] = []) {
        self.names = names
    }

    /// Where `name` is among the names, compared as Python compares str keys.
    func position(of name: String) -> Int? {
        names.firstIndex { Interpreter.strEqual($0, name) }
    }

    /// The shape with `name` added after these names (which must not hold it), or nil when
    /// that would pass the bounds.
    func adding(_ name: String) -> InstanceShape? {
        if let known = successors.first(where: { Interpreter.strEqual($0.name, name) }) { return known.shape }
        guard names.count < Self.maxNames, successors.count < Self.maxSuccessors else { return nil }
        let next = InstanceShape(names: names + [name])
        successors.append((name, next))
        return next
    }
}
