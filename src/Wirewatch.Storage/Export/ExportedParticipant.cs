namespace Wirewatch.Storage.Export;

/// <summary>An actor or recipient of an exported event, as the record gives it.</summary>
public sealed record ExportedParticipant(string Text, string? Canonical, string? EntityId, string? Country, string? Sector)
{
    /// <summary>The resolved name when there is one, else the words of the article.</summary>
    public string Name => string.IsNullOrEmpty(Canonical) ? Text : Canonical;

    /// <summary>A Phoenix-style actor code: country and sector ("EGYMIL"), either part may be missing.</summary>
    public string Code => (Country ?? string.Empty) + (Sector ?? string.Empty);
}
