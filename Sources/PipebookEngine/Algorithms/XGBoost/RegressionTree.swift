/// One tree of a boosted model, in XGBoost's own layout: parallel arrays indexed by node id,
/// node 0 the root, -1 for a leaf's children. A row goes left when its feature value is below
/// the split condition, and to the default side when the value is missing.
public struct RegressionTree: Sendable, Equatable {
    public var leftChildren: [Int32] = []
    public var rightChildren: [Int32] = []
    public var parents: [Int32] = []
    public var splitIndices: [Int32] = []
    /// The threshold of a split node; the output (already scaled by eta) of a leaf.
    public var splitConditions: [Float] = []
    public var defaultLeft: [Bool] = []
    /// Each node's weight times eta, as XGBoost stores base_weights.
    public var baseWeights: [Float] = []
    public var lossChanges: [Float] = []
    public var sumHessians: [Float] = []
    /// Nodes XGBoost's pruner deleted but kept in the arrays (only in models it trained):
    /// written back as read, since XGBoost checks it against the nodes it finds.
    public var deletedCount = 0

    public init() {}

    public var nodeCount: Int { leftChildren.count }

    func isLeaf(_ node: Int) -> Bool { leftChildren[node] < 0 }

    /// The leaf value for row `row` of `matrix`.
    public func predict(_ matrix: DenseMatrix, row: Int) -> Float {
        var node = 0
        let base = row * matrix.columns
        while leftChildren[node] >= 0 {
            let x = matrix.values[base + Int(splitIndices[node])]
            if x.isNaN {
                node = Int(defaultLeft[node] ? leftChildren[node] : rightChildren[node])
            } else {
                node = Int(x < splitConditions[node] ? leftChildren[node] : rightChildren[node])
            }
        }
        return splitConditions[node]
    }

    /// Adds a node and returns its id.
    mutating func addNode(parent: Int32, weight: Float, hessian: Float) -> Int {
        leftChildren.append(-1)
        rightChildren.append(-1)
        parents.append(parent)
        splitIndices.append(0)
        splitConditions.append(weight)
        defaultLeft.append(false)
        baseWeights.append(weight)
        lossChanges.append(0)
        sumHessians.append(hessian)
        return leftChildren.count - 1
    }
}
