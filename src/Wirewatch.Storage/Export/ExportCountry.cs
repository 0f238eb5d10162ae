namespace Wirewatch.Storage.Export;

/// <summary>A country as exports name it: ISO 3166-1 alpha-3 and numeric codes, English name, region.</summary>
public sealed record ExportCountry(string Alpha3, string Alpha2, int? Numeric, string Name, string Region);
