namespace Wirewatch.Models.Learning;

/// <summary>
/// Word classes from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney
/// 1998): words move one at a time to the class that most increases the likelihood of a class bigram model,
/// until an iteration moves few words. Deterministic: words are visited by decreasing frequency and ties keep
/// the lower class.
/// </summary>
/// <remarks>
/// The objective is <c>Σ N(c,d) log N(c,d) − Σ N(c,·) log N(c,·) − Σ N(·,d) log N(·,d)</c> over class bigram counts.
/// Moving a word only changes the rows and columns of its old and new class, so each candidate class is scored
/// from the word's sparse neighbour-class counts. Cost per iteration is about Σ_w C × (distinct neighbour classes of w).
/// </remarks>
public static class ExchangeClustering
{
    /// <summary>Clusters the words of a corpus given as word ids.</summary>
    /// <param name="corpus">Word ids in text order; <paramref name="boundary"/> marks sentence or document breaks.</param>
    /// <param name="vocabularySize">Word ids are <c>0..vocabularySize-1</c>.</param>
    /// <param name="boundary">The id of the boundary symbol; it keeps class 0 and is never moved.</param>
    /// <param name="classes">The number of classes (at least 2).</param>
    /// <param name="maxIterations">Upper bound on passes over the vocabulary.</param>
    /// <param name="progress">Receives one line per iteration, or null.</param>
    /// <returns>The class of every word id.</returns>
    public static int[] Cluster(ReadOnlySpan<int> corpus, int vocabularySize, int boundary, int classes, int maxIterations, Action<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(boundary);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(boundary, vocabularySize);

        // Word bigram counts as adjacency lists in both directions.
        var frequency = new long[vocabularySize];
        var next = new Dictionary<long, int>();
        for (int i = 0; i < corpus.Length; i++)
        {
            frequency[corpus[i]]++;
            if (i + 1 < corpus.Length)
            {
                long key = ((long)corpus[i] << 32) | (uint)corpus[i + 1];
                next[key] = next.GetValueOrDefault(key) + 1;
            }
        }

        var (rightStart, rightWord, rightCount) = Adjacency(next, vocabularySize, forward: true);
        var (leftStart, leftWord, leftCount) = Adjacency(next, vocabularySize, forward: false);
        var self = new int[vocabularySize];
        foreach (var (key, count) in next)
        {
            if ((int)(key >> 32) == (int)key)
            {
                self[(int)key] = count;
            }
        }

        // Initial classes: words by decreasing frequency, dealt round-robin over classes 1..C-1; the boundary is class 0.
        var order = new int[vocabularySize];
        for (int i = 0; i < vocabularySize; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => frequency[b] != frequency[a] ? frequency[b].CompareTo(frequency[a]) : a.CompareTo(b));
        var cls = new int[vocabularySize];
        int rank = 0;
        foreach (int w in order)
        {
            cls[w] = w == boundary ? 0 : 1 + (rank++ % (classes - 1));
        }

        var matrix = new long[classes * classes];
        var rowSum = new long[classes];
        var colSum = new long[classes];
        foreach (var (key, count) in next)
        {
            int c = cls[(int)(key >> 32)], d = cls[(int)key];
            matrix[(c * classes) + d] += count;
            rowSum[c] += count;
            colSum[d] += count;
        }

        var xlogx = new XLogX(corpus.Length + 1);
        var rightClass = new long[classes];
        var leftClass = new long[classes];
        var rightTouched = new List<int>();
        var leftTouched = new List<int>();
        for (int iteration = 1; iteration <= maxIterations; iteration++)
        {
            int moved = 0;
            foreach (int w in order)
            {
                if (w == boundary || frequency[w] == 0)
                {
                    continue;
                }

                // Neighbour-class counts of w, leaving out the bigram (w, w), which is handled on the diagonal.
                rightTouched.Clear();
                leftTouched.Clear();
                long rightTotal = 0, leftTotal = 0;
                for (int i = rightStart[w]; i < rightStart[w + 1]; i++)
                {
                    if (rightWord[i] == w)
                    {
                        continue;
                    }

                    int c = cls[rightWord[i]];
                    if (rightClass[c] == 0)
                    {
                        rightTouched.Add(c);
                    }

                    rightClass[c] += rightCount[i];
                    rightTotal += rightCount[i];
                }

                for (int i = leftStart[w]; i < leftStart[w + 1]; i++)
                {
                    if (leftWord[i] == w)
                    {
                        continue;
                    }

                    int c = cls[leftWord[i]];
                    if (leftClass[c] == 0)
                    {
                        leftTouched.Add(c);
                    }

                    leftClass[c] += leftCount[i];
                    leftTotal += leftCount[i];
                }

                long s = self[w];
                int old = cls[w];
                Move(w, old, -1);
                int best = old;
                double bestGain = Gain(old);
                for (int b = 1; b < classes; b++)
                {
                    if (b == old)
                    {
                        continue;
                    }

                    double gain = Gain(b);
                    if (gain > bestGain + 1e-9)
                    {
                        best = b;
                        bestGain = gain;
                    }
                }

                Move(w, best, +1);
                if (best != old)
                {
                    cls[w] = best;
                    moved++;
                }

                foreach (int c in rightTouched)
                {
                    rightClass[c] = 0;
                }

                foreach (int c in leftTouched)
                {
                    leftClass[c] = 0;
                }

                // Adds (sign +1) or removes (-1) word w's bigrams to or from class k.
                void Move(int word, int k, int sign)
                {
                    foreach (int c in rightTouched)
                    {
                        long v = sign * rightClass[c];
                        matrix[(k * classes) + c] += v;
                        colSum[c] += v;
                    }

                    foreach (int c in leftTouched)
                    {
                        long v = sign * leftClass[c];
                        matrix[(c * classes) + k] += v;
                        rowSum[c] += v;
                    }

                    matrix[(k * classes) + k] += sign * s;
                    rowSum[k] += sign * (rightTotal + s);
                    colSum[k] += sign * (leftTotal + s);
                }

                // The change of the objective if w (currently in no class) joins class b.
                double Gain(int b)
                {
                    double gain = 0;
                    long diagonal = s;
                    foreach (int c in rightTouched)
                    {
                        if (c == b)
                        {
                            diagonal += rightClass[c];
                            continue;
                        }

                        long m = matrix[(b * classes) + c];
                        gain += xlogx[m + rightClass[c]] - xlogx[m];
                    }

                    foreach (int c in leftTouched)
                    {
                        if (c == b)
                        {
                            diagonal += leftClass[c];
                            continue;
                        }

                        long m = matrix[(c * classes) + b];
                        gain += xlogx[m + leftClass[c]] - xlogx[m];
                    }

                    long mbb = matrix[(b * classes) + b];
                    gain += xlogx[mbb + diagonal] - xlogx[mbb];
                    gain -= xlogx[rowSum[b] + rightTotal + s] - xlogx[rowSum[b]];
                    gain -= xlogx[colSum[b] + leftTotal + s] - xlogx[colSum[b]];
                    return gain;
                }
            }

            progress?.Invoke($"iteration {iteration}: {moved} words moved");
            if (moved * 1000 < vocabularySize)
            {
                break;
            }
        }

        return cls;
    }

    private static (int[] Start, int[] Word, int[] Count) Adjacency(Dictionary<long, int> bigrams, int vocabularySize, bool forward)
    {
        var start = new int[vocabularySize + 1];
        foreach (var key in bigrams.Keys)
        {
            start[(forward ? (int)(key >> 32) : (int)key) + 1]++;
        }

        for (int i = 0; i < vocabularySize; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var word = new int[bigrams.Count];
        var count = new int[bigrams.Count];
        foreach (var (key, c) in bigrams)
        {
            int from = forward ? (int)(key >> 32) : (int)key;
            int to = forward ? (int)key : (int)(key >> 32);
            int at = fill[from]++;
            word[at] = to;
            count[at] = c;
        }

        // Dictionary order is not part of the contract; sort each list so results never depend on it.
        for (int i = 0; i < vocabularySize; i++)
        {
            Array.Sort(word, count, start[i], start[i + 1] - start[i]);
        }

        return (start, word, count);
    }

    /// <summary>x·ln(x) for counts, tabulated.</summary>
    private sealed class XLogX
    {
        private readonly double[] _table;

        public XLogX(long size)
        {
            _table = new double[size + 1];
            for (long i = 1; i <= size; i++)
            {
                _table[i] = i * Math.Log(i);
            }
        }

        public double this[long x] => _table[x];
    }
}
