namespace Wirewatch.Storage.Export;

/// <summary>What every export writer is given besides its output: the event filter and the country table.</summary>
public sealed record ExportOptions
{
    public static ExportOptions Default { get; } = new();

    public EventFilter Filter { get; init; } = EventFilter.None;

    public CountryTable Countries { get; init; } = CountryTable.Empty;
}
