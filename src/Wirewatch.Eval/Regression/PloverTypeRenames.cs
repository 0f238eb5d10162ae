using System.Collections.Frozen;

namespace Wirewatch.Eval.Regression;

/// <summary>
/// The PLOVER gold standard (0.5b1, 2016) uses four event types that the current ontology folded into others; the
/// PLOVER manual's "CAMEO to PLOVER translation" table gives the current names (INVESTIGATE and DISAPPROVE became
/// ACCUSE, DEMAND became REQUEST, FIGHT became ASSAULT). Gold labels are read through this map so that they can be
/// compared with the coder's current types; the gold file itself is left as it is.
/// </summary>
public static class PloverTypeRenames
{
    private static readonly FrozenDictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["INVESTIGATE"] = "ACCUSE",
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The current PLOVER name of a gold type (the type itself when it was not renamed).</summary>
    public static string Current(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Renamed.TryGetValue(type, out var current) ? current : type;
    }
}
