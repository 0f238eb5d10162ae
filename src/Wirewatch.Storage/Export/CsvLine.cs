using System.Globalization;

namespace Wirewatch.Storage.Export;

/// <summary>Writes RFC 4180 fields (quoted when they hold the separator, a quote or a line break) and TSV fields.</summary>
internal static class CsvLine
{
    public static void Write(TextWriter writer, IReadOnlyList<string?> fields, char separator = ',')
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(separator);
            }

            var field = fields[i] ?? string.Empty;
            if (separator == '\t')
            {
                // TSV has no quoting: tabs and line breaks inside a value become spaces.
                writer.Write(field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));
            }
            else if (field.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || field.Contains('\r', StringComparison.Ordinal))
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write('\n');
    }

    public static string Number(double? value, string format = "0.#####") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
