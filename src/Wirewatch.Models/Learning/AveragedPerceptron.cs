using System.Runtime.InteropServices;

namespace Wirewatch.Models.Learning;

/// <summary>
/// A multiclass averaged perceptron over hashed features (Collins 2002), for training. Weights are kept
/// sparsely per feature: a feature gets a weight for a class only when an update touches that pair, so
/// memory grows with what is learned, not with features × classes. <see cref="Average"/> produces the
/// compact, read-only <see cref="LinearModel"/> that is saved and used for prediction.
/// </summary>
/// <remarks>
/// Averaging uses the timestamp trick: each weight remembers the example at which it last changed and the
/// running sum of its past values, so an update costs O(1) and the average is exact. The average is over
/// examples: call <see cref="EndExample"/> once after each training example (token, transition, ...), whether
/// or not it caused an update. Not thread-safe.
/// </remarks>
public sealed class AveragedPerceptron : IClassScorer
{
    private Slot[] _slots;
    private int _mask;
    private Row[] _rows;
    private int _featureCount;

    // Weights of one feature lie together (class, weight), so scoring reads them in one sweep; the averaging
    // bookkeeping sits in a parallel array that only updates touch. A row that fills up moves to the end of the
    // pool with twice the room.
    private Weight[] _weights;
    private Stat[] _stats;
    private int _poolUsed;
    private int _weightCount;
    private int _clock = 1;

    /// <param name="classCount">The number of classes; class ids are <c>0..classCount-1</c>.</param>
    /// <param name="initialFeatures">A capacity hint; tables grow as needed.</param>
    public AveragedPerceptron(int classCount, int initialFeatures = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, LinearModel.MaxClasses);
        ClassCount = classCount;
        int capacity = (int)Math.Max(1024u, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)initialFeatures * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _rows = new Row[capacity / 2];
        _weights = new Weight[capacity * 2];
        _stats = new Stat[capacity * 2];
    }

    public int ClassCount { get; }

    /// <summary>Features that have at least one weight.</summary>
    public int FeatureCount => _featureCount;

    /// <summary>(feature, class) weights allocated so far.</summary>
    public int WeightCount => _weightCount;

    /// <summary>Training examples completed (calls to <see cref="EndExample"/>).</summary>
    public int ExampleCount => _clock - 1;

    /// <summary>Writes the current (not averaged) score of every class into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException("The score buffer is shorter than the class count.", nameof(scores));
        }

        scores[..ClassCount].Clear();
        var weights = _weights;
        foreach (ulong feature in features)
        {
            int f = Find(feature);
            if (f < 0)
            {
                continue;
            }

            var row = _rows[f];
            for (int i = row.Offset, end = row.Offset + row.Count; i < end; i++)
            {
                scores[weights[i].Class] += weights[i].Value;
            }
        }
    }

    /// <summary>The standard perceptron step: rewards <paramref name="truth"/> and penalises <paramref name="guess"/> on every feature. Does nothing when they agree.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        Adjust(features, truth, 1f);
        Adjust(features, guess, -1f);
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of (feature, <paramref name="label"/>) for each feature; for cost-sensitive or structured updates.</summary>
    public void Adjust(ReadOnlySpan<ulong> features, int label, float delta)
    {
        if ((uint)label >= (uint)ClassCount)
        {
            throw new ArgumentOutOfRangeException(nameof(label));
        }

        foreach (ulong feature in features)
        {
            int f = FindOrAdd(feature);
            _rows[f].Updates++;
            int i = IndexFor(f, label);
            ref var stat = ref _stats[i];
            ref var weight = ref _weights[i];
            stat.Total += (double)weight.Value * (_clock - stat.Stamp);
            stat.Stamp = _clock;
            weight.Value += delta;
        }
    }

    /// <summary>Marks the end of one training example; the average counts each example once.</summary>
    public void EndExample() => _clock++;

    /// <summary>
    /// The averaged weights as a compact model. Weights whose magnitude is below <paramref name="pruneBelow"/>
    /// (relative to the largest) are dropped, and so are features that took part in fewer than
    /// <paramref name="minUpdates"/> updates (rare features are mostly noise and take most of the room).
    /// </summary>
    public LinearModel Average(float pruneBelow = 0f, int minUpdates = 0)
    {
        int examples = _clock - 1;
        float max = 0f;
        if (examples > 0)
        {
            for (int f = 0; f < _featureCount; f++)
            {
                var row = _rows[f];
                for (int i = row.Offset; i < row.Offset + row.Count; i++)
                {
                    max = Math.Max(max, Math.Abs(Averaged(i, examples)));
                }
            }
        }

        float threshold = pruneBelow * max;
        var builder = new LinearModelBuilder(ClassCount, _featureCount);
        var rowClasses = new List<int>();
        var rowWeights = new List<float>();
        for (int slot = 0; examples > 0 && slot < _slots.Length; slot++)
        {
            // Walk features in slot order of the training table, itself a pure function of the update
            // sequence, so the same training run always writes the same file.
            if (_slots[slot].Key == 0)
            {
                continue;
            }

            var row = _rows[_slots[slot].Feature];
            if (row.Updates < minUpdates)
            {
                continue;
            }

            rowClasses.Clear();
            rowWeights.Clear();
            for (int i = row.Offset; i < row.Offset + row.Count; i++)
            {
                float w = Averaged(i, examples);
                if (w != 0f && Math.Abs(w) >= threshold)
                {
                    rowClasses.Add(_weights[i].Class);
                    rowWeights.Add(w);
                }
            }

            if (rowClasses.Count > 0)
            {
                builder.Add(_slots[slot].Key, CollectionsMarshal.AsSpan(rowClasses), CollectionsMarshal.AsSpan(rowWeights));
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Scores with the exact averaged weights in single precision, without building a model: for measuring what
    /// pruning and half-precision storage cost. Slower than <see cref="LinearModel"/>; valid until the next update.
    /// </summary>
    public IClassScorer AveragedScorer() => new AveragedView(this);

    private float Averaged(int i, int examples)
    {
        double total = _stats[i].Total + ((double)_weights[i].Value * (_clock - _stats[i].Stamp));
        return (float)(total / examples);
    }

    private int Find(ulong feature)
    {
        ulong key = feature == 0 ? 1 : feature;
        int slot = (int)key & _mask;
        while (true)
        {
            ref var s = ref _slots[slot];
            if (s.Key == key)
            {
                return s.Feature;
            }

            if (s.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int FindOrAdd(ulong feature)
    {
        ulong key = feature == 0 ? 1 : feature;
        int slot = (int)key & _mask;
        while (true)
        {
            ref var s = ref _slots[slot];
            if (s.Key == key)
            {
                return s.Feature;
            }

            if (s.Key == 0)
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        if ((_featureCount + 1) * 2 > _slots.Length)
        {
            Grow();
            return FindOrAdd(feature);
        }

        int f = _featureCount++;
        if (f >= _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        _rows[f] = default;
        _slots[slot] = new Slot { Key = key, Feature = f };
        return f;
    }

    private int IndexFor(int feature, int label)
    {
        ref var row = ref _rows[feature];
        for (int i = row.Offset, end = row.Offset + row.Count; i < end; i++)
        {
            if (_weights[i].Class == label)
            {
                return i;
            }
        }

        if (row.Count == row.Capacity)
        {
            int capacity = row.Capacity == 0 ? 2 : row.Capacity * 2;
            EnsurePool(_poolUsed + capacity);
            Array.Copy(_weights, row.Offset, _weights, _poolUsed, row.Count);
            Array.Copy(_stats, row.Offset, _stats, _poolUsed, row.Count);
            row.Offset = _poolUsed;
            row.Capacity = capacity;
            _poolUsed += capacity;
        }

        int index = row.Offset + row.Count++;
        _weights[index] = new Weight { Class = label, Value = 0f };
        _stats[index] = new Stat { Total = 0d, Stamp = _clock };
        _weightCount++;
        return index;
    }

    private void EnsurePool(int size)
    {
        if (size > _weights.Length)
        {
            int capacity = Math.Max(size, _weights.Length * 2);
            Array.Resize(ref _weights, capacity);
            Array.Resize(ref _stats, capacity);
        }
    }

    private void Grow()
    {
        var old = _slots;
        int capacity = old.Length * 2;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        foreach (var entry in old)
        {
            if (entry.Key == 0)
            {
                continue;
            }

            int slot = (int)entry.Key & _mask;
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = entry;
        }
    }

    private sealed class AveragedView(AveragedPerceptron owner) : IClassScorer
    {
        public int ClassCount => owner.ClassCount;

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            scores[..ClassCount].Clear();
            int examples = Math.Max(1, owner._clock - 1);
            foreach (ulong feature in features)
            {
                int f = owner.Find(feature);
                if (f < 0)
                {
                    continue;
                }

                var row = owner._rows[f];
                for (int i = row.Offset; i < row.Offset + row.Count; i++)
                {
                    scores[owner._weights[i].Class] += owner.Averaged(i, examples);
                }
            }
        }
    }

    private struct Slot
    {
        public ulong Key;
        public int Feature;
    }

    private struct Row
    {
        public int Offset;
        public int Count;
        public int Capacity;

        /// <summary>Calls of <see cref="Adjust"/> that touched the feature (an update touches it twice).</summary>
        public int Updates;
    }

    private struct Weight
    {
        public int Class;
        public float Value;
    }

    private struct Stat
    {
        public double Total;
        public int Stamp;
    }
}
