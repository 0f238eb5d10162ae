namespace Wirewatch.Eval.Muc4;

/// <summary>
/// Role fillers of one document (or one template): per role, a list of entities, each a list of mention strings.
/// A role that was not given reads as empty.
/// </summary>
public sealed class Muc4Extracts
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> None = [];
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> _roles;

    public Muc4Extracts(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _roles = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(roles, StringComparer.Ordinal);
    }

    /// <summary>No fillers at all.</summary>
    public static Muc4Extracts Empty { get; } = new(new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>());

    /// <summary>The entities of <paramref name="role"/> (empty when absent).</summary>
    public IReadOnlyList<IReadOnlyList<string>> this[string role] => _roles.TryGetValue(role, out var e) ? e : None;
}
