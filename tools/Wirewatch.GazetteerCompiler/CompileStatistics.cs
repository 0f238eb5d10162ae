namespace Wirewatch.GazetteerCompiler;

/// <summary>Counters of what the compiler kept and dropped, written into the manifest.</summary>
public sealed class CompileStatistics
{
    private readonly SortedDictionary<string, long> _kept = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _dropped = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Kept => _kept;

    public IReadOnlyDictionary<string, long> Dropped => _dropped;

    public void Keep(string what, long count = 1) => _kept[what] = _kept.GetValueOrDefault(what) + count;

    public void Drop(string why, long count = 1) => _dropped[why] = _dropped.GetValueOrDefault(why) + count;
}
