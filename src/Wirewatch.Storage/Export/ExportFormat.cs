namespace Wirewatch.Storage.Export;

/// <summary>A named export format; <see cref="Create"/> is null while the format is not yet available.</summary>
public sealed record ExportFormat(string Name, string Description, Func<Stream, IExportWriter>? Create)
{
    public bool IsAvailable => Create is not null;
}
