namespace Wirewatch.Ingest.Dedup;

/// <summary>The verdict of <see cref="DuplicateIndex.TryReserve"/>: new, or a duplicate of what and why.</summary>
public readonly record struct DuplicateCheck(bool IsDuplicate, RejectionKind Kind, string Reason)
{
    public static DuplicateCheck New { get; } = new(false, RejectionKind.Duplicate, string.Empty);
}
