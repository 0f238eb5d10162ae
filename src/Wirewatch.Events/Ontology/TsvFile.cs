using Wirewatch.Core.Errors;

namespace Wirewatch.Events.Ontology;

/// <summary>Reads the project's tab-separated data files: '#' starts a comment line, blank lines are skipped.</summary>
internal static class TsvFile
{
    /// <summary>The rows of <paramref name="path"/> with their 1-based line numbers; each row has at least <paramref name="minColumns"/> fields.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int minColumns)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, "the data file is missing");
        }

        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#' || string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var fields = raw.Split('\t');
            if (fields.Length < minColumns)
            {
                throw new ModelLoadException(path, $"line {line} has {fields.Length} fields, expected at least {minColumns}");
            }

            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return (line, fields);
        }
    }

    /// <summary>"-" and "" mean no value.</summary>
    public static string? Optional(string field) => field.Length == 0 || field == "-" ? null : field;
}
