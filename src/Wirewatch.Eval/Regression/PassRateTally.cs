namespace Wirewatch.Eval.Regression;

/// <summary>
/// Pass counts by group (a gold type, a record category) and measure ("type", "actor", ...); every check also counts
/// towards the overall figure of its measure.
/// </summary>
public sealed class PassRateTally
{
    private readonly SortedDictionary<string, Dictionary<string, PassRate>> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PassRate> _overall = new(StringComparer.Ordinal);

    /// <summary>The groups seen, in ordinal order.</summary>
    public IReadOnlyCollection<string> Groups => _groups.Keys;

    /// <summary>Counts one check of <paramref name="measure"/> in <paramref name="group"/>.</summary>
    public void Add(string group, string measure, bool passed)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(measure);
        if (!_groups.TryGetValue(group, out var measures))
        {
            _groups[group] = measures = new Dictionary<string, PassRate>(StringComparer.Ordinal);
        }

        measures[measure] = measures.GetValueOrDefault(measure).Add(passed);
        _overall[measure] = _overall.GetValueOrDefault(measure).Add(passed);
    }

    /// <summary>The count of <paramref name="measure"/> in <paramref name="group"/> (zero when never counted).</summary>
    public PassRate Get(string group, string measure) =>
        _groups.TryGetValue(group, out var measures) ? measures.GetValueOrDefault(measure) : default;

    /// <summary>The count of <paramref name="measure"/> over all groups.</summary>
    public PassRate Overall(string measure) => _overall.GetValueOrDefault(measure);
}
