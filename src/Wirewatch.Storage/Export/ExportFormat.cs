namespace Wirewatch.Storage.Export;

/// <summary>A named export format and the factory of its writer.</summary>
public sealed record ExportFormat(string Name, string Description, Func<Stream, ExportOptions, IExportWriter> Create);
