namespace Wirewatch.Ingest.Dedup;

/// <summary>
/// Remembers the articles already stored and those reserved during this run, by id and by SimHash,
/// and tells a new article whether it is one of them. Thread-safe: workers reserve before they spend
/// time on the pipeline. Near-duplicates are found through seven bands of the fingerprint (six of 9 bits,
/// one of 10): two fingerprints within <see cref="SimHash.NearDuplicateDistance"/> (at most 6) bits agree on
/// at least one band, so only the articles sharing a band are compared.
/// </summary>
public sealed class DuplicateIndex
{
    private const int Bands = 7;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reserved = new(StringComparer.Ordinal);
    private readonly List<(ulong Hash, string Label)> _fingerprints = [];
    private readonly Dictionary<int, List<int>>[] _bands = [new(), new(), new(), new(), new(), new(), new()];

    /// <summary>Adds an article that is already in the store.</summary>
    public void AddStored(string id, ulong simHash)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            if (_stored.Add(id))
            {
                AddFingerprint(simHash, $"stored article {id}");
            }
        }
    }

    public int StoredCount
    {
        get
        {
            lock (_gate)
            {
                return _stored.Count;
            }
        }
    }

    /// <summary>Cheap first test, before any processing: is this id in the store already?</summary>
    public bool IsStored(string id)
    {
        lock (_gate)
        {
            return _stored.Contains(id);
        }
    }

    /// <summary>
    /// Reserves the article for this run unless it is stored already, was reserved earlier in the run
    /// (same URL or same text), or is a near-duplicate of either.
    /// </summary>
    public DuplicateCheck TryReserve(string id, string origin, bool hasUrl, ulong simHash)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(origin);
        lock (_gate)
        {
            if (_stored.Contains(id))
            {
                return new DuplicateCheck(true, RejectionKind.AlreadyStored, $"already stored (id {id})");
            }

            if (_reserved.TryGetValue(id, out var first))
            {
                return new DuplicateCheck(true, RejectionKind.Duplicate, $"duplicate of {first} (same {(hasUrl ? "URL" : "text")})");
            }

            if (simHash != 0 && FindNear(simHash) is { } near)
            {
                return new DuplicateCheck(true, RejectionKind.Duplicate, $"near-duplicate of {near.Label} (SimHash distance {near.Distance})");
            }

            _reserved.Add(id, origin);
            AddFingerprint(simHash, origin);
            return DuplicateCheck.New;
        }
    }

    private (string Label, int Distance)? FindNear(ulong hash)
    {
        (string Label, int Distance)? best = null;
        for (int band = 0; band < Bands; band++)
        {
            if (!_bands[band].TryGetValue(BandOf(hash, band), out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                var (other, label) = _fingerprints[index];
                int distance = SimHash.Distance(hash, other);
                if (distance <= SimHash.NearDuplicateDistance && (best is null || distance < best.Value.Distance))
                {
                    best = (label, distance);
                }
            }
        }

        return best;
    }

    private void AddFingerprint(ulong hash, string label)
    {
        if (hash == 0)
        {
            return;
        }

        int index = _fingerprints.Count;
        _fingerprints.Add((hash, label));
        for (int band = 0; band < Bands; band++)
        {
            var key = BandOf(hash, band);
            if (!_bands[band].TryGetValue(key, out var list))
            {
                list = [];
                _bands[band][key] = list;
            }

            list.Add(index);
        }
    }

    private static int BandOf(ulong hash, int band) => band < Bands - 1 ? (int)((hash >> (band * 9)) & 0x1FF) : (int)(hash >> 54);
}
