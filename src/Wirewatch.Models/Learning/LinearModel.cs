using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Wirewatch.Core.Errors;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Learning;

/// <summary>
/// Read-only multiclass linear weights over hashed features: the saved form of an <see cref="AveragedPerceptron"/>.
/// Thread-safe; scoring allocates nothing.
/// </summary>
/// <remarks>
/// Layout, chosen so that one feature costs about two cache lines:
/// <list type="bullet">
/// <item><c>slots</c>: an open-addressing table (linear probing, load ≤ 0.5) of <c>ulong</c>; the low 32 bits hold
/// the feature's fingerprint (the high half of its 64-bit hash, never 0), the high 32 bits the offset of its row
/// in <c>entries</c>. The home slot is the low half of the hash scaled to the table size (multiply-shift), so
/// fingerprint and position together check about 32 + log2(capacity) bits of the hash; two features that agree
/// on all of them (about one in a million tables) share the first one's row.</item>
/// <item><c>entries</c>: per feature, a header holding the row length, then one <c>uint</c> per non-zero class
/// weight: the class id in the low 16 bits and the weight as a bfloat16 (the high half of an IEEE single, 8 bits
/// of mantissa) in the high 16 bits, so that decoding is a mask. Measured on EWT dev, storing weights this way
/// changes tagging and parsing scores by at most a few hundredths of a point (see the train commands'
/// <c>--report-storage</c>). A row that holds weights for at least a quarter of the classes is stored dense
/// instead (header flag <c>0x80000000</c>, then one bfloat16 per class, two to a <c>uint</c>) and added with
/// vector instructions: the frequent features, which every prediction meets, are the dense ones.</item>
/// </list>
/// </remarks>
public sealed class LinearModel : IClassScorer
{
    /// <summary>The largest class count a model can hold (class ids are stored in 16 bits).</summary>
    public const int MaxClasses = ushort.MaxValue;

    /// <summary>The header flag of a dense row: one bfloat16 per class follows, two to a <c>uint</c>.</summary>
    internal const uint DenseRow = 0x8000_0000u;

    private readonly ulong[] _slots;
    private readonly uint[] _entries;

    internal LinearModel(int classCount, int featureCount, ulong[] slots, uint[] entries)
    {
        if (slots.Length == 0 || featureCount >= slots.Length)
        {
            throw new ArgumentException("The slot table must have room for every feature and one empty slot.", nameof(slots));
        }

        ClassCount = classCount;
        FeatureCount = featureCount;
        _slots = slots;
        _entries = entries;
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Stored (feature, class) weights.</summary>
    public int WeightCount => _entries.Length - FeatureCount;

    /// <summary>Bytes the weight tables take in memory and on disk.</summary>
    public long SizeInBytes => (_slots.Length * 8L) + (_entries.Length * 4L);

    /// <summary>Writes the score of every class into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException("The score buffer is shorter than the class count.", nameof(scores));
        }

        scores[..ClassCount].Clear();
        AddScores(features, scores);
    }

    /// <summary>Adds the score of every class to <paramref name="scores"/> (not cleared).</summary>
    /// <remarks>
    /// Three passes so that cache misses overlap instead of queueing: first every feature's home slot is
    /// prefetched, then the slots are probed and each found row is prefetched, then the rows are summed.
    /// </remarks>
    [SkipLocalsInit]
    public unsafe void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException("The score buffer is shorter than the class count.", nameof(scores));
        }

        const int Batch = 128;
        Span<int> rows = stackalloc int[Batch];
        uint capacity = (uint)_slots.Length;
        fixed (ulong* slots = _slots)
        fixed (uint* entries = _entries)
        fixed (float* score = scores)
        {
            for (int offset = 0; offset < features.Length; offset += Batch)
            {
                var batch = features.Slice(offset, Math.Min(Batch, features.Length - offset));
                if (Sse.IsSupported)
                {
                    foreach (ulong feature in batch)
                    {
                        Sse.Prefetch0(slots + Home(feature, capacity));
                    }
                }

                int found = 0;
                foreach (ulong feature in batch)
                {
                    uint key = Fingerprint(feature);
                    uint slot = Home(feature, capacity);
                    while (true)
                    {
                        ulong s = slots[slot];
                        uint k = (uint)s;
                        if (k == key)
                        {
                            int start = (int)(s >> 32);
                            rows[found++] = start;
                            if (Sse.IsSupported)
                            {
                                Sse.Prefetch0(entries + start);
                            }

                            break;
                        }

                        if (k == 0)
                        {
                            break;
                        }

                        slot = slot + 1 == capacity ? 0 : slot + 1;
                    }
                }

                for (int r = 0; r < found; r++)
                {
                    uint* row = entries + rows[r];
                    uint header = row[0];
                    if ((header & DenseRow) != 0)
                    {
                        AddDense((ushort*)(row + 1), score, ClassCount);
                        continue;
                    }

                    for (uint i = 1; i <= header; i++)
                    {
                        uint e = row[i];
                        score[e & 0xFFFF] += Weight(e);
                    }
                }
            }
        }
    }

    /// <summary>Adds a dense row of bfloat16 weights (one per class) to the scores, four classes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddDense(ushort* weights, float* score, int classes)
    {
        int i = 0;
        for (; i + 8 <= classes; i += 8)
        {
            var packed = Vector128.Load(weights + i);
            var low = Vector128.ShiftLeft(Vector128.WidenLower(packed), 16).AsSingle();
            var high = Vector128.ShiftLeft(Vector128.WidenUpper(packed), 16).AsSingle();
            Vector128.Store(Vector128.Load(score + i) + low, score + i);
            Vector128.Store(Vector128.Load(score + i + 4) + high, score + i + 4);
        }

        for (; i < classes; i++)
        {
            score[i] += BitConverter.UInt32BitsToSingle((uint)weights[i] << 16);
        }
    }

    /// <summary>The weight of a packed entry: its high 16 bits are the high half of an IEEE single (bfloat16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Weight(uint entry) => BitConverter.UInt32BitsToSingle(entry & 0xFFFF0000u);

    /// <summary>Packs a class and a weight, rounding the weight to bfloat16 (nearest, ties to even).</summary>
    internal static uint Pack(int label, float weight)
    {
        uint bits = BitConverter.SingleToUInt32Bits(weight);
        uint rounded = bits + 0x7FFFu + ((bits >> 16) & 1u);
        return (rounded & 0xFFFF0000u) | (uint)label;
    }

    /// <summary>The index of the highest score among <paramref name="scores"/>; ties go to the lowest index.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
        {
            if (scores[i] > bestScore)
            {
                bestScore = scores[i];
                best = i;
            }
        }

        return best;
    }

    /// <summary>Stores the model in <paramref name="writer"/> as sections named <c>{prefix}.info</c>, <c>.slots</c> and <c>.entries</c>.</summary>
    public void Write(ModelFileWriter writer, string prefix)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Add<int>(prefix + ".info", [ClassCount, FeatureCount]);
        writer.Add<ulong>(prefix + ".slots", _slots);
        writer.Add<uint>(prefix + ".entries", _entries);
    }

    /// <summary>Reads a model stored by <see cref="Write"/>, checking the tables' consistency.</summary>
    public static LinearModel Read(ModelFileReader reader, string prefix)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var info = reader.Get<int>(prefix + ".info");
        var slots = reader.Get<ulong>(prefix + ".slots");
        var entries = reader.Get<uint>(prefix + ".entries");
        if (info.Length != 2 || info[0] < 1 || info[0] > MaxClasses || info[1] < 0 || info[1] >= slots.Length)
        {
            throw new ModelLoadException(reader.Path, $"the weight tables '{prefix}' are malformed.");
        }

        // One pass over the slots catches truncated or mismatched tables before any prediction runs.
        foreach (ulong s in slots)
        {
            if ((uint)s != 0)
            {
                long start = (long)(s >> 32);
                if (start >= entries.Length)
                {
                    throw new ModelLoadException(reader.Path, $"the weight tables '{prefix}' point outside their entries.");
                }

                bool dense = (entries[start] & DenseRow) != 0;
                long length = dense ? DenseLength(info[0]) : entries[start];
                if (start + length >= entries.Length || (dense && (entries[start] & ~DenseRow) != info[0]))
                {
                    throw new ModelLoadException(reader.Path, $"the weight tables '{prefix}' point outside their entries.");
                }

                for (long i = start + 1; !dense && i <= start + length; i++)
                {
                    if ((entries[i] & 0xFFFF) >= info[0])
                    {
                        throw new ModelLoadException(reader.Path, $"the weight tables '{prefix}' name a class beyond {info[0]}.");
                    }
                }
            }
        }

        return new LinearModel(info[0], info[1], slots, entries);
    }

    /// <summary>Diagnostics: for the given features, how many are found, the slots probed and the row entries read.</summary>
    internal (int Found, long Probes, long Entries, int DenseRows) Inspect(ReadOnlySpan<ulong> features)
    {
        int found = 0, dense = 0;
        long probes = 0, entries = 0;
        uint capacity = (uint)_slots.Length;
        foreach (ulong feature in features)
        {
            uint key = Fingerprint(feature);
            uint slot = Home(feature, capacity);
            while (true)
            {
                probes++;
                ulong s = _slots[slot];
                if ((uint)s == key)
                {
                    found++;
                    uint header = _entries[(int)(s >> 32)];
                    dense += (header & DenseRow) != 0 ? 1 : 0;
                    entries += (header & DenseRow) != 0 ? ClassCount : header;
                    break;
                }

                if ((uint)s == 0)
                {
                    break;
                }

                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
        }

        return (found, probes, entries, dense);
    }

    /// <summary>The <c>uint</c>s a dense row takes after its header.</summary>
    internal static int DenseLength(int classes) => (classes + 1) / 2;

    /// <summary>The home slot of a feature: the low half of its hash scaled to the table size.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Home(ulong feature, uint capacity) => (uint)(((ulong)(uint)feature * capacity) >> 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Fingerprint(ulong feature)
    {
        uint key = (uint)(feature >> 32);
        return key == 0 ? 1u : key;
    }
}
