using System.Globalization;
using System.Text.Json;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Regression;

/// <summary>
/// Reads PLOVER's gold-standard records (one JSON object a line: id, date, source[], target[], event, text, ...).
/// Records whose event is <c>DOCUMENT</c> are file documentation, not sentences, and are skipped; so are records
/// without text. <c>target</c> may be a list of actors, a bare string, or absent.
/// </summary>
public static class PloverGoldReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static List<PloverGoldRecord> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputRejectedException(path, $"cannot read the file: {ex.Message}", ex);
        }

        return Parse(lines, path);
    }

    /// <summary>Parses JSON lines; <paramref name="source"/> names them in error messages.</summary>
    public static List<PloverGoldRecord> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var records = new List<PloverGoldRecord>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var record = FromJson(json.RootElement, source, number);
                if (record is not null)
                {
                    records.Add(record);
                }
            }
            catch (JsonException ex)
            {
                throw new InputRejectedException(source, $"line {number}: not valid JSON: {ex.Message}", ex);
            }
        }

        return records;
    }

    private static PloverGoldRecord? FromJson(JsonElement e, string source, int line)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new InputRejectedException(source, $"line {line}: expected a JSON object.");
        }

        var type = String(e, "event") ?? throw new InputRejectedException(source, $"line {line}: no \"event\".");
        var text = String(e, "text");
        if (type == "DOCUMENT" || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var id = String(e, "id") ?? line.ToString(CultureInfo.InvariantCulture);
        DateOnly? date = null;
        if (String(e, "date") is { } raw)
        {
            if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                throw new InputRejectedException(source, $"line {line}: date '{raw}' is not YYYY-MM-DD.");
            }

            date = d;
        }

        return new PloverGoldRecord(id, date, type.Trim().ToUpperInvariant(), text, Actors(e, "source"), Actors(e, "target"));
    }

    private static List<PloverGoldActor> Actors(JsonElement e, string name)
    {
        var result = new List<PloverGoldActor>();
        if (!e.TryGetProperty(name, out var value))
        {
            return result;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            if (!string.IsNullOrWhiteSpace(value.GetString()))
            {
                result.Add(new PloverGoldActor(value.GetString()!, null, null));
            }

            return result;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            AddActor(value, result);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in value.EnumerateArray())
            {
                AddActor(a, result);
            }
        }

        return result;
    }

    private static void AddActor(JsonElement a, List<PloverGoldActor> result)
    {
        if (a.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var text = String(a, "actorText");
        var code = String(a, "code");
        if (text is null && code is null)
        {
            return;
        }

        result.Add(new PloverGoldActor(text ?? string.Empty, code, String(a, "sector")));
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
